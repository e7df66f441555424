import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import saltmerePersonas from '../scenarios/saltmere/personas.json';
import { smallScenario } from '../sim/testing/smallTown';
import { checkWritable, loadScenario } from './scenarioArgs';

/** Writes JSON files into a fresh folder; returns their paths. */
function files(contents: Record<string, unknown>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'gt-town-'));
  const paths: Record<string, string> = {};
  for (const [name, value] of Object.entries(contents)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], JSON.stringify(value));
  }
  return paths;
}

describe('checkWritable', () => {
  it('makes the folder and leaves nothing behind', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gt-')), 'a', 'b');
    checkWritable(join(dir, 'out.json'), '--out');
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('names the flag and the path when it cannot write', () => {
    expect(() => checkWritable('/dev/null/x/out.json', '--out')).toThrow(
      /Cannot write --out "\/dev\/null\/x\/out.json"/,
    );
  });
});

describe('loadScenario', () => {
  const s = smallScenario();

  it("applies a personas file's town header: name, start time and weekday", () => {
    const p = files({
      'map.json': s.map,
      'people.json': {
        town: { name: 'Test Hollow', start: { weekday: 'tuesday', time: '08:15' } },
        personas: s.personas,
        storylines: s.storylines,
      },
    });
    const scenario = loadScenario({ map: p['map.json'], personas: p['people.json'] });
    expect(scenario).toMatchObject({
      id: 'custom',
      name: 'Test Hollow',
      startMinute: 8 * 60 + 15,
      firstWeekday: 1,
    });
  });

  it("keeps the bundled town's name and start when the file has no header", () => {
    const people: Record<string, unknown> = { ...saltmerePersonas };
    delete people.town;
    const p = files({ 'people.json': people });
    const scenario = loadScenario({ town: 'saltmere', personas: p['people.json'] });
    expect(scenario.id).toBe('custom');
    expect(scenario).toMatchObject({ name: 'Saltmere', startMinute: 330, firstWeekday: 3 });
  });

  it('refuses a bad header, naming the file and the field', () => {
    const p = files({
      'people.json': { town: { start: { time: '6am' } }, personas: s.personas },
    });
    expect(() => loadScenario({ personas: p['people.json'] })).toThrow(
      `Invalid personas file "${p['people.json']}": town.start.time: expected a 24-hour time "HH:MM"`,
    );
  });

  it('lists every problem of a broken town, each with its file', () => {
    const personas = structuredClone(s.personas);
    personas[1].home = { sector: 'Nowhere Lane' };
    const map = structuredClone(s.map) as { layers: { name: string }[] };
    map.layers = map.layers.filter((l) => l.name !== 'regions');
    const p = files({ 'map.json': map, 'people.json': { personas } });
    let message = '';
    try {
      loadScenario({ map: p['map.json'], personas: p['people.json'] });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^This town cannot run \(\d+ problems\):/);
    expect(message).toContain(`- map "${p['map.json']}": The map has no "regions" object layer`);
    expect(message).toContain(`- personas file "${p['people.json']}": Ben Marsh (ben): home`);
  });
});
