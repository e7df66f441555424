import { describe, expect, it } from 'vitest';
import { PersonasFileSchema } from '../../sim/agent/persona';
import { scenarioFromFiles } from '../../sim/scenario';
import { checkTown } from '../../sim/world/townCheck';
import defaultPersonas from '../default/personas.json';
import defaultMap from '../default/town.json';
import saltmerePersonas from '../saltmere/personas.json';
import saltmereMap from '../saltmere/town.json';
import { checkDraft, draftFromFile, editorMapInfo, fileFromDraft, type PersonasDraft } from '.';

type PersonaDraft = PersonasDraft['personas'][number];

/** A fresh, valid draft of the default town (a deep copy). */
function draft(): PersonasDraft {
  return draftFromFile(defaultPersonas);
}

/** A person at a house of the map, with every field an editor fills in. */
function newcomer(map: unknown, over: Partial<PersonaDraft> = {}): PersonaDraft {
  const places = editorMapInfo(map).places;
  const home = places.find((p) => p.kind === 'home')!;
  const work = places.find((p) => p.kind !== 'home' && p.kind !== null)!;
  return {
    id: 'new-person',
    name: 'New Person',
    age: 30,
    traits: ['curious'],
    learned: 'New Person just moved here.',
    currently: 'New Person is settling in.',
    lifestyle: 'New Person keeps regular hours.',
    wakeHour: 7,
    sleepHour: 23,
    occupation: 'clerk',
    workplace: { sector: work.sector, arena: work.arenas[0]?.name ?? '' },
    workHours: [9, 17],
    home: { sector: home.sector, arena: '' },
    hobbies: [],
    relationships: [],
    sprite: 3,
    seedMemories: [
      {
        text: 'I am hosting a reading evening on day 1 from 10:00 to 12:00.',
        importance: 7,
        event: {
          id: 'reading',
          what: 'a reading evening',
          hostId: 'new-person',
          place: { sector: work.sector, arena: '' },
          day: 1,
          startHour: 10,
          endHour: 12,
        },
      },
    ],
    ...over,
  };
}

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

/** The value a problem's path names in a personas file (undefined when it names nothing). */
function fieldAt(file: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], file);
}

describe('draft ⇄ personas file', () => {
  it('round-trips both bundled towns unchanged', () => {
    for (const raw of [defaultPersonas, saltmerePersonas]) {
      const d = draftFromFile(raw);
      const file = fileFromDraft(d);
      expect(PersonasFileSchema.parse(file)).toEqual(PersonasFileSchema.parse(raw));
      // file → draft → file is stable.
      expect(fileFromDraft(draftFromFile(file))).toEqual(file);
    }
  });

  it("leaves out the editor's empty optional fields and keeps the rest as typed", () => {
    const d = draft();
    d.town = { name: '  ', start: { weekday: '', time: '' } };
    d.personas[0].workplace = { sector: '', arena: '' };
    d.personas[1].home = { sector: d.personas[1].home.sector, arena: '' };
    d.storylines = [{ ...d.storylines![0], label: '', eventId: '' }];
    const file = fileFromDraft(d);
    expect(file.town).toBeUndefined();
    expect(file.personas[0].workplace).toBeUndefined();
    expect(file.personas[0].workHours).toEqual(d.personas[0].workHours);
    expect(file.personas[1].home).toEqual({ sector: d.personas[1].home.sector });
    expect(file.storylines![0]).not.toHaveProperty('label');
    expect(file.storylines![0]).not.toHaveProperty('eventId');
    // The draft itself is untouched.
    expect(d.personas[0].workplace).toEqual({ sector: '', arena: '' });
  });

  it('refuses what is not a personas file, and fills missing lists of one that is', () => {
    expect(() => draftFromFile({ layers: [] })).toThrow(/Not a personas file/);
    expect(() => draftFromFile({ personas: [1] })).toThrow(/must be an object/);
    const d = draftFromFile({ personas: [{ id: 'a', name: 'A' }] });
    expect(d.personas[0]).toMatchObject({ hobbies: [], relationships: [], seedMemories: [] });
    expect(d.storylines).toEqual([]);
  });

  it('passes values of the wrong shape through, for the check to name as field errors', () => {
    const raw = structuredClone(defaultPersonas) as unknown as {
      personas: Record<string, unknown>[];
      storylines: unknown;
    };
    Object.assign(raw.personas[0], {
      workplace: 'cafe',
      home: 'house',
      hobbies: 'reading',
      seedMemories: [{ text: 'x', event: 'fair' }, 'note'],
    });
    Object.assign(raw.personas[1], { hobbies: [{ activity: 'a', place: 'park' }, 3] });
    raw.storylines = 'news';
    const d = draftFromFile(raw);
    expect(d.personas[0]).toMatchObject({ home: 'house', hobbies: 'reading' });
    const file = fileFromDraft(d);
    expect(file.personas[0]).toMatchObject({
      workplace: 'cafe',
      home: 'house',
      hobbies: 'reading',
    });
    expect(file.personas[0].seedMemories).toEqual([{ text: 'x', event: 'fair' }, 'note']);
    expect(file.storylines).toBe('news');
    const { errors } = checkDraft(defaultMap, d);
    expect(paths(errors)).toEqual(
      expect.arrayContaining([
        'personas.0.workplace',
        'personas.0.home',
        'personas.0.hobbies',
        'personas.0.seedMemories.0.event',
        'personas.0.seedMemories.1',
        'personas.1.hobbies.0.place',
        'personas.1.hobbies.1',
        'storylines',
      ]),
    );
  });
});

