import { base64ToBytes, bytesToBase64 } from '../../sim/memory/base64';

/**
 * A cached chat reply (the raw text, re-validated on use) or one embedding vector (Float32 as
 * base64: a quarter of the JSON size, and the memory stream stores Float32 anyway).
 */
export type CachedValue =
  | { type: 'chat'; text: string; promptTokens: number; completionTokens: number }
  | { type: 'embedding'; f32: string };

/**
 * Where replies are kept by content hash. Async and minimal so it can sit on IndexedDB (browser),
 * a file (CLI) or memory. Implementations may drop entries; a miss only costs a request.
 */
export interface LlmCache {
  get(key: string): Promise<CachedValue | undefined>;
  set(key: string, value: CachedValue): Promise<void>;
}

/** An in-memory cache with a size bound (oldest entries go first). */
export class MemoryLlmCache implements LlmCache {
  private map = new Map<string, CachedValue>();

  constructor(private readonly maxEntries = 50_000) {}

  get size(): number {
    return this.map.size;
  }

  async get(key: string): Promise<CachedValue | undefined> {
    return this.map.get(key);
  }

  async set(key: string, value: CachedValue): Promise<void> {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }
}

/** JSON with object keys sorted, so equal content always hashes the same. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** SHA-256 (hex) of some JSON content, via WebCrypto (Node 20 and browsers alike). */
export async function contentHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(stableStringify(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Packs a vector for the cache. */
export function packVector(v: number[]): string {
  return bytesToBase64(new Uint8Array(Float32Array.from(v).buffer));
}

/** Unpacks a cached vector. */
export function unpackVector(b64: string): number[] {
  const bytes = base64ToBytes(b64);
  const copy = new Uint8Array(bytes); // aligned copy for the Float32Array view
  return Array.from(new Float32Array(copy.buffer, 0, copy.byteLength >> 2));
}
