import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedValue, LlmCache } from './cache';

/** File name of the cache inside its directory. */
export const CACHE_FILE = 'llm-cache.jsonl';

/**
 * A file-backed cache for Node (CLI, benchmarks): one JSON line `{"k": key, "v": value}` per entry
 * in `<dir>/llm-cache.jsonl`. Appending keeps writes cheap and crash-safe (a torn last line is
 * skipped on load); the whole file is read into memory on first use.
 */
export class FileLlmCache implements LlmCache {
  private map: Map<string, CachedValue> | null = null;
  private loading: Promise<Map<string, CachedValue>> | null = null;
  private writes: Promise<void> = Promise.resolve();
  readonly path: string;

  constructor(private readonly dir: string) {
    this.path = join(dir, CACHE_FILE);
  }

  async get(key: string): Promise<CachedValue | undefined> {
    return (await this.load()).get(key);
  }

  async set(key: string, value: CachedValue): Promise<void> {
    const map = await this.load();
    if (map.has(key)) return;
    map.set(key, value);
    const line = JSON.stringify({ k: key, v: value }) + '\n';
    // Serialise appends so concurrent writers never interleave partial lines.
    this.writes = this.writes.then(async () => {
      await mkdir(this.dir, { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    return this.writes;
  }

  /** Entries loaded so far (loads the file if needed). */
  async size(): Promise<number> {
    return (await this.load()).size;
  }

  /** Resolves when every pending append has reached the file. */
  flush(): Promise<void> {
    return this.writes;
  }

  private load(): Promise<Map<string, CachedValue>> {
    if (this.map) return Promise.resolve(this.map);
    this.loading ??= (async () => {
      const map = new Map<string, CachedValue>();
      let text = '';
      try {
        text = await readFile(this.path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const { k, v } = JSON.parse(line) as { k: string; v: CachedValue };
          if (typeof k === 'string' && v) map.set(k, v);
        } catch {
          // A torn line from an interrupted run: skip it, the entry is simply re-requested.
        }
      }
      this.map = map;
      return map;
    })();
    return this.loading;
  }
}