describe('checkDraft', () => {
  it('finds nothing wrong with a bundled town, nor with a complete newcomer', () => {
    expect(checkDraft(defaultMap, draft()).errors).toEqual([]);
    const d = draft();
    d.personas.push(newcomer(defaultMap));
    d.storylines!.push({
      id: 'reading',
      seedAgentId: 'new-person',
      question: 'Have you heard of a reading evening?',
      knowsIfMentions: ['reading'],
      eventId: 'reading',
    });
    expect(checkDraft(defaultMap, d).errors).toEqual([]);
  });

  it('puts every schema and town problem on the field it is about', () => {
    const d = draft();
    const n = d.personas.length;
    d.personas.push(
      newcomer(defaultMap, {
        age: Number.NaN,
        home: { sector: 'Nowhere Street' },
        relationships: [{ id: 'ghost', relation: 'my imaginary friend' }],
        hobbies: [{ activity: 'stargazing', place: { sector: 'The Moon' } }],
      }),
    );
    const ev = d.personas[n].seedMemories![0].event!;
    ev.hostId = 'nobody-here';
    ev.endHour = 9;
    d.personas.push(newcomer(defaultMap, { id: d.personas[0].id, name: 'Twin' }));
    d.personas[n + 1].seedMemories = [];
    d.storylines!.push(
      { id: 'lost', seedAgentId: 'ghost', question: 'Q?', knowsIfMentions: ['x'] },
      {
        id: 'noevent',
        seedAgentId: d.personas[0].id,
        question: 'Q?',
        knowsIfMentions: ['x'],
        eventId: 'zzz',
      },
    );
    const k = d.storylines!.length - 2;
    const { errors } = checkDraft(defaultMap, d);
    expect(paths(errors)).toEqual(
      expect.arrayContaining([
        `personas.${n}.age`,
        `personas.${n + 1}.id`,
        `storylines.${k}.seedAgentId`,
        `storylines.${k + 1}.eventId`,
      ]),
    );
    // The invalid person (its age) is left out of the town check: the twin's and others' remain.
    expect(errors.find((e) => e.path === `personas.${n + 1}.id`)?.message).toBe(
      'duplicate id "' + d.personas[n + 1].id + '"',
    );

    // With a valid age, the town check sees the newcomer's home, event and pastime too.
    d.personas[n].age = 40;
    const again = checkDraft(defaultMap, d);
    expect(paths(again.errors)).toEqual(expect.arrayContaining([`personas.${n}.home`]));
    d.personas[n].home = { sector: d.personas[0].home.sector };
    const third = checkDraft(defaultMap, d);
    expect(paths(third.errors)).toEqual(
      expect.arrayContaining([
        `personas.${n}.seedMemories.0.event.endHour`,
        `personas.${n}.seedMemories.0.event.hostId`,
      ]),
    );
    expect(paths(third.warnings)).toEqual(
      expect.arrayContaining([`personas.${n}.hobbies.0.place`, `personas.${n}.relationships.0.id`]),
    );
  });

  it('gives every error and warning of a broken town a field', () => {
    const d = draft();
    d.personas.push(
      newcomer(defaultMap, {
        home: { sector: 'Nowhere Street' },
        workplace: { sector: 'Nowhere Office' },
      }),
    );
    const n = d.personas.length - 1;
    const second = newcomer(defaultMap, { id: 'second', name: 'Second' });
    second.seedMemories![0].event = {
      ...second.seedMemories![0].event!,
      id: 'second-event',
      hostId: 'ghost',
      place: { sector: 'The Moon' },
      endHour: 1,
    };
    second.hobbies = [{ activity: 'rowing', place: { sector: 'The Lake' } }];
    d.personas.push(second);
    d.storylines!.push({
      id: 'lost',
      seedAgentId: 'ghost',
      question: 'Q?',
      knowsIfMentions: ['x'],
    });
    const { errors, warnings } = checkDraft(defaultMap, d);
    expect(errors.length).toBeGreaterThanOrEqual(5);
    // Each on the map, or on a field that is there in the file.
    for (const p of [...errors, ...warnings])
      if (p.path !== 'map') expect(fieldAt(fileFromDraft(d), p.path), p.message).toBeDefined();
    expect(paths(errors)).toContain(`personas.${n}.home`);
    expect(paths(errors)).toContain(`personas.${n + 1}.seedMemories.0.event.place`);
    expect(paths(warnings)).toContain(`personas.${n + 1}.hobbies.0.place`);
    // The same errors as the town check a new town runs, word for word.
    const file = PersonasFileSchema.parse(fileFromDraft(d));
    expect(errors.map((e) => e.message).sort()).toEqual(
      checkTown(defaultMap, file.personas, file.storylines).errors.sort(),
    );
  });

  it("puts town problems on the draft's own index when people before them are half typed", () => {
    const d = draft();
    const halfTyped = newcomer(defaultMap, { id: 'half' });
    halfTyped.name = '';
    const story = d.storylines![0];
    d.personas.unshift(halfTyped);
    d.storylines!.unshift({ ...story, id: '' }, { ...story, id: 'lost', seedAgentId: 'ghost' });
    const lost = newcomer(defaultMap, { home: { sector: 'Nowhere Street' } });
    d.personas.push(lost);
    const { errors } = checkDraft(defaultMap, d);
    expect(paths(errors)).toContain(`personas.${d.personas.length - 1}.home`);
    expect(paths(errors)).toContain('storylines.1.seedAgentId');
    expect(paths(errors)).toContain('personas.0.name');
  });

  it('does not call a person who exists but is half typed "nobody"', () => {
    const d = draft();
    const host = newcomer(defaultMap);
    host.name = '';
    d.personas.push(host);
    const { errors } = checkDraft(defaultMap, d);
    expect(errors.every((e) => !/is nobody/.test(e.message))).toBe(true);
    expect(paths(errors)).toContain(`personas.${d.personas.length - 1}.name`);
  });

  it('reports a map that cannot run on "map"', () => {
    const noRegions = {
      ...defaultMap,
      layers: defaultMap.layers.filter((l) => l.name !== 'regions'),
    };
    const { errors } = checkDraft(noRegions, draft());
    expect(errors.some((e) => e.path === 'map' && /regions/.test(e.message))).toBe(true);
    expect(checkDraft({ nonsense: true }, draft()).errors[0]).toMatchObject({ path: 'map' });
  });
});

