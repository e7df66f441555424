import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Engine } from '../sim/engine';
import { worldHash } from '../sim/snapshot';
import type { TownFile } from './format';
import { recordSmallTown, type LiveRun } from './testing/liveTown';
import { openTown, scenarioRecord, summarizeTown } from './town';
import { TOWN_FILE_VERSION, decodeTownFile, encodeTownFile, encodeTownJson } from './townFile';

let live: LiveRun;
beforeAll(async () => {
  live = await recordSmallTown({ scale: 0.5 });
});

/** The file as JSON text, edited, then packed again. */
// Tests break the file on purpose, so the document is untyped here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function tampered(edit: (doc: Record<string, any>) => void): Uint8Array {
  const doc = JSON.parse(JSON.stringify(live.file));
  edit(doc);
  return encodeTownJson(doc);
}

function errorOf(bytes: Uint8Array): string {
  const result = decodeTownFile(bytes);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error.message;
}

describe('town file round trip', () => {
  it('exports and imports to the same world hash, and continues identically', async () => {
    const bytes = encodeTownFile(live.file);
    expect(bytes[0]).toBe(0x1f);
    const decoded = decodeTownFile(bytes);
    if (!decoded.ok) throw decoded.error;
    expect(decoded.migratedFrom).toBeUndefined();
    const { world } = openTown(decoded.file);
    expect(worldHash(world)).toBe(worldHash(live.engine.world));

    const a = new Engine(world, new OfflineMind());
    const b = new Engine(openTown(live.file).world, new OfflineMind());
    for (let i = 0; i < 200; i++) {
      await a.tick();
      await b.tick();
    }
    expect(worldHash(a.world)).toBe(worldHash(b.world));
  });

  it('also accepts the unpacked file, and the town as one JSON document', () => {
    const unpacked = gunzipSync(encodeTownFile(live.file));
    expect(decodeTownFile(unpacked).ok).toBe(true);
    const json = strToU8(JSON.stringify(live.file));
    const decoded = decodeTownFile(json);
    expect(decoded.ok).toBe(true);
  });

  it('summarises a town for a save slot', () => {
    const s = summarizeTown(live.engine.world, { kind: 'llm', model: 'gpt-4o-mini' });
    expect(s).toMatchObject({ day: 1, agents: 3, mind: 'gpt-4o-mini' });
    expect(s.time).toMatch(/^\d\d:\d\d$/);
    expect(summarizeTown(live.file.world).mind).toBe('offline');
  });

  it('never writes an API key, and drops one found in a file', () => {
    const secret = 'sk-test-1234567890abcdef';
    const file = {
      ...live.file,
      mind: {
        kind: 'llm',
        model: 'gpt-4o',
        apiKey: secret,
        baseURL: 'x',
        headers: { authorization: secret },
      },
      scenario: scenarioRecord({
        ...live.scenario,
        map: { ...(live.scenario.map as object), properties: [{ name: 'x', apiKey: secret }] },
      }),
    } as unknown as TownFile;
    const text = strFromU8(gunzipSync(encodeTownFile(file)));
    expect(text).not.toContain(secret);
    expect(text).not.toContain('apiKey');
    expect(JSON.parse(text).mind).toEqual({ kind: 'llm', model: 'gpt-4o' });

    const leaky = tampered((d) => {
      d.mind = { kind: 'llm', model: secret, api_key: secret };
    });
    const decoded = decodeTownFile(leaky);
    if (!decoded.ok) throw decoded.error;
    expect(decoded.file.mind).toEqual({ kind: 'llm' });
  });
});

