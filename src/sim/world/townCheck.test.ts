import { describe, expect, it } from 'vitest';
import { bundledScenario, TOWN_IDS } from '../../scenarios';
import { smallScenario } from '../testing/smallTown';
import { checkTown, townProblems } from './townCheck';

type Layer = { name: string; type: string; data?: number[] };

describe('checkTown', () => {
  it('passes the bundled towns and the small test town without errors', () => {
    for (const s of [...TOWN_IDS.map((id) => bundledScenario(id)), smallScenario()]) {
      const c = checkTown(s.map, s.personas, s.storylines);
      expect(c.errors, s.id).toEqual([]);
      expect(
        c.warnings.filter((w) => /cannot walk/.test(w)),
        s.id,
      ).toEqual([]);
    }
  });

  it('lists every problem at once', () => {
    const s = smallScenario();
    const map = structuredClone(s.map) as { layers: Layer[] };
    map.layers = map.layers.filter((l) => l.name !== 'collision');
    const personas = structuredClone(s.personas);
    personas[1].home = { sector: 'Nowhere Lane' };
    const event = personas[0].seedMemories[0].event!;
    event.endHour = event.startHour - 1;
    const storylines = [...s.storylines, { ...s.storylines[0], id: 'x', seedAgentId: 'ghost' }];
    const { errors } = checkTown(map, personas, storylines);
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toMatch(/no "collision" tile layer/);
    expect(errors.join('\n')).toMatch(/Ben Marsh \(ben\): home "Nowhere Lane" is not a sector/);
    expect(errors.join('\n')).toMatch(/event "tasting" ends .* before it starts/);
    expect(errors.join('\n')).toMatch(/Storyline "x": seedAgentId "ghost"/);
  });

  it('names the file of each error when told, and joins them in one message', () => {
    const s = smallScenario();
    const map = structuredClone(s.map) as { layers: Layer[] };
    map.layers = map.layers.filter((l) => l.name !== 'collision');
    const personas = structuredClone(s.personas);
    personas[1].home = { sector: 'Nowhere Lane' };
    const { errors } = checkTown(map, personas, s.storylines, {
      map: 'map "m.json"',
      personas: 'personas file "p.json"',
    });
    expect(townProblems(errors, 'Nope')).toBe(
      [
        'Nope (2 problems):',
        '- map "m.json": The map has no "collision" tile layer: people would walk through walls and water. Add one (see docs/maps.md).',
        '- personas file "p.json": Ben Marsh (ben): home "Nowhere Lane" is not a sector on the map. Fix "home" in the personas file.',
      ].join('\n'),
    );
    expect(townProblems(['x'])).toBe('This town cannot run (1 problem):\n- x');
  });

  it('warns when a workplace cannot be reached from home', () => {
    const s = smallScenario();
    const map = structuredClone(s.map) as { width: number; layers: Layer[] };
    const collision = map.layers.find((l) => l.name === 'collision')!;
    // A wall from top to bottom between Ada's home (west) and her café (east).
    collision.data = collision.data!.map((v, i) => (i % map.width === 10 ? 1 : v));
    const { warnings } = checkTown(map, s.personas, s.storylines);
    expect(warnings.some((w) => /Ada Quill cannot walk from home to the workplace/.test(w))).toBe(
      true,
    );
  });
});