describe('editorMapInfo', () => {
  it("lists a map's sectors with arenas and its walls", () => {
    const info = editorMapInfo(saltmereMap);
    expect(info.blocked.length).toBe(info.width * info.height);
    expect(info.blocked).toMatch(/^[01]+$/);
    expect(info.places.length).toBeGreaterThan(3);
    for (const p of info.places) expect(p.rect.w * p.rect.h).toBeGreaterThan(0);
  });

  it('refuses a map without places, saying why', () => {
    const noRegions = {
      ...defaultMap,
      layers: defaultMap.layers.filter((l) => l.name !== 'regions'),
    };
    expect(() => editorMapInfo(noRegions)).toThrow(/This map cannot be used.*\n- .*regions/);
    expect(() => editorMapInfo([1, 2])).toThrow(/Not a valid Tiled map/);
  });
});

describe('the export', () => {
  it('is what the CLI loads: scenarioFromFiles on the exported pair has the new person and event', () => {
    const d = draft();
    d.town = { name: 'Edited Town', start: { day: 1, weekday: 'sunday', time: '08:30' } };
    d.personas.push(newcomer(defaultMap));
    const personasText = `${JSON.stringify(fileFromDraft(d), null, 2)}\n`;
    const mapText = JSON.stringify(defaultMap);
    const s = scenarioFromFiles('custom', JSON.parse(mapText), JSON.parse(personasText));
    expect(s.name).toBe('Edited Town');
    expect(s.startMinute).toBe(8 * 60 + 30);
    expect(s.firstWeekday).toBe(6);
    const p = s.personas.find((x) => x.id === 'new-person')!;
    expect(p.seedMemories[0].event?.id).toBe('reading');
    expect(checkTown(s.map, s.personas, s.storylines).errors).toEqual([]);
  });
});
