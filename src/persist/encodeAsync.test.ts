import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeTownFileAsync, jsonPieces } from './encodeAsync';
import { recordSmallTown } from './testing/liveTown';
import { decodeTownFile, encodeTownFile } from './townFile';

describe('time-sliced encoding', () => {
  it('writes exactly the JSON that JSON.stringify writes', () => {
    const value = {
      a: [1, undefined, 'x', { b: undefined, c: [[], {}], d: null }],
      e: 'quote " and \u2028',
      f: undefined,
      g: { h: 1.5e-7, i: true },
    };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
    expect([...jsonPieces([])].join('')).toBe('[]');
  });

  it('encodes a town to the same content as the synchronous encoder, yielding between slices', async () => {
    const { file } = await recordSmallTown({ scale: 0.5 });
    let yields = 0;
    let clock = 0;
    const bytes = await encodeTownFileAsync(
      { ...file, mind: { kind: 'llm', model: 'm', apiKey: 'sk-secret' } as never },
      {
        // A fake clock that advances 1 ms per reading forces many slices.
        now: () => clock++,
        sliceMs: 50,
        yieldToHost: async () => {
          yields++;
        },
      },
    );
    expect(yields).toBeGreaterThan(10);
    const text = strFromU8(gunzipSync(bytes));
    expect(text).toBe(
      strFromU8(gunzipSync(encodeTownFile({ ...file, mind: { kind: 'llm', model: 'm' } }))),
    );
    expect(text).not.toContain('sk-secret');
    expect(decodeTownFile(bytes).ok).toBe(true);
  });
});
