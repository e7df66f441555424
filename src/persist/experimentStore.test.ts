import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { SaveStore } from './saveStore';
import type { ExperimentRecord } from './experimentStore';

const record = (id: string, townId: string, createdAt: string): ExperimentRecord => ({
  id,
  townId,
  createdAt,
  title: `experiment ${id}`,
  clock: 'day 1 09:00',
  report: { kind: 'experiment', id },
});

describe('experiments kept with their town', () => {
  it("lists a town's experiments newest first without reports, opens and deletes them", async () => {
    const store = (await SaveStore.open({ dbName: 'exp-1' })).experiments();
    await store.put(record('a', 't1', '2026-01-01T10:00:00Z'));
    await store.put(record('b', 't1', '2026-01-01T11:00:00Z'));
    await store.put(record('c', 't2', '2026-01-01T12:00:00Z'));
    const list = await store.list('t1');
    expect(list.map((r) => r.id)).toEqual(['b', 'a']);
    expect(list[0]).not.toHaveProperty('report');
    expect((await store.get('a')).report).toEqual({ kind: 'experiment', id: 'a' });
    await store.delete('a');
    expect((await store.list('t1')).map((r) => r.id)).toEqual(['b']);
    await expect(store.get('a')).rejects.toThrow(/no longer kept/);
  });

  it('upgrades a database made before experiments, keeping its saves store', async () => {
    const old = await openDB('exp-2', 1, {
      upgrade(db) {
        db.createObjectStore('saves', { keyPath: 'id' });
        db.createObjectStore('saveData');
        db.createObjectStore('llmCache');
      },
    });
    old.close();
    const saves = await SaveStore.open({ dbName: 'exp-2' });
    expect(await saves.list()).toEqual([]);
    await saves.experiments().put(record('x', 't', '2026-01-01T10:00:00Z'));
    expect(await saves.experiments().list('t')).toHaveLength(1);
  });
});
