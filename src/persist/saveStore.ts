import type { IDBPTransaction, StoreNames } from 'idb';
import { crc32 } from './checksum';
import { openTownDb, toStorageError, type TownDatabase, type TownDb } from './db';
import { ExperimentStore } from './experimentStore';
import { LIMITS } from './limits';
import type { SaveSummary } from './town';

/** Metadata of a save slot: everything a "Load" list shows, without the town's bytes. */
export interface SaveMeta {
  id: string;
  /** The town this is a save of; forks get a new one. Autosaves are per town. */
  townId: string;
  name: string;
  kind: 'manual' | 'autosave';
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  summary: SaveSummary;
  /** A small `data:image/…` URL, if the caller made one. */
  thumbnail?: string;
  /** Byte length and CRC-32 of the town file, checked after writing and on every load. */
  size: number;
  checksum: string;
  /** Key of the bytes in `saveData`; new on every write, so the previous data survives a failure. */
  dataKey: string;
}

/** A slot with its town file (gzip bytes, see `encodeTownFile`). */
export interface SaveSlot extends SaveMeta {
  bytes: Uint8Array;
}

/** What a caller provides to save a town. */
export interface SaveInput {
  townId: string;
  name: string;
  bytes: Uint8Array;
  summary: SaveSummary;
  thumbnail?: string;
}

/** A save does not exist (deleted in another tab, or a stale id). */
export class SaveNotFoundError extends Error {
  override readonly name = 'SaveNotFoundError';
  constructor(id: string) {
    super(`There is no save "${id}" any more (it may have been deleted in another tab).`);
  }
}

/** Stored bytes do not match their checksum: this save cannot be trusted. Others are fine. */
export class SaveCorruptError extends Error {
  override readonly name = 'SaveCorruptError';
  constructor(name: string, when: 'verify' | 'load') {
    super(
      when === 'verify'
        ? `The save "${name}" could not be verified after writing, so it was not kept. Previous saves are untouched; try again or export the town to a file.`
        : `The save "${name}" is damaged (its data does not match its checksum). Other saves are unaffected.`,
    );
  }
}

export interface SaveStoreOptions {
  /** Database name (tests use their own). */
  dbName?: string;
  /** Wall clock for created/updated times. */
  now?: () => Date;
  /** Random id source (slot ids, town ids, data keys). */
  newId?: () => string;
}

const AUTOSAVE_PREFIX = 'autosave:';

/** The slot id of a town's autosave. */
export function autosaveId(townId: string): string {
  return `${AUTOSAVE_PREFIX}${townId}`;
}

/** A random id; `crypto.randomUUID` needs a secure context, `getRandomValues` does not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Stores = StoreNames<TownDb>[];
type Tx = IDBPTransaction<TownDb, Stores, 'readwrite'>;

/**
 * Named save slots in IndexedDB. Metadata and bytes live in separate stores so `list()` is cheap.
 * Every write is one transaction over both (all or nothing), then read back and checked; the
 * previous version of a slot is removed only after the new one verified. A full disk surfaces as
 * `StorageFullError` with nothing changed. Works in pages and workers.
 */
