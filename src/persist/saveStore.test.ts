import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import { importTownFile, townFileName } from './importExport';
import { LlmCacheStore } from './llmCacheStore';
import {
  SaveCorruptError,
  SaveNotFoundError,
  SaveStore,
  autosaveId,
  type SaveInput,
} from './saveStore';
import { recordSmallTown } from './testing/liveTown';
import { summarizeTown } from './town';
import { decodeTownFile, encodeTownFile } from './townFile';

let dbCount = 0;
/** A fresh database per test, and a clock that ticks a second per call. */
async function freshStore(): Promise<{ store: SaveStore; dbName: string }> {
  const dbName = `test-${++dbCount}`;
  let t = Date.parse('2025-03-01T10:00:00Z');
  let id = 0;
  const store = await SaveStore.open({
    dbName,
    now: () => new Date((t += 1000)),
    newId: () => `id${++id}`,
  });
  return { store, dbName };
}

function input(name: string, fill: number, townId = 'town-a'): SaveInput {
  return {
    townId,
    name,
    bytes: new Uint8Array(1000).fill(fill),
    summary: {
      day: 1,
      time: '07:00',
      weekday: 'Monday',
      agents: 3,
      mind: 'offline',
      step: 2520,
      conversations: 0,
    },
  };
}

/** Keys of the raw data store, to check for orphans. */
async function dataKeys(dbName: string): Promise<string[]> {
  const db = await openDB(dbName);
  const keys = (await db.getAllKeys('saveData')) as string[];
  db.close();
  return keys;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('save store', () => {
  it('saves, lists, loads, renames, forks and deletes', async () => {
    const { store, dbName } = await freshStore();
    const a = await store.save(input('Morning', 1));
    const b = await store.save(input('Evening', 2, 'town-b'));
    expect((await store.list()).map((m) => m.name)).toEqual(['Evening', 'Morning']);
    const loaded = await store.load(a.id);
    expect(loaded.bytes).toEqual(new Uint8Array(1000).fill(1));
    expect(loaded).toMatchObject({ name: 'Morning', kind: 'manual', size: 1000, townId: 'town-a' });

    const renamed = await store.rename(a.id, '  Sunrise  ');
    expect(renamed.name).toBe('Sunrise');
    expect((await store.load(a.id)).name).toBe('Sunrise');

    const forked = await store.fork(b.id, 'Evening (copy)');
    expect(forked.id).not.toBe(b.id);
    expect(forked.townId).not.toBe(b.townId);
    expect((await store.load(forked.id)).bytes).toEqual((await store.load(b.id)).bytes);
    const forkedLive = await store.fork(input('Live', 7), 'Live fork');
    expect((await store.load(forkedLive.id)).bytes[0]).toBe(7);

    await store.delete(b.id);
    await store.delete('no-such-save'); // harmless
    expect((await store.list()).map((m) => m.name)).toEqual([
      'Live fork',
      'Evening (copy)',
      'Sunrise',
    ]);
    await expect(store.load(b.id)).rejects.toBeInstanceOf(SaveNotFoundError);
    await expect(store.rename(b.id, 'x')).rejects.toThrow(/no save/);
    expect((await dataKeys(dbName)).length).toBe(3);
    store.close();
  });

  it('keeps one autosave per town and replaces its data', async () => {
    const { store, dbName } = await freshStore();
    const first = await store.saveAutosave(input('Town A', 1));
    const second = await store.saveAutosave(input('Town A', 2));
    await store.saveAutosave(input('Town B', 3, 'town-b'));
    expect(second.id).toBe(autosaveId('town-a'));
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect((await store.load(autosaveId('town-a'))).bytes[0]).toBe(2);
    expect((await store.latestAutosave())?.townId).toBe('town-b');
    expect((await dataKeys(dbName)).length).toBe(2); // the replaced data is gone
    store.close();
  });

  it('writes nothing when a save fails half-way, and keeps the previous version', async () => {
    const { store, dbName } = await freshStore();
    const kept = await store.save(input('Kept', 1));
    const proto = IDBObjectStore.prototype;
    const put = proto.put;
    vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The data write succeeds; the metadata write then fails: the data must not remain.
      if (this.name === 'saves') throw new Error('disk on fire');
      return put.apply(this, args as Parameters<typeof put>);
    });
    await expect(store.save(input('Half', 2))).rejects.toThrow('disk on fire');
    await expect(store.save({ ...input('Kept v2', 3), id: kept.id })).rejects.toThrow(
      'disk on fire',
    );
    vi.restoreAllMocks();
    expect((await store.list()).map((m) => m.name)).toEqual(['Kept']);
    expect((await store.load(kept.id)).bytes[0]).toBe(1);
    expect(await dataKeys(dbName)).toEqual([kept.dataKey]);
    store.close();
  });

  it('turns a quota error into StorageFullError and changes nothing', async () => {
    const { store } = await freshStore();
    const kept = await store.save(input('Kept', 1));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const err = await store.save(input('Too big', 2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/storage is full.*Export the town.*delete old saves/);
    await expect(store.saveAutosave(input('Auto', 3))).rejects.toBeInstanceOf(StorageFullError);
    await expect(store.rename(kept.id, 'New name')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect((await store.list()).map((m) => m.name)).toEqual(['Kept']);
    expect((await store.load(kept.id)).bytes[0]).toBe(1);
    store.close();
  });

  it('recognises a quota error reported by the transaction', async () => {
    const { store, dbName } = await freshStore();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = put.apply(this, args as Parameters<typeof put>);
      // As browsers do at commit time: the transaction aborts with a QuotaExceededError.
      Object.defineProperty(this.transaction, 'error', { value: quota(), configurable: true });
      this.transaction.abort();
      return request;
    });
    await expect(store.save(input('Big', 1))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([]);
    expect(await dataKeys(dbName)).toEqual([]);
    store.close();
  });

  it('rolls back a save that does not read back the same', async () => {
    const { store } = await freshStore();
    const kept = await store.save(input('Slot', 1));
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      key,
    ) {
      const request = get.call(this, key);
      if (this.name !== 'saveData') return request;
      // Simulate storage returning different bytes than written.
      request.addEventListener('success', () => {
        Object.defineProperty(request, 'result', { value: { bytes: new Uint8Array([9]) } });
      });
      return request;
    });
    await expect(store.save({ ...input('Slot v2', 2), id: kept.id })).rejects.toBeInstanceOf(
      SaveCorruptError,
    );
    await expect(store.save(input('New', 3))).rejects.toThrow(/could not be verified/);
    vi.restoreAllMocks();
    const list = await store.list();
    expect(list.map((m) => m.name)).toEqual(['Slot']);
    expect((await store.load(kept.id)).bytes[0]).toBe(1);
    store.close();
  });

  it('refuses damaged data on load and cleans orphans on open', async () => {
    const { store, dbName } = await freshStore();
    const meta = await store.save(input('Slot', 1));
    store.close();
    const db = await openDB(dbName);
    await db.put('saveData', { bytes: new Uint8Array(1000).fill(5) }, meta.dataKey);
    await db.put('saveData', { bytes: new Uint8Array(3) }, 'orphan#1');
    db.close();
    const reopened = await SaveStore.open({ dbName });
    await expect(reopened.load(meta.id)).rejects.toThrow(/"Slot" is damaged/);
    expect(await dataKeys(dbName)).toEqual([meta.dataKey]);
    reopened.close();
  });
});

