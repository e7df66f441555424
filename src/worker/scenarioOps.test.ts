import { describe, expect, it } from 'vitest';
import { decodeTownFile, type SaveSummary } from '../persist';
import type { ScenarioDraft } from '../protocol';
import { scenarioFromFiles } from '../sim/scenario';
import { ScenarioOps } from './scenarioOps';

function ops() {
  const adopted: { name: string; bytes: Uint8Array; summary: SaveSummary }[] = [];
  const o = new ScenarioOps({
    mindInfo: () => ({ kind: 'offline' }),
    adoptTown: async (town) => {
      adopted.push(town);
      return 'town-1';
    },
  });
  return { h: o.handlers(), adopted, o };
}

async function template(townId = 'saltmere'): Promise<ScenarioDraft> {
  const { mapChoice, personas } = await ops().h.scenarioTemplate({
    kind: 'scenarioTemplate',
    townId,
  });
  return { version: 1, mapChoice, personas };
}

describe('ScenarioOps', () => {
  it("copies a bundled town's people, with its name and start in the header", async () => {
    const d = await template();
    expect(d.mapChoice).toEqual({ kind: 'bundled', townId: 'saltmere' });
    expect(d.personas.town?.start?.time).toMatch(/^\d\d:\d\d$/);
    expect(d.personas.personas.length).toBeGreaterThan(5);
    const { h } = ops();
    expect(await h.checkScenario({ kind: 'checkScenario', draft: d })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('exports the pair the CLI loads, and starts the same town from it', async () => {
    const d = await template();
    d.personas.town = { ...d.personas.town, name: 'Edited' };
    d.personas.personas[0].currently = 'Something new is on their mind.';
    const { h, adopted } = ops();
    const files = await h.exportScenario({ kind: 'exportScenario', draft: d });
    const fromFiles = scenarioFromFiles(
      'custom',
      JSON.parse(files.map),
      JSON.parse(files.personas),
    );
    expect(fromFiles.name).toBe('Edited');

    expect(await h.startScenario({ kind: 'startScenario', draft: d, seed: 3 })).toEqual({
      townId: 'town-1',
    });
    expect(adopted).toHaveLength(1);
    expect(adopted[0].name).toBe('Edited');
    const decoded = decodeTownFile(adopted[0].bytes);
    if (!decoded.ok) throw decoded.error;
    const scenario = decoded.file.scenario;
    expect(scenario.personas).toEqual(fromFiles.personas);
    expect(scenario.storylines).toEqual(fromFiles.storylines);
    expect(decoded.file.world.seed).toBe(3);
  });

  it('refuses to start a town that cannot run, naming every problem', async () => {
    const d = await template();
    d.personas.personas[0].home = { sector: 'Nowhere Lane' };
    const { h, adopted } = ops();
    await expect(h.startScenario({ kind: 'startScenario', draft: d })).rejects.toThrow(
      /cannot start \(1 problem\):\n- .*Nowhere Lane/,
    );
    expect(adopted).toHaveLength(0);
  });

  it('reads imported files by their content, and says what is wrong with a bad one', async () => {
    const { h } = ops();
    const d = await template();
    const files = await h.exportScenario({ kind: 'exportScenario', draft: d });
    const map = await h.readScenarioFile({
      kind: 'readScenarioFile',
      fileName: 'm.json',
      text: files.map,
    });
    expect(map).toMatchObject({ kind: 'map', mapChoice: { kind: 'upload', fileName: 'm.json' } });
    const people = await h.readScenarioFile({
      kind: 'readScenarioFile',
      fileName: 'p.json',
      text: files.personas,
    });
    expect(people.kind).toBe('personas');
    expect(() =>
      h.readScenarioFile({ kind: 'readScenarioFile', fileName: 'x.json', text: '{oops' }),
    ).toThrow(/"x\.json" is not a JSON file/);
    const broken = JSON.stringify({ ...JSON.parse(files.map), layers: [] });
    expect(() =>
      h.readScenarioFile({ kind: 'readScenarioFile', fileName: 'b.json', text: broken }),
    ).toThrow(/This map cannot be used \(\d problems?\)/);
  });

  it('reads each map once: checks of an unchanged map only check the people', async () => {
    const d = await template();
    const { h, o } = ops();
    await h.scenarioMap({ kind: 'scenarioMap', mapChoice: d.mapChoice });
    const first = await h.checkScenario({ kind: 'checkScenario', draft: structuredClone(d) });
    d.personas.personas[0].home = { sector: 'Nowhere Lane' };
    const second = await h.checkScenario({ kind: 'checkScenario', draft: structuredClone(d) });
    expect(o.mapReads).toBe(1);
    expect(first.errors).toEqual([]);
    expect(second.errors.map((e) => e.path)).toEqual(['personas.0.home']);

    // An uploaded map is known by its content: the same content is read once, a change again.
    const files = await h.exportScenario({ kind: 'exportScenario', draft: d });
    const read = await h.readScenarioFile({
      kind: 'readScenarioFile',
      fileName: 'm.json',
      text: files.map,
    });
    if (read.kind !== 'map') throw new Error('expected a map');
    const up = { ...d, mapChoice: read.mapChoice };
    await h.checkScenario({ kind: 'checkScenario', draft: structuredClone(up) });
    expect(o.mapReads).toBe(2);
    const changed = JSON.parse(files.map) as { layers: { name: string }[] };
    changed.layers = changed.layers.filter((l) => l.name !== 'collision');
    const broken = await h.checkScenario({
      kind: 'checkScenario',
      draft: { ...up, mapChoice: { kind: 'upload', fileName: 'm.json', map: changed } },
    });
    expect(o.mapReads).toBe(3);
    expect(broken.errors).toContainEqual({
      path: 'map',
      message: expect.stringMatching(/no "collision" tile layer/),
    });
  });

  it('knows an uploaded map by the key made when it was read, and refuses one over the limits', async () => {
    const d = await template();
    const { h, o } = ops();
    const files = await h.exportScenario({ kind: 'exportScenario', draft: d });
    const read = await h.readScenarioFile({
      kind: 'readScenarioFile',
      fileName: 'm.json',
      text: files.map,
    });
    if (read.kind !== 'map' || read.mapChoice.kind !== 'upload') throw new Error('expected a map');
    expect(read.mapChoice.key).toMatch(/^upload:/);
    expect(o.mapReads).toBe(1);
    // The checks go by the key, not the content (not hashed again): this one is answered with
    // the map read above, though its width is wrong.
    const sameKey = { ...read.mapChoice, map: { ...(read.mapChoice.map as object), width: 1 } };
    const check = await h.checkScenario({
      kind: 'checkScenario',
      draft: { ...d, mapChoice: sameKey },
    });
    expect(check.errors).toEqual([]);
    expect(o.mapReads).toBe(1);

    const huge = { ...(JSON.parse(files.map) as object), width: 5000 };
    expect(() =>
      h.readScenarioFile({
        kind: 'readScenarioFile',
        fileName: 'big.json',
        text: JSON.stringify(huge),
      }),
    ).toThrow(/^"big\.json" cannot be used as a map: width: the map is larger than \d+ tiles/);
    expect(o.mapReads).toBe(1);
  });
});
