import { openTownDb, type TownDatabase } from './db';

/**
 * The LLM mind's reply cache on IndexedDB (object store `llmCache`, keyed by content hash).
 * Best effort by design: a failed read is a miss and a failed write (e.g. storage full) is
 * reported to `onError` and otherwise ignored — a cache must never break the mind. Satisfies
 * `{ get(key): Promise<V | undefined>; set(key, value): Promise<void> }`; pass the LLM's value
 * type as V (e.g. `new LlmCacheStore<CachedValue>(db)`).
 */
export class LlmCacheStore<V = unknown> {
  constructor(
    private readonly db: TownDatabase,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Opens the app database and wraps it. */
  static async open<V = unknown>(
    opts: { dbName?: string; onError?: (err: unknown) => void } = {},
  ): Promise<LlmCacheStore<V>> {
    return new LlmCacheStore<V>(await openTownDb(opts.dbName), opts.onError);
  }

  async get(key: string): Promise<V | undefined> {
    try {
      return (await this.db.get('llmCache', key)) as V | undefined;
    } catch (err) {
      this.onError(err);
      return undefined;
    }
  }

  async set(key: string, value: V): Promise<void> {
    try {
      await this.db.put('llmCache', value, key);
    } catch (err) {
      this.onError(err);
    }
  }

  /** Empties the cache (a "clear LLM cache" button, or to free space). */
  async clear(): Promise<void> {
    await this.db.clear('llmCache');
  }
}
