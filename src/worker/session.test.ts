import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { SaveStore, autosaveId } from '../persist';
import { FakeLocks } from '../persist/testing/fakeLocks';
import { SimHost } from './host';
import type {
  InitOptions,
  PersistEvent,
  PersistRequests,
  Request,
  RequestOf,
  ResultOf,
  WorkerMessage,
} from '../protocol';
import { answer } from './requestTable';
import { TownSession } from './session';

let dbCount = 0;
const sessions: Tab[] = [];

/** One browser tab's worker: a session with its messages, on a shared database and lock set. */
class Tab {
  readonly messages: WorkerMessage[] = [];
  readonly session: TownSession;
  host: SimHost | null = null;
  private nextId = 1;

  constructor(dbName: string, locks: FakeLocks | null, options: InitOptions = {}) {
    this.session = new TownSession({
      post: (m) => this.messages.push(m),
      fatal: (err) => this.messages.push({ type: 'fatal', message: String(err) }),
      mindInfo: () => ({ kind: 'offline' }),
      startHost: (source, opts) => {
        const offline = new OfflineMind();
        this.host = new SimHost(source, offline, offline, (m) => this.messages.push(m), {
          speed: 'max',
          paused: opts.paused ?? true,
        });
        return this.host;
      },
      openStore: () => SaveStore.open({ dbName }),
      locks,
      openChannel: null,
    });
    this.session.init({ paused: true, ...options });
    sessions.push(this);
  }

  events(): PersistEvent[] {
    return this.messages.flatMap((m) => (m.type === 'persist' ? [m.event] : []));
  }

  async until<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
    const t0 = Date.now();
    for (;;) {
      const v = find();
      if (v !== undefined && v !== false) return v;
      if (this.messages.some((m) => m.type === 'fatal'))
        throw new Error(JSON.stringify(this.messages.find((m) => m.type === 'fatal')));
      if (Date.now() - t0 > ms) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  ready(): Promise<unknown> {
    return this.until(() => this.messages.find((m) => m.type === 'ready'));
  }

  async ask<K extends keyof PersistRequests>(
    kind: K,
    args: Omit<RequestOf<K>, 'kind'>,
  ): Promise<ResultOf<K>> {
    const id = this.nextId++;
    const request = { kind, ...args } as RequestOf<K>;
    answer(this.session.handlers(), id, request as Request, (m) => this.messages.push(m));
    const reply = await this.until(() =>
      this.messages.find((m) => m.type === 'reply' && m.id === id),
    );
    if (reply.type !== 'reply') throw new Error('no reply');
    if (!reply.ok) throw new Error(reply.error);
    return reply.result as ResultOf<K>;
  }

  /** Steps the live town `n` times (paused) and waits until it got there. */
  async steps(n: number): Promise<number> {
    const host = this.host!;
    const target = host.world.step + n;
    for (let i = 0; i < n; i++) host.control({ kind: 'step' });
    await this.until(() => host.world.step >= target && !host.engine.isBusy);
    return host.world.step;
  }
}

function setup() {
  return { db: `session-test-${++dbCount}`, locks: new FakeLocks() };
}

afterEach(async () => {
  for (const tab of sessions.splice(0)) await tab.ask('closeTown', {}).catch(() => undefined);
});

describe('TownSession', () => {
  it('starts a new town, saves it at once, and a reload resumes the same step and world', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    const town = a.events().find((e) => e.kind === 'town');
    expect(town).toMatchObject({ mode: 'live', lock: 'held' });
    await a.until(() =>
      a.events().find((e) => e.kind === 'saveStatus' && e.status.state === 'saved'),
    );
    const step = await a.steps(30);
    expect((await a.ask('flushSave', {})).saved).toBe(true);
    const hash = await a.ask('worldHash', {});
    await a.ask('closeTown', {});

    const b = new Tab(db, locks, { town: { kind: 'resume' } });
    await b.ready();
    expect(b.events().find((e) => e.kind === 'town')).toMatchObject({
      townId: (town as { townId: string }).townId,
    });
    expect(await b.ask('worldHash', {})).toEqual({ hash: hash.hash, step });
  });

  it('shows a busy town read-only, and a take-over stops the other tab', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    await a.steps(12);
    await a.ask('flushSave', {});

    const b = new Tab(db, locks);
    const busy = await b.until(() => b.events().find((e) => e.kind === 'busy'));
    expect(busy).toMatchObject({ kind: 'busy' });
    expect(b.messages.some((m) => m.type === 'ready')).toBe(false);
    await b.ask('viewReadOnly', {});
    await b.ready();
    expect(b.events().find((e) => e.kind === 'town')).toMatchObject({
      mode: 'replay',
      lock: 'none',
    });
    // The replay opens at the end of the recording: the saved state.
    await b.until(() => b.session.replaying?.worldHash().step === a.host!.world.step);
    expect((await b.ask('worldHash', {})).hash).toBe((await a.ask('worldHash', {})).hash);
    await expect(b.ask('saveTown', { name: 'x' })).rejects.toThrow(/replay is read only/);

    const c = new Tab(db, locks);
    await c.until(() => c.events().find((e) => e.kind === 'busy'));
    await c.ask('takeOver', {});
    await c.ready();
    await a.until(() => a.events().find((e) => e.kind === 'takenOver'));
    expect(c.events().find((e) => e.kind === 'town')).toMatchObject({ mode: 'live', lock: 'held' });
  });

