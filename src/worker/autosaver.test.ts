import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { StorageFullError, TownRuntime, decodeTownFile, type SaveInput } from '../persist';
import { STEPS_PER_HOUR } from '../sim/clock';
import { smallScenario } from '../sim/testing/smallTown';
import { Autosaver, PAUSED_SAVE_DELAY_MS } from './autosaver';
import type { PersistEvent } from '../protocol';

function setup(
  opts: { fail?: () => Error | null; mayWrite?: () => boolean; paused?: boolean } = {},
) {
  const scenario = smallScenario();
  const runtime = TownRuntime.open({ kind: 'new', scenario, seed: 2 }, new OfflineMind());
  const engine = runtime.engine;
  let now = 0;
  const saved: SaveInput[] = [];
  const events: PersistEvent[] = [];
  const store = {
    async saveAutosave(input: SaveInput) {
      const err = opts.fail?.();
      if (err) throw err;
      saved.push(input);
      return {} as never;
    },
  };
  const autosaver = new Autosaver({
    store,
    town: { townId: 't1', name: 'Small town', runtime },
    mindInfo: () => ({ kind: 'offline' }),
    post: (e) => events.push(e),
    mayWrite: opts.mayWrite ?? (() => true),
    paused: opts.paused ?? false,
    now: () => now,
  });
  const ticks = async (n: number) => {
    for (let i = 0; i < n; i++) await engine.tick();
  };
  /** Lets a save started by `check()` finish. */
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 1));
  };
  return {
    engine,
    autosaver,
    saved,
    events,
    ticks,
    settle,
    advance: (ms: number) => (now += ms),
  };
}

describe('Autosaver', () => {
  it('saves every game hour, throttled, and the save opens to the same step', async () => {
    const t = setup();
    await t.ticks(STEPS_PER_HOUR - 1);
    t.advance(20_000);
    t.autosaver.check();
    await t.settle();
    expect(t.saved).toHaveLength(0);
    // The game hour's last step saves by itself: the autosaver hears the engine.
    await t.ticks(1);
    await t.settle();
    expect(t.saved).toHaveLength(1);
    const decoded = decodeTownFile(t.saved[0].bytes);
    expect(decoded.ok && decoded.file.world.step).toBe(t.engine.world.step);
    expect(t.saved[0].summary.step).toBe(t.engine.world.step);
    const statuses = t.events.flatMap((e) => (e.kind === 'saveStatus' ? [e.status.state] : []));
    expect(statuses).toEqual(['saving', 'saved']);
    // Another game hour at once: throttled until 15 s of wall time passed.
    await t.ticks(STEPS_PER_HOUR);
    t.autosaver.check();
    await t.settle();
    expect(t.saved).toHaveLength(1);
    t.advance(15_000);
    t.autosaver.check();
    await t.settle();
    expect(t.saved).toHaveLength(2);
  });

  it('saves soon after the town is paused, and flushes on demand', async () => {
    const t = setup({ paused: true });
    await t.ticks(3);
    t.autosaver.check();
    await t.settle();
    expect(t.saved).toHaveLength(0);
    t.advance(PAUSED_SAVE_DELAY_MS);
    t.autosaver.check();
    await t.settle();
    expect(t.saved).toHaveLength(1);
    expect(await t.autosaver.flush()).toBe(true);
    expect(t.saved).toHaveLength(1);
    t.engine.enqueue({ type: 'whisper', agentId: 'ada', text: 'Remember the kettle.' });
    await t.engine.flush();
    expect(t.autosaver.upToDate).toBe(false);
    expect(await t.autosaver.flush({ sync: true })).toBe(true);
    expect(t.saved).toHaveLength(2);
    expect(t.autosaver.upToDate).toBe(true);
  });

  it('reports a full disk, never as saved, and tries again later', async () => {
    let full = true;
    const t = setup({ fail: () => (full ? new StorageFullError() : null) });
    await t.ticks(5);
    expect(await t.autosaver.flush()).toBe(false);
    expect(t.saved).toHaveLength(0);
    const kinds = t.events.map((e) => (e.kind === 'saveStatus' ? e.status.state : e.kind));
    expect(kinds).toEqual(['saving', 'failed', 'storageFull']);
    expect(t.events[1]).toMatchObject({ status: { storageFull: true } });
    // Paused, it does not retry at once (that would flicker between saving and failed).
    t.autosaver.setPaused(true);
    t.advance(PAUSED_SAVE_DELAY_MS * 5);
    t.autosaver.check();
    await t.settle();
    expect(t.events).toHaveLength(3);
    full = false;
    expect(await t.autosaver.flush()).toBe(true);
    expect(t.saved).toHaveLength(1);
  });

  it('writes nothing once another tab took the town over', async () => {
    let mine = true;
    const t = setup({ mayWrite: () => mine });
    await t.ticks(5);
    mine = false;
    expect(await t.autosaver.flush()).toBe(false);
    expect(t.saved).toHaveLength(0);
  });
});
