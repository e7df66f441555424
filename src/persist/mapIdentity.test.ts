import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import otherMap from '../scenarios/saltmere/town.json';
import { TownFileError } from './errors';
import { TOWN_FILE_VERSION, type TownFile } from './format';
import { MAP_IDENTITY_PATTERN, mapIdentity } from './mapIdentity';
import { openTown } from './town';
import { decodeTownFile } from './townFile';

type Layer = { name: string; data?: number[] };

/** The current version's frozen fixture, as JSON (a small 30 × 20 town). */
function fixtureJson(): TownFile {
  const bytes = readFileSync(
    new URL(`./fixtures/town-v${TOWN_FILE_VERSION}.json.gz`, import.meta.url),
  );
  const decoded = decodeTownFile(new Uint8Array(bytes));
  if (!decoded.ok) throw decoded.error;
  return structuredClone(decoded.file);
}

function pack(doc: unknown): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(doc)));
}

function refusal(bytes: Uint8Array): TownFileError {
  const result = decodeTownFile(bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('mapIdentity', () => {
  it('is the size and a hash of the content, whatever the key order', () => {
    const doc = fixtureJson();
    const map = doc.scenario.map;
    const id = mapIdentity(map);
    expect(id).toMatch(MAP_IDENTITY_PATTERN);
    expect(id).toMatch(/^30x20-/);
    expect(id).toBe(doc.scenario.mapIdentity);
    const reordered = Object.fromEntries(Object.entries(map).reverse());
    expect(mapIdentity(reordered)).toBe(id);
    const edited = structuredClone(map) as unknown as { layers: Layer[] };
    const collision = edited.layers.find((l) => l.name === 'collision')!;
    collision.data![0] = collision.data![0] ? 0 : 1;
    expect(mapIdentity(edited)).not.toBe(id);
    expect(mapIdentity(edited).slice(0, 6)).toBe('30x20-');
  });
});

describe('a town file opened on another map', () => {
  it('is refused when its map was edited after saving, naming both identities', () => {
    const doc = fixtureJson();
    const saved = doc.scenario.mapIdentity;
    const collision = (doc.scenario.map.layers as Layer[]).find((l) => l.name === 'collision')!;
    collision.data![5] = collision.data![5] ? 0 : 1;
    const now = mapIdentity(doc.scenario.map);
    const error = refusal(pack(doc));
    expect(error.problem).toBe('invalid');
    expect(error.path).toBe('scenario.mapIdentity');
    expect(error.message).toContain(`saved on map ${saved}`);
    expect(error.message).toContain(`carries map ${now}`);
  });

  it('is refused when its map was swapped for another (decoded or opened directly)', () => {
    const doc = fixtureJson();
    const swapped = { ...doc, scenario: { ...doc.scenario, map: otherMap } } as TownFile;
    const other = mapIdentity(otherMap);
    expect(other).not.toBe(doc.scenario.mapIdentity);
    const both = new RegExp(
      `saved on map ${doc.scenario.mapIdentity}, but the file carries map ${other}`,
    );
    expect(refusal(pack(swapped)).message).toMatch(both);
    expect(() => openTown(swapped)).toThrow(both);
    expect(() => openTown(swapped)).toThrow(TownFileError);
  });

  it('opens when the map is the one recorded, and refuses a malformed identity', () => {
    const doc = fixtureJson();
    expect(openTown(doc).world.step).toBe(doc.world.step);
    const error = refusal(pack({ ...doc, scenario: { ...doc.scenario, mapIdentity: 'abc' } }));
    expect(error.message).toMatch(
      /^Invalid town file: scenario\.mapIdentity: expected a map identity/,
    );
  });
});
