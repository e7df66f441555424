import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, MemoryLlmCache, packVector, stableStringify, unpackVector } from './cache';
import { FileLlmCache } from './nodeFileCache';

describe('content hash', () => {
  it('ignores key order and changes with content', async () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe(
      '{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    const a = await contentHash({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash({ messages: [{ content: 'hi', role: 'user' }], model: 'm' })).toBe(a);
    expect(
      await contentHash({ model: 'm2', messages: [{ role: 'user', content: 'hi' }] }),
    ).not.toBe(a);
  });
});

describe('caches', () => {
  it('memory cache drops the oldest entries past its bound', async () => {
    const c = new MemoryLlmCache(2);
    for (const k of ['a', 'b', 'c']) await c.set(k, { type: 'embedding', f32: k });
    expect(await c.get('a')).toBeUndefined();
    expect(await c.get('c')).toEqual({ type: 'embedding', f32: 'c' });
    expect(c.size).toBe(2);
  });

  it('vectors survive packing as Float32', () => {
    const v = [0.1, -0.25, 1 / 3];
    expect(unpackVector(packVector(v))).toEqual(Array.from(Float32Array.from(v)));
  });

  it('file cache persists across instances and skips a torn last line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-file-cache-'));
    try {
      const a = new FileLlmCache(dir);
      const value = {
        type: 'chat' as const,
        text: '{"ok":true}',
        promptTokens: 3,
        completionTokens: 2,
      };
      await Promise.all([a.set('k1', value), a.set('k2', { type: 'embedding', f32: 'AAAA' })]);
      await a.flush();
      await appendFile(a.path, '{"k":"k3","v":{"type":"ch'); // an interrupted write
      const b = new FileLlmCache(dir);
      expect(await b.get('k1')).toEqual(value);
      expect(await b.get('k3')).toBeUndefined();
      expect(await b.size()).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