describe('import', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = encodeTownFile((await recordSmallTown({ scale: 0.3 })).file);
  });

  it('imports a file into a new town slot', async () => {
    const { store } = await freshStore();
    const result = await importTownFile(store, good, { name: 'Imported' });
    if (!result.ok) throw result.error;
    const slot = await store.load(result.meta.id);
    expect(slot.name).toBe('Imported');
    expect(slot.summary).toEqual(summarizeTown(result.file.world, result.file.mind));
    const decoded = decodeTownFile(slot.bytes);
    expect(decoded.ok).toBe(true);
    store.close();
  });

  it('refuses bad files with a clear message and touches nothing stored', async () => {
    const { store, dbName } = await freshStore();
    await store.save(input('Mine', 1));
    await store.saveAutosave(input('Mine', 2));
    const before = await store.list();
    const keysBefore = await dataKeys(dbName);
    const bad = [
      good.subarray(0, good.length - 100),
      new TextEncoder().encode('{"kind":"generative-town","schemaVersion":9}'),
      new TextEncoder().encode('{"kind":"generative-town","schemaVersion":2,"world":{}}'),
      new Uint8Array([1, 2, 3]),
    ];
    const messages: string[] = [];
    for (const bytes of bad) {
      const result = await importTownFile(store, bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) messages.push(result.error.message);
    }
    expect(messages).toEqual([
      expect.stringMatching(/^The file is truncated/),
      expect.stringMatching(/^Saved with a newer version \(9\)/),
      expect.stringMatching(/^Invalid town file: savedAt: missing/),
      expect.stringMatching(/^Not a Generative Town file/),
    ]);
    expect(await store.list()).toEqual(before);
    expect(await dataKeys(dbName)).toEqual(keysBefore);
    store.close();
  });

  it('names export files safely', () => {
    expect(townFileName('Café "Ümlaut" / Town', 2)).toBe('cafe-umlaut-town-day-2.town');
    expect(townFileName('!!!')).toBe('town.town');
  });
});

describe('LLM cache store', () => {
  it('gets and sets, and swallows a full disk', async () => {
    const errors: unknown[] = [];
    const cache = await LlmCacheStore.open<{ text: string }>({
      dbName: `cache-${++dbCount}`,
      onError: (e) => errors.push(e),
    });
    expect(await cache.get('k')).toBeUndefined();
    await cache.set('k', { text: 'hello' });
    expect(await cache.get('k')).toEqual({ text: 'hello' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(cache.set('k2', { text: 'big' })).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    vi.restoreAllMocks();
    await cache.clear();
    expect(await cache.get('k')).toBeUndefined();
  });
});
