import { describe, expect, it } from 'vitest';
import { smallScenario, smallTownMap } from '../testing/smallTown';
import { checkPlaces } from './placeGuess';
import { TownMap } from './townMap';

type Layer = { name: string; objects?: { name: string; properties?: unknown[] }[] };
const regionsOf = (map: unknown) =>
  (map as { layers: Layer[] }).layers.find((l) => l.name === 'regions')!.objects!;

describe('checkPlaces', () => {
  const { personas } = smallScenario();

  it('guesses a kind for every sector without one, and says so', () => {
    const input = smallTownMap();
    const before = JSON.stringify(input);
    const { map, warnings } = checkPlaces(input, personas);
    const kinds = Object.fromEntries(new TownMap(map).sectors.map((s) => [s.name, s.kind]));
    expect(kinds).toEqual({
      'Ash House': 'home',
      'Birch House': 'home',
      'Corner Café': 'work',
      'Green Park': 'park',
    });
    expect(warnings).toContainEqual(expect.stringMatching(/"Corner Café" has no "kind".*"work"/));
    expect(warnings).toContainEqual(expect.stringMatching(/"Green Park".*"park".*no walls/));
    expect(warnings).toHaveLength(4);
    // The input is left as it was.
    expect(JSON.stringify(input)).toBe(before);
  });

  it('falls back to civic for a walled building nobody uses', () => {
    const { map } = checkPlaces(
      smallTownMap(),
      personas.filter((p) => p.workplace?.sector !== 'Corner Café'),
    );
    expect(new TownMap(map).sector('Corner Café')?.kind).toBe('civic');
  });

  it('keeps a described map as it is and only notes missing hours', () => {
    const input = smallTownMap();
    for (const o of regionsOf(input)) {
      if (o.name === 'Corner Café')
        o.properties = [
          { name: 'kind', type: 'string', value: 'eatery' },
          { name: 'hours', type: 'string', value: '07:00-18:00' },
        ];
      else if (o.name.endsWith('House')) o.properties = [{ name: 'kind', value: 'home' }];
      else if (o.name === 'Green Park') o.properties = [{ name: 'kind', value: 'park' }];
    }
    const { map, warnings } = checkPlaces(input, personas);
    expect(map).toBe(input);
    expect(warnings).toEqual(['Sector "Green Park" (park) has no "hours" property; always open.']);
  });

  it('names personas whose home or workplace is not on the map', () => {
    const [first, ...rest] = personas;
    const lost = {
      ...first,
      home: { sector: 'Nowhere Hall', arena: 'bedroom 1' },
      workplace: { sector: 'Corner Café', arena: 'cellar' },
    };
    const { warnings, problems } = checkPlaces(smallTownMap(), [lost, ...rest]);
    expect(warnings).toContain(`${first.name}'s home "Nowhere Hall" is not a sector on the map.`);
    expect(warnings).toContain(`${first.name}'s workplace "Corner Café" has no arena "cellar".`);
    expect(problems.filter((p) => p.path[0] === 'personas').map((p) => p.path)).toEqual([
      ['personas', 0, 'home'],
      ['personas', 0, 'workplace'],
    ]);
    expect(problems.filter((p) => p.path[0] === 'map')).toHaveLength(warnings.length - 2);
  });
});
