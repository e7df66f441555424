import { describe, expect, it, vi } from 'vitest';
import type { SimClient } from '../protocol/client';
import type { PersistEvent, WorkerMessage } from '../protocol';
import type { PageNav, TabSession } from './pageNav';
import { createSavesSlice } from './savesSlice';
import { townChoice } from './townSession';
import type { SliceContext, TownState } from './types';

function memoryNav(initial: TabSession = {}) {
  let session = initial;
  const nav: PageNav & { reloads: number } = {
    reloads: 0,
    read: () => session,
    write: (s) => (session = s),
    reload: () => nav.reloads++,
  };
  return nav;
}

function setup(results: Record<string, unknown> = {}) {
  let listener: ((m: WorkerMessage) => void) | null = null;
  const request = vi.fn(async (kind: string, _args?: unknown) => results[kind] ?? {});
  const client = {
    start: () => {},
    control: () => {},
    request,
    dispose: () => {},
    listen: (fn: (m: WorkerMessage) => void) => {
      listener = fn;
      return () => {};
    },
  } as unknown as SimClient;
  let state = {} as TownState;
  const notify = vi.fn();
  const ctx: SliceContext = {
    set: (p) => (state = { ...state, ...(typeof p === 'function' ? p(state) : p) }),
    get: () => state,
    client,
  };
  const nav = memoryNav({ townId: 'old' });
  state = { ...createSavesSlice(ctx, nav), notify } as unknown as TownState;
  const emit = (event: PersistEvent) => listener!({ type: 'persist', event });
  return { get: () => state, emit, nav, request, notify };
}

describe('saves slice', () => {
  it('follows the worker: town, busy, save status, storage full, seeks', () => {
    const t = setup();
    t.emit({ kind: 'busy', townId: 'x', name: 'Town', summary: null });
    expect(t.get().busyTown).toMatchObject({ townId: 'x' });
    t.emit({ kind: 'town', mode: 'live', townId: 'abc', name: 'Town', lock: 'held' });
    expect(t.get().town).toMatchObject({ townId: 'abc', mode: 'live' });
    expect(t.get().busyTown).toBeNull();
    expect(t.nav.read().townId).toBe('abc');
    t.emit({ kind: 'storageFull', message: 'full' });
    t.emit({ kind: 'saveStatus', status: { state: 'failed', message: 'full', storageFull: true } });
    expect(t.get().storageFull).toBe('full');
    t.emit({ kind: 'saveStatus', status: { state: 'saved', at: '2025-01-01T00:00:00Z', step: 5 } });
    expect(t.get().storageFull).toBeNull();
    t.emit({ kind: 'seekProgress', done: 10, total: 40 });
    expect(t.get().seekProgress).toEqual({ done: 10, total: 40 });
    t.emit({ kind: 'seekProgress', done: 40, total: 40 });
    expect(t.get().seekProgress).toBeNull();
    t.emit({ kind: 'takenOver' });
    expect(t.get().takenOver).toBe(true);
    t.emit({ kind: 'notice', tone: 'error', text: 'oops' });
    expect(t.notify).toHaveBeenCalledWith('error', 'oops');
  });

  it('a replay in this tab does not change which town the tab resumes', () => {
    const t = setup();
    t.emit({ kind: 'town', mode: 'replay', townId: 'other', name: 'R', lock: 'none' });
    expect(t.nav.read().townId).toBe('old');
  });

  it('loading, replaying and starting anew remember the choice and reload', async () => {
    const t = setup({ loadSave: { townId: 'fork' } });
    await t.get().loadSave('slot1');
    expect(t.nav.reloads).toBe(1);
    expect(t.nav.read()).toEqual({ townId: 'fork', next: { kind: 'resume', townId: 'fork' } });
    await t.get().openReplay('slot2');
    expect(t.request).toHaveBeenCalledWith('closeTown', {});
    expect(t.nav.read().next).toEqual({ kind: 'replay', saveId: 'slot2' });
    await t.get().newTown();
    expect(t.nav.read().next).toEqual({ kind: 'new' });
    expect(t.nav.reloads).toBe(3);
  });

  it('quick save writes over the same slot', async () => {
    const t = setup({ saveTown: { id: 'q1', name: 'Quick save' }, listSaves: [] });
    t.emit({ kind: 'town', mode: 'live', townId: 'abc', name: 'Town', lock: 'held' });
    await t.get().quickSave();
    await t.get().quickSave();
    const saves = t.request.mock.calls.filter((c) => c[0] === 'saveTown');
    expect(saves[0][1]).toMatchObject({ name: 'Quick save', id: undefined });
    expect(saves[1][1]).toMatchObject({ name: 'Quick save', id: 'q1' });
  });
});

describe('townChoice', () => {
  it('prefers a pending choice once, then the URL, then this tab’s town', () => {
    const nav = memoryNav({ townId: 't1', next: { kind: 'replay', saveId: 's' } });
    expect(townChoice('?seed=3', nav)).toEqual({ kind: 'replay', saveId: 's' });
    expect(nav.read()).toEqual({ townId: 't1' });
    expect(townChoice('?seed=3', nav)).toEqual({ kind: 'new' });
    expect(townChoice('?speed=max', nav)).toEqual({ kind: 'resume', townId: 't1' });
    expect(townChoice('', memoryNav())).toEqual({ kind: 'resume', townId: undefined });
  });
});