describe('town file errors', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['an empty file', () => new Uint8Array(0), /^The file is empty\.$/],
    [
      'a picture',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      /^Not a Generative Town file: the file is truncated or not gzip-compressed\.$/,
    ],
    [
      'a truncated file',
      () => {
        const bytes = encodeTownFile(live.file);
        return bytes.subarray(0, bytes.length >> 1);
      },
      /^The file is truncated/,
    ],
    [
      'a truncated file encoded in slices (cut at a block boundary)',
      () => {
        const bytes = encodeTownFile(live.file);
        // Cutting off only the trailer leaves a stream that inflates completely.
        return bytes.subarray(0, bytes.length - 8);
      },
      /^The file is truncated/,
    ],
    ['gzip of something else', () => gzipSync(strToU8('hello')), /not valid JSON/],
    [
      'JSON of something else',
      () => gzipSync(strToU8('{"hello":1}')),
      /^Not a Generative Town file\.$/,
    ],
    [
      'a newer version',
      () => tampered((d) => (d.schemaVersion = TOWN_FILE_VERSION + 1)),
      new RegExp(
        `^Saved with a newer version \\(${TOWN_FILE_VERSION + 1}\\) than this app supports \\(${TOWN_FILE_VERSION}\\)`,
      ),
    ],
    [
      'a broken version',
      () => tampered((d) => (d.schemaVersion = 'one')),
      /^Invalid town file: schemaVersion: expected a whole number, found "one"$/,
    ],
    [
      'a wrong type',
      () => tampered((d) => (d.world.agents[2].tile = 'x')),
      /^Invalid town file: world\.agents\[2\]\.tile: expected a number, found text$/,
    ],
    [
      'a missing field',
      () => tampered((d) => delete d.world.agents[0].memory),
      /^Invalid town file: world\.agents\[0\]\.memory: missing \(expected an object\)$/,
    ],
    [
      'an unknown field',
      () => tampered((d) => (d.world.agents[1].mood = 'sad')),
      /^Invalid town file: world\.agents\[1\]: unexpected field "mood"$/,
    ],
    [
      'an unknown command',
      () => tampered((d) => (d.tape.entries[0].command.type = 'explode')),
      /^Invalid town file: tape\.entries\[0\]\.command\.type: expected "whisper" or "interview"/,
    ],
    [
      'a truncated embedding matrix',
      () =>
        tampered((d) => {
          const m = d.world.agents.find((a: { memory: { dim: number } }) => a.memory.dim).memory;
          m.embeddings = m.embeddings.slice(0, -8);
        }),
      /world\.agents\[\d\]\.memory\.embeddings: the embedding matrix has the wrong size/,
    ],
    [
      'a tile off the map',
      () => tampered((d) => (d.world.agents[1].tile = 30 * 20 + 5)),
      /^Invalid town file: world\.agents\[1\]\.tile: lies outside the 30×20 map$/,
    ],
    [
      'an absurd map',
      () => tampered((d) => (d.scenario.map.width = 1e7)),
      /^Invalid town file: scenario\.map\.width: the map is larger than/,
    ],
    [
      'an absurd list',
      () => tampered((d) => (d.world.agents = new Array(5000).fill(0))),
      /^Invalid town file: world\.agents: too long \(at most 1000 items\)$/,
    ],
    [
      'a __proto__ key',
      () => {
        const text = strFromU8(gunzipSync(encodeTownFile(live.file))).replace(
          '"facing":',
          '"__proto__":{"polluted":true},"facing":',
        );
        return gzipSync(strToU8(text));
      },
      /^Invalid town file: (initial|world)\.agents\[0\]: forbidden field name "__proto__"$/,
    ],
    [
      'a constructor key',
      () => tampered((d) => (d.tape.answers = { constructor: { prototype: 1 } })),
      /^Invalid town file: tape\.answers: forbidden field name "constructor"$/,
    ],
    [
      'an infinite number',
      () => {
        const text = strFromU8(gunzipSync(encodeTownFile(live.file))).replace(
          /"nextId":\d+/,
          '"nextId":1e999',
        );
        return gzipSync(strToU8(text));
      },
      /^Invalid town file: (initial|world)\.nextId: a number is out of range$/,
    ],
    [
      'deep nesting',
      () => tampered((d) => (d.name = JSON.parse('['.repeat(200) + ']'.repeat(200)))),
      /^Invalid town file: name(\[0\])+: nested too deeply$/,
    ],
    [
      'a bad date',
      () => tampered((d) => (d.savedAt = 'yesterday')),
      /^Invalid town file: savedAt: expected a date and time$/,
    ],
  ];
  for (const [what, make, message] of cases)
    it(`explains ${what}`, () => {
      expect(errorOf(make())).toMatch(message);
    });

  it('rejects a decompression bomb without unpacking all of it', () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024).fill(0x20));
    const result = decodeTownFile(bomb, { maxJsonBytes: 1024 * 1024 });
    expect(!result.ok && result.error.message).toBe(
      'The town is too large to open (over 1 MB unpacked).',
    );
    expect(!result.ok && result.error.problem).toBe('too-large');
  });

  it('never lets a prototype key reach an object prototype', () => {
    const text = strFromU8(gunzipSync(encodeTownFile(live.file))).replace(
      '"kind":"generative-town"',
      '"kind":"generative-town","__proto__":{"isAdmin":true}',
    );
    expect(errorOf(gzipSync(strToU8(text)))).toMatch(/forbidden field name "__proto__"/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
