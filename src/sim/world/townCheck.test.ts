import { describe, expect, it } from 'vitest';
import { bundledScenario, TOWN_IDS } from '../../scenarios';
import { smallScenario } from '../testing/smallTown';
import { checkTown, townProblems } from './townCheck';

type Layer = { name: string; type: string; data?: number[]; objects?: { type?: string }[] };

/** The small town with one problem of each kind a person, event or storyline can have. */
function brokenTown() {
  const s = smallScenario();
  const map = structuredClone(s.map) as { width: number; layers: Layer[] };
  const collision = map.layers.find((l) => l.name === 'collision')!;
  // A wall from top to bottom between the homes (west) and the café (east).
  collision.data = collision.data!.map((v, i) => (i % map.width === 10 ? 1 : v));
  const personas = structuredClone(s.personas);
  const [ada, ben] = personas;
  ada.workplace = { sector: 'Corner Café', arena: 'cellar' };
  ada.hobbies = [
    { activity: 'rowing', place: { sector: 'The Lake' } },
    { activity: 'reading', place: { sector: 'Corner Café' } },
  ];
  ben.home = { sector: 'Nowhere Lane' };
  const event = ada.seedMemories[0].event!;
  event.endHour = event.startHour - 1;
  event.hostId = 'ghost';
  event.place = { sector: 'Corner Café', arena: 'café', object: 'piano' };
  const storylines = [
    ...s.storylines,
    { ...s.storylines[0], id: 'x', seedAgentId: 'ghost' },
    { ...s.storylines[0], id: 'y', seedAgentId: 'cleo', eventId: 'zzz' },
  ];
  return { map, personas, storylines };
}

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

  it('keeps its wording and order (the CLI and the page print these lines)', () => {
    const b = brokenTown();
    const c = checkTown(b.map, b.personas, b.storylines, { map: 'M', personas: 'P' });
    expect(c.errors).toEqual([
      'P: Ada Quill\'s event "tasting" ends (16) before it starts (17). Fix startHour/endHour.',
      'P: Ada Quill\'s event "tasting": host "ghost" is nobody in the personas file.',
      'P: Ada Quill\'s event "tasting": place "Corner Café, café" has no object "piano".',
      'P: Ben Marsh (ben): home "Nowhere Lane" is not a sector on the map. Fix "home" in the personas file.',
      'P: Storyline "x": seedAgentId "ghost" is nobody in the personas file.',
      'P: Storyline "y": Cleo Fern has no seed memory with event "zzz".',
    ]);
    expect(c.warnings).toEqual([
      'Sector "Ash House" has no "kind" property; guessed "home" (home of Ada Quill).',
      'Sector "Birch House" has no "kind" property; guessed "home" (home of Cleo Fern).',
      'Sector "Corner Café" has no "kind" property; guessed "work" (workplace of Ada Quill).',
      'Sector "Green Park" has no "kind" property; guessed "park" (no walls around it).',
      'Ada Quill\'s workplace "Corner Café" has no arena "cellar".',
      'Ada Quill\'s pastime "rowing": "The Lake" is not a sector on the map.',
      'Ada Quill cannot walk from home to the pastime place "Corner Café": no open path. Check doors in the collision layer.',
    ]);

    const s = smallScenario();
    const noSectors = structuredClone(s.map) as { layers: Layer[] };
    noSectors.layers = noSectors.layers.filter((l) => l.name !== 'collision');
    const regions = noSectors.layers.find((l) => l.name === 'regions')!;
    regions.objects = [];
    expect(checkTown(noSectors, [], [], { map: 'M' }).errors).toEqual([
      'M: The map has no "collision" tile layer: people would walk through walls and water. Add one (see docs/maps.md).',
      'M: The "regions" layer has no sector rectangles (objects of type "sector").',
    ]);
    const noRegions = structuredClone(s.map) as { layers: Layer[] };
    noRegions.layers = noRegions.layers.filter((l) => l.name !== 'regions');
    const c2 = checkTown(noRegions, s.personas, s.storylines);
    expect(c2.errors).toEqual([
      'The map has no "regions" object layer: there are no places. Add sector, arena and object rectangles (see docs/maps.md).',
      'Ada Quill (ada): home "Ash House" is not a sector on the map. Fix "home" in the personas file.',
      'Ben Marsh (ben): home "Birch House" is not a sector on the map. Fix "home" in the personas file.',
      'Cleo Fern (cleo): home "Birch House" is not a sector on the map. Fix "home" in the personas file.',
    ]);
    expect(c2.warnings).toEqual([
      'Ada Quill\'s workplace "Corner Café" is not a sector on the map.',
      'Ben Marsh\'s workplace "Green Park" is not a sector on the map.',
    ]);
  });

  it('gives every problem the path of its field, in the order of its line', () => {
    const b = brokenTown();
    const c = checkTown(b.map, b.personas, b.storylines);
    const ev = ['personas', 0, 'seedMemories', 0, 'event'];
    expect(c.problems.filter((p) => p.level === 'error').map((p) => p.path)).toEqual([
      [...ev, 'endHour'],
      [...ev, 'hostId'],
      [...ev, 'place'],
      ['personas', 1, 'home'],
      ['storylines', 1, 'seedAgentId'],
      ['storylines', 2, 'eventId'],
    ]);
    expect(c.problems.filter((p) => p.level === 'warning').map((p) => p.path)).toEqual([
      ['map'],
      ['map'],
      ['map'],
      ['map'],
      ['personas', 0, 'workplace'],
      ['personas', 0, 'hobbies', 0, 'place'],
      ['personas', 0, 'hobbies', 1, 'place'],
    ]);
    // Each path names a field that is there in the personas file.
    const file: unknown = { personas: b.personas, storylines: b.storylines };
    for (const p of c.problems) {
      if (p.path[0] === 'map') continue;
      const value = p.path.reduce<unknown>(
        (at, key) => (at as Record<string | number, unknown> | undefined)?.[key],
        file,
      );
      expect(value, p.message).toBeDefined();
    }
    // The lines are the problems' messages.
    expect(c.warnings).toEqual(
      c.problems.filter((p) => p.level === 'warning').map((p) => p.message),
    );
  });

  it('refuses two storylines with one id and warns of relationships to nobody', () => {
    const s = smallScenario();
    const personas = structuredClone(s.personas);
    personas[1].relationships = [
      ...personas[1].relationships,
      { id: 'ghost', relation: 'my pen pal', closeness: 0.5 },
    ];
    const storylines = [...s.storylines, { ...s.storylines[0] }];
    const k = storylines.length - 1;
    const c = checkTown(s.map, personas, storylines);
    expect(c.problems.filter((p) => p.level === 'error')).toEqual([
      {
        level: 'error',
        path: ['storylines', k, 'id'],
        message: `Storyline "${s.storylines[0].id}": storyline 1 has this id too. Give each storyline its own id.`,
      },
    ]);
    const j = personas[1].relationships.length - 1;
    expect(c.problems).toContainEqual({
      level: 'warning',
      path: ['personas', 1, 'relationships', j, 'id'],
      message: `Ben Marsh's relationship "my pen pal" names "ghost", who is nobody in this town: it will be ignored.`,
    });
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
