import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { SaveStore, TownRuntime, autosaveId, type SaveSummary } from '../persist';
import { smallScenario } from '../sim/testing/smallTown';
import type { PersistEvent } from '../protocol';
import { MAX_AUTOSAVES, SaveOps, pruneAutosaves } from './saveOps';
import type { LiveTownRef } from './townCapture';

let n = 0;
const summary = {
  day: 1,
  time: '06:00',
  weekday: 'Monday',
  agents: 3,
  mind: 'offline',
  step: 1,
  conversations: 0,
} as SaveSummary;

async function setup() {
  let t = Date.UTC(2025, 0, 1);
  // Distinct times, so "newest first" is well defined.
  const store = await SaveStore.open({
    dbName: `save-ops-${++n}`,
    now: () => new Date((t += 1000)),
  });
  const scenario = smallScenario();
  const town: LiveTownRef = {
    townId: 'here',
    name: 'Small town',
    runtime: TownRuntime.open({ kind: 'new', scenario, seed: 1 }, new OfflineMind()),
  };
  const events: PersistEvent[] = [];
  const ops = new SaveOps(
    store,
    () => town,
    () => ({ kind: 'offline' }),
    (e) => events.push(e),
  );
  return { store, town, ops, events };
}

describe('SaveOps', () => {
  it('marks this town’s saves, and renaming its autosave renames the town', async () => {
    const { store, town, ops } = await setup();
    await store.saveAutosave({
      townId: 'here',
      name: 'Small town',
      bytes: new Uint8Array([1]),
      summary,
    });
    await store.saveAutosave({
      townId: 'other',
      name: 'Other',
      bytes: new Uint8Array([2]),
      summary,
    });
    const saved = await ops.save({ name: 'Manual' });
    expect(saved).toMatchObject({ kind: 'manual', townId: 'here', current: true });
    const list = await ops.list();
    expect(
      list
        .filter((s) => s.current)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Manual', 'Small town']);
    await ops.rename({ id: autosaveId('here'), name: 'Maple Street' });
    expect(town.name).toBe('Maple Street');
    await ops.rename({ id: autosaveId('other'), name: 'Elm' });
    expect(town.name).toBe('Maple Street');
  });

  it('keeps a bounded number of autosaves, never this town’s nor a running one', async () => {
    const { store } = await setup();
    for (let i = 0; i < MAX_AUTOSAVES + 3; i++)
      await store.saveAutosave({
        townId: `t${i}`,
        name: `T${i}`,
        bytes: new Uint8Array([i]),
        summary,
      });
    // t0 is the oldest (pruned first) but runs in another tab; t1 is this tab's town.
    const dropped = await pruneAutosaves(store, 't1', async (id) => id === 't0');
    expect(dropped).toBe(1);
    const left = (await store.list()).map((m) => m.townId);
    expect(left).toContain('t0');
    expect(left).toContain('t1');
    expect(left).not.toContain('t2');
    expect(left).toHaveLength(MAX_AUTOSAVES + 2);
  });
});
