import { describe, expect, it } from 'vitest';
import defaultPersonas from '../scenarios/default/personas.json';
import defaultMap from '../scenarios/default/town.json';
import { bundledScenario } from '../scenarios';
import { formatClock } from './clock';
import { applyTownHeader, parsePersonasFile, scenarioFromFiles, type Scenario } from './scenario';
import { worldHash } from './snapshot';
import { smallScenario } from './testing/smallTown';
import { createWorld } from './world/world';

/** A small personas file with the given header. */
function withHeader(town: unknown): unknown {
  const s = smallScenario();
  return { town, personas: s.personas, storylines: s.storylines };
}

describe('the personas file header', () => {
  it('sets the name, start time and weekday (by name, any case)', () => {
    const file = parsePersonasFile(
      withHeader({ name: 'Brindle Cove', start: { day: 1, weekday: 'Sunday', time: '07:45' } }),
    );
    expect(file.town).toEqual({
      name: 'Brindle Cove',
      start: { day: 1, weekday: 'sunday', time: '07:45' },
    });
    const s = applyTownHeader(smallScenario(), file.town);
    expect(s).toMatchObject({ name: 'Brindle Cove', startMinute: 7 * 60 + 45, firstWeekday: 6 });
    const world = createWorld(s, { seed: 1 });
    expect(world.time).toMatchObject({ day: 1, weekday: 'Sunday', hour: 7, minute: 45 });
  });

  it('leaves out what it does not say', () => {
    const base = smallScenario();
    expect(applyTownHeader(base, undefined)).toBe(base);
    const onlyTime = applyTownHeader(
      base,
      parsePersonasFile(withHeader({ start: { time: '09:00' } })).town,
    );
    expect(onlyTime).toEqual({ ...base, startMinute: 540 });
    const noStart = scenarioFromFiles('x', base.map, withHeader(undefined));
    expect(noStart).toMatchObject({ id: 'x', name: 'x', startMinute: 360, firstWeekday: 0 });
  });

  const bad: [string, unknown, RegExp][] = [
    [
      'a time past 23:59',
      { start: { time: '24:00' } },
      /town\.start\.time: expected a 24-hour time "HH:MM"/,
    ],
    [
      'a time without minutes',
      { start: { time: '7' } },
      /town\.start\.time: expected a 24-hour time/,
    ],
    [
      'an unknown weekday',
      { start: { weekday: 'funday' } },
      /town\.start\.weekday: expected a weekday name: monday, tuesday/,
    ],
    ['a start day other than 1', { start: { day: 3 } }, /town\.start\.day: runs start on day 1/],
    ['an unknown field', { start: { hour: 6 } }, /town\.start: Unrecognized key: "hour"/],
    ['an empty name', { name: ' ' }, /town\.name: expected a name/],
  ];
  for (const [what, town, message] of bad)
    it(`refuses ${what}, naming the file and the field`, () => {
      expect(() => parsePersonasFile(withHeader(town), 'people.json')).toThrow(
        new RegExp(`^Invalid personas file "people\\.json": ${message.source}`),
      );
    });

  it('refuses two people with one id, naming the second', () => {
    const file = structuredClone(defaultPersonas);
    const n = file.personas.length;
    file.personas.push({ ...file.personas[0] });
    expect(() => parsePersonasFile(file, 'people.json')).toThrow(
      `Invalid personas file "people.json": personas.${n}.id: duplicate id "${file.personas[0].id}"`,
    );
  });
});

describe('the bundled towns', () => {
  it('keep the default town as it was: Generative Town, 06:00 on a Friday, same world', () => {
    const s = bundledScenario('default');
    const file = parsePersonasFile(defaultPersonas);
    const before: Scenario = {
      id: 'default',
      name: 'Generative Town',
      map: defaultMap,
      personas: file.personas,
      storylines: file.storylines,
      startMinute: 6 * 60,
      firstWeekday: 4,
    };
    expect(s).toEqual(before);
    expect(worldHash(createWorld(s, { seed: 3 }))).toBe(
      worldHash(createWorld(before, { seed: 3 })),
    );
  });

  it('start Saltmere from its own header, unlike the default town', () => {
    const s = bundledScenario('saltmere');
    expect(s).toMatchObject({ name: 'Saltmere', startMinute: 5 * 60 + 30, firstWeekday: 3 });
    const t = createWorld(s, { seed: 1 }).time;
    expect([t.day, t.weekday, formatClock(t.minuteOfDay)]).toEqual([1, 'Thursday', '05:30']);
  });
});