export class SaveStore {
  private constructor(
    private readonly db: TownDatabase,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  static async open(opts: SaveStoreOptions = {}): Promise<SaveStore> {
    const db = await openTownDb(opts.dbName);
    const store = new SaveStore(db, opts.now ?? (() => new Date()), opts.newId ?? randomId);
    await store.collectGarbage().catch(() => undefined);
    return store;
  }

  close(): void {
    this.db.close();
  }

  /** The experiments kept in the same database. */
  experiments(): ExperimentStore {
    return new ExperimentStore(this.db);
  }

  /** Complete saves, most recently updated first. */
  async list(): Promise<SaveMeta[]> {
    const tx = this.db.transaction(['saves', 'saveData'], 'readonly');
    const [metas, keys] = await Promise.all([
      tx.objectStore('saves').getAll(),
      tx.objectStore('saveData').getAllKeys(),
    ]);
    const present = new Set(keys);
    return metas
      .filter((m) => present.has(m.dataKey) && typeof m.updatedAt === 'string')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** The most recent autosave of any town (what "continue where I was" opens). */
  async latestAutosave(): Promise<SaveMeta | undefined> {
    return (await this.list()).find((m) => m.kind === 'autosave');
  }

  /** A slot with its bytes, checksum verified. */
  async load(id: string): Promise<SaveSlot> {
    const tx = this.db.transaction(['saves', 'saveData'], 'readonly');
    const meta = await tx.objectStore('saves').get(id);
    const data = meta && (await tx.objectStore('saveData').get(meta.dataKey));
    if (!meta || !data) throw new SaveNotFoundError(id);
    const bytes = new Uint8Array(data.bytes);
    if (bytes.length !== meta.size || crc32(bytes) !== meta.checksum)
      throw new SaveCorruptError(meta.name, 'load');
    return { ...meta, bytes };
  }

  /** Saves into a new manual slot, or over slot `id` if given. */
  save(input: SaveInput & { id?: string }): Promise<SaveMeta> {
    return this.write(input.id ?? this.newId(), 'manual', input);
  }

  /** Writes the town's autosave slot (`autosave:<townId>`). */
  saveAutosave(input: SaveInput): Promise<SaveMeta> {
    return this.write(autosaveId(input.townId), 'autosave', input);
  }

  /**
   * Save-as: copies slot `source` (or saves the given town) into a new slot of a NEW town, so the
   * original and the fork each keep their own autosave and continue independently.
   */
  async fork(source: string | Omit<SaveInput, 'townId'>, newName: string): Promise<SaveMeta> {
    const from = typeof source === 'string' ? await this.load(source) : source;
    return this.write(this.newId(), 'manual', {
      townId: this.newId(),
      name: newName,
      bytes: from.bytes,
      summary: from.summary,
      thumbnail: from.thumbnail,
    });
  }

  async rename(id: string, name: string): Promise<SaveMeta> {
    const clean = cleanName(name);
    return this.run(
      ['saves'],
      async (tx) => {
        const meta = await tx.objectStore('saves').get(id);
        if (!meta) throw new SaveNotFoundError(id);
        const next = { ...meta, name: clean };
        await tx.objectStore('saves').put(next);
        return next;
      },
      'The new name',
    );
  }

  /** Deletes a slot and its data (no-op for an unknown id). Ask the person first. */
  async delete(id: string): Promise<void> {
    await this.run(['saves', 'saveData'], async (tx) => {
      const meta = await tx.objectStore('saves').get(id);
      if (!meta) return;
      await tx.objectStore('saves').delete(id);
      await tx.objectStore('saveData').delete(meta.dataKey);
    });
  }

  private async write(id: string, kind: SaveMeta['kind'], input: SaveInput): Promise<SaveMeta> {
    const bytes = input.bytes;
    const now = this.now().toISOString();
    const thumbnail = cleanThumbnail(input.thumbnail);
    // Computed before the transaction opens: nothing slow may run while it is active.
    const checksum = crc32(bytes);
    const dataKey = `${id}#${this.newId()}`;
    const { meta, previous } = await this.run(['saves', 'saveData'], async (tx) => {
      const previous = await tx.objectStore('saves').get(id);
      const meta: SaveMeta = {
        id,
        townId: input.townId,
        name: cleanName(input.name),
        kind,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        summary: input.summary,
        ...(thumbnail ? { thumbnail } : {}),
        size: bytes.length,
        checksum,
        dataKey,
      };
      await tx.objectStore('saveData').put({ bytes }, dataKey);
      await tx.objectStore('saves').put(meta);
      return { meta, previous };
    });
    await this.verifyOrRollBack(meta, previous);
    if (previous && previous.dataKey !== dataKey) {
      const oldKey = previous.dataKey;
      // Best effort: a leftover is collected on the next open.
      await this.run(['saveData'], (tx) => tx.objectStore('saveData').delete(oldKey)).catch(
        () => undefined,
      );
    }
    return meta;
  }

  /** Reads the new data back; on a mismatch, restores the previous slot (or removes the new one). */
  private async verifyOrRollBack(meta: SaveMeta, previous: SaveMeta | undefined): Promise<void> {
    const data = await this.db.get('saveData', meta.dataKey);
    const bytes = data && new Uint8Array(data.bytes);
    if (bytes && bytes.length === meta.size && crc32(bytes) === meta.checksum) return;
    await this.run(['saves', 'saveData'], async (tx) => {
      if (previous) await tx.objectStore('saves').put(previous);
      else await tx.objectStore('saves').delete(meta.id);
      await tx.objectStore('saveData').delete(meta.dataKey);
    });
    throw new SaveCorruptError(meta.name, 'verify');
  }

  /** Removes data records no slot points at (left by an interrupted save). */
  private async collectGarbage(): Promise<void> {
    await this.run(['saves', 'saveData'], async (tx) => {
      const used = new Set((await tx.objectStore('saves').getAll()).map((m) => m.dataKey));
      for (const key of await tx.objectStore('saveData').getAllKeys())
        if (!used.has(key)) await tx.objectStore('saveData').delete(key);
    });
  }

  /**
   * Runs `fn` in one readwrite transaction. Any error aborts the whole transaction, so nothing is
   * half-written; quota errors (thrown by a request or reported when the transaction commits)
   * become `StorageFullError`.
   */
  private async run<T>(stores: Stores, fn: (tx: Tx) => Promise<T>, what?: string): Promise<T> {
    let tx: Tx;
    try {
      tx = this.db.transaction(stores, 'readwrite');
    } catch (err) {
      throw toStorageError(err, what);
    }
    try {
      const result = await fn(tx);
      await tx.done;
      return result;
    } catch (err) {
      // A request fails with AbortError when the transaction died of something else: report that.
      const cause = tx.error ?? err;
      try {
        tx.abort();
      } catch {
        // Already committed or aborted.
      }
      await tx.done.catch(() => undefined);
      throw toStorageError(cause, what);
    }
  }
}

function cleanName(name: string): string {
  const clean = name.trim().slice(0, 200);
  return clean || 'Untitled town';
}

function cleanThumbnail(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // Only images, and small: a thumbnail is shown in a list, not a second copy of the town.
  if (!/^data:image\/(png|jpeg|webp);base64,/.test(url)) return undefined;
  return url.length <= LIMITS.MAX_THUMBNAIL_CHARS ? url : undefined;
}