  it('forks into a new town that loads and continues on its own', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    await a.steps(10);
    const fork = await a.ask('forkTown', { name: 'Branch' });
    const original = a.events().find((e) => e.kind === 'town') as { townId: string };
    expect(fork.townId).not.toBe(original.townId);
    expect(fork.current).toBe(false);
    const forkHash = await a.ask('worldHash', {});
    await a.steps(10);
    const { townId } = await a.ask('loadSave', { id: fork.id });
    expect(townId).toBe(fork.townId);

    const b = new Tab(db, locks, { town: { kind: 'resume', townId } });
    await b.ready();
    expect(await b.ask('worldHash', {})).toEqual(forkHash);
    const saves = await b.ask('listSaves', {});
    expect(saves.map((s) => s.id)).toContain(autosaveId(original.townId));
    expect(saves.find((s) => s.id === autosaveId(townId))?.name).toBe('Branch');
  });

  it('refuses a bad import with a clear message and stores nothing', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    await a.ask('flushSave', {});
    const before = await a.ask('listSaves', {});
    const junk = new TextEncoder().encode('{"schemaVersion": 1, "kind": "generative-town"}');
    await expect(a.ask('importTown', { bytes: junk })).rejects.toThrow(/Invalid town file/);
    await expect(a.ask('importTown', { bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(
      /Not a Generative Town file/,
    );
    expect(await a.ask('listSaves', {})).toEqual(before);

    const exported = await a.ask('exportTown', {});
    expect(exported.fileName).toMatch(/\.town$/);
    const imported = await a.ask('importTown', { bytes: exported.bytes });
    expect(imported.save).toMatchObject({ kind: 'manual', current: false });
  });

  it('opens a save in replay and seeks back and forth', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    const start = a.host!.world.step;
    await a.steps(40);
    const save = await a.ask('saveTown', { name: 'Forty steps' });
    await a.ask('closeTown', {});

    const b = new Tab(db, locks, { town: { kind: 'replay', saveId: save.id } });
    await b.ready();
    const town = b.events().find((e) => e.kind === 'town');
    expect(town).toMatchObject({
      mode: 'replay',
      replay: { firstStep: start, lastStep: start + 40 },
    });
    expect((await b.ask('seek', { step: start + 25 })).step).toBe(start + 25);
    expect((await b.ask('seek', { step: start + 5 })).step).toBe(start + 5);
    expect((await b.ask('seek', { step: start + 99999 })).step).toBe(start + 40);
  });

  it('leaves a replay for the live town in the same worker: its step and world, paused', async () => {
    const { db, locks } = setup();
    const a = new Tab(db, locks);
    await a.ready();
    const { townId } = a.events().find((e) => e.kind === 'town') as { townId: string };
    const step = await a.steps(20);
    const save = await a.ask('saveTown', { name: 'Look back' });
    const hash = await a.ask('worldHash', {});
    // What the page does before it opens a replay.
    await a.ask('closeTown', {});

    const b = new Tab(db, locks, { town: { kind: 'replay', saveId: save.id } });
    await b.ready();
    expect(b.events().find((e) => e.kind === 'town')).toMatchObject({ mode: 'replay' });
    b.messages.length = 0;
    expect(await b.ask('exitReplay', { townId, paused: true, speed: 10 })).toEqual({ townId });
    await b.ready();
    expect(b.session.replaying).toBeNull();
    expect(b.events().find((e) => e.kind === 'town')).toMatchObject({
      mode: 'live',
      townId,
      lock: 'held',
    });
    const ready = b.messages.find((m) => m.type === 'ready');
    expect(ready?.type === 'ready' && ready.frame.running).toBe(false);
    expect(await b.ask('worldHash', {})).toEqual({ hash: hash.hash, step });
    await expect(b.ask('exitReplay', { paused: true, speed: 10 })).rejects.toThrow(/No replay/);
  });
});
