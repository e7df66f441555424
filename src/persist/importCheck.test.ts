import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TOWN_FILE_VERSION, type TownFile } from './format';
import { decodeTownFile } from './townFile';
import { importTownFile } from './importExport';
import { mapIdentity } from './mapIdentity';
import { SaveStore } from './saveStore';
import { checkTownFile } from './town';

type Layer = { name: string };

/** The current version's frozen fixture (a small town of three), as JSON. */
function fixtureJson(): TownFile {
  const bytes = readFileSync(
    new URL(`./fixtures/town-v${TOWN_FILE_VERSION}.json.gz`, import.meta.url),
  );
  const decoded = decodeTownFile(new Uint8Array(bytes));
  if (!decoded.ok) throw decoded.error;
  return structuredClone(decoded.file);
}

/** A file whose town cannot run: no collision layer, a home off the map, a storyline of nobody. */
function brokenTown(): TownFile {
  const doc = fixtureJson();
  const s = doc.scenario;
  s.map.layers = (s.map.layers as Layer[]).filter(
    (l) => l.name !== 'collision',
  ) as typeof s.map.layers;
  s.personas[1].home = { sector: 'Nowhere Lane' };
  s.storylines = [...s.storylines, { ...s.storylines[0], id: 'ghost-story', seedAgentId: 'ghost' }];
  // Saved that way: the identity matches the (broken) map, so only the town check refuses it.
  s.mapIdentity = mapIdentity(s.map);
  return doc;
}

let dbCount = 0;

describe('importing a town file', () => {
  it('refuses a town that cannot run, listing every problem, and stores nothing', async () => {
    const store = await SaveStore.open({ dbName: `import-check-${++dbCount}` });
    const result = await importTownFile(store, gzipSync(strToU8(JSON.stringify(brokenTown()))));
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/^The town "Fixture town" in this file cannot run \(3 problems\):/);
    expect(message).toMatch(/- scenario\.map: The map has no "collision" tile layer/);
    expect(message).toMatch(
      /- scenario\.personas: Ben Marsh \(ben\): home "Nowhere Lane" is not a sector on the map\. Fix "home"/,
    );
    expect(message).toMatch(/- scenario\.personas: Storyline "ghost-story": seedAgentId "ghost"/);
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('refuses a file whose map is not the one it was saved on, naming both maps', async () => {
    const store = await SaveStore.open({ dbName: `import-check-${++dbCount}` });
    const doc = fixtureJson();
    const saved = doc.scenario.mapIdentity;
    doc.scenario.map = { ...doc.scenario.map, tilewidth: 16, tileheight: 16 };
    const result = await importTownFile(store, gzipSync(strToU8(JSON.stringify(doc))));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain(
      `saved on map ${saved}, but the file carries map ${mapIdentity(doc.scenario.map)}`,
    );
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('stores a town that can run', async () => {
    const store = await SaveStore.open({ dbName: `import-check-${++dbCount}` });
    const doc = fixtureJson();
    // Its map predates place kinds: guessed kinds are warnings, not errors.
    expect(checkTownFile(doc).every((w) => /has no "kind" property; guessed/.test(w))).toBe(true);
    const result = await importTownFile(store, gzipSync(strToU8(JSON.stringify(doc))));
    if (!result.ok) throw result.error;
    expect((await store.list()).map((m) => m.name)).toEqual(['Fixture town']);
    store.close();
  });
});
