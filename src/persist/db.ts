import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageFullError } from './errors';
import type { ExperimentRecord } from './experimentStore';
import type { SaveMeta } from './saveStore';

/** The app's one IndexedDB database. */
export const DB_NAME = 'generative-town';
/** Bump with an upgrade step below when stores or indexes change. */
export const DB_VERSION = 2;

/** A save's bytes, kept apart from its metadata so listing saves reads no town data. */
export interface SaveData {
  bytes: Uint8Array;
}

export interface TownDb extends DBSchema {
  /** Save slot metadata by slot id. */
  saves: { key: string; value: SaveMeta };
  /** Save bytes by data key (see `SaveMeta.dataKey`). */
  saveData: { key: string; value: SaveData };
  /** LLM replies by content hash. */
  llmCache: { key: string; value: unknown };
  /** "What if…?" experiments by id, found by the town they branched from. */
  experiments: { key: string; value: ExperimentRecord; indexes: { townId: string } };
}

export type TownDatabase = IDBPDatabase<TownDb>;

/** Opens (creating or upgrading) the database. Works in pages and workers. */
export function openTownDb(name = DB_NAME): Promise<TownDatabase> {
  return openDB<TownDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('saves', { keyPath: 'id' });
        db.createObjectStore('saveData');
        db.createObjectStore('llmCache');
      }
      if (oldVersion < 2)
        db.createObjectStore('experiments', { keyPath: 'id' }).createIndex('townId', 'townId');
    },
    // A newer app version in another tab wants to upgrade: let it, rather than block it forever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}

/** Whether an error (from a request, a transaction or a DOMException) means storage is full. */
export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: number; cause?: unknown; inner?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Legacy codes: 22 (most browsers), 1014 (old Firefox).
  if (e.name !== 'AbortError' && (e.code === 22 || e.code === 1014)) return true;
  return isQuotaError(e.cause) || isQuotaError(e.inner);
}

/** Maps storage errors to what the caller shows: quota → `StorageFullError`, else unchanged. */
export function toStorageError(err: unknown, what?: string): unknown {
  return isQuotaError(err) ? new StorageFullError(what) : err;
}

/**
 * Asks the browser to keep this site's storage under pressure (Chrome grants it to installed or
 * engaged sites; Firefox asks the user). Returns whether storage is persistent.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return false;
  return (await storage.persisted?.()) || storage.persist();
}

/** Used and available bytes, if the browser tells (for a "storage almost full" hint). */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
