import { describe, expect, it } from 'vitest';
import { PersonaSchema, type PersonaInput } from '../../../sim/agent/persona';
import type { PlaceOption, QuestionReq } from '../../../sim/mind';
import { decompose } from '../activities';
import { scheduleHours } from '../routine';
import { actionClauses } from './intentions';
import { isLearner, occupationTopic, workStep } from './objects';

const places: PlaceOption[] = [
  {
    sector: 'Elm Home',
    kind: 'home',
    hours: null,
    arenas: [
      { arena: 'kitchen', objects: ['stove', 'table'] },
      { arena: 'living room', objects: ['sofa'] },
      { arena: 'bedroom 1', objects: ['bed'] },
    ],
  },
  {
    sector: 'Yew Home',
    kind: 'home',
    hours: null,
    arenas: [{ arena: 'kitchen', objects: ['stove'] }],
  },
  {
    sector: 'Bakehouse',
    kind: 'eatery',
    hours: { open: 420, close: 960, days: [0, 1, 2, 3, 4, 5] },
    arenas: [{ arena: 'shop', objects: ['oven', 'counter', 'table 1', 'table 2'] }],
  },
  { sector: 'Green', kind: 'park', hours: null, arenas: [{ arena: 'lawn', objects: ['bench'] }] },
  {
    sector: 'Night Spot',
    kind: 'bar',
    hours: { open: 1200, close: 1500, days: [0, 1, 2, 3, 4, 5, 6] },
    arenas: [{ arena: 'bar', objects: ['bar counter', 'table 1'] }],
  },
];

const base: PersonaInput = {
  id: 'pia',
  name: 'Pia Lund',
  age: 40,
  traits: ['calm'],
  learned: 'Pia bakes.',
  currently: 'Pia is busy.',
  lifestyle: 'Early.',
  wakeHour: 6,
  sleepHour: 22,
  occupation: 'baker at Bakehouse',
  workplace: { sector: 'Bakehouse', arena: 'shop' },
  workHours: [7, 13],
  home: { sector: 'Elm Home', arena: 'bedroom 1' },
  hobbies: [
    { activity: 'a drink after dark', place: { sector: 'Night Spot', arena: 'bar' }, hour: 10 },
  ],
};
const pia = PersonaSchema.parse(base);

function req(weekdayIndex: number, workday: boolean, day = 1): QuestionReq<'scheduleHours'> {
  return {
    agent: pia,
    day,
    weekday: 'x',
    fromMinute: 360,
    dayPlan: [],
    knownEvents: [],
    memories: [],
    places,
    weekdayIndex,
    workday,
  };
}

describe('offline plans', () => {
  it('works on working days only, and differs at the weekend', () => {
    const mon = scheduleHours(req(0, true)).blocks.map((b) => b.activity);
    const sat = scheduleHours(req(5, false, 6)).blocks.map((b) => b.activity);
    expect(mon.some((a) => a.startsWith('working'))).toBe(true);
    expect(sat.some((a) => a.startsWith('working'))).toBe(false);
    expect(sat).toContain('sleeping in');
  });

  it('never plans a visit to a place outside its opening hours, nor into another home', () => {
    for (let d = 1; d <= 14; d++) {
      for (const b of scheduleHours(req(d % 7, d % 7 < 5, d)).blocks) {
        expect(b.place?.sector).not.toBe('Yew Home');
        const p = places.find((s) => s.sector === b.place?.sector);
        if (!p?.hours || b.place?.sector === 'Bakehouse') continue;
        const m = b.startMinute;
        expect(m >= p.hours.open && m < p.hours.close, `${b.activity} at ${m}`).toBe(true);
      }
    }
  });

  it('keeps an agreed joint activity at its time and place', () => {
    const joint = [
      {
        partnerId: 'x',
        partnerName: 'Xu Li',
        activity: 'walking with Xu',
        place: { sector: 'Green', arena: 'lawn' },
        startMinute: 17 * 60,
        durationMin: 60,
      },
    ];
    const blocks = scheduleHours({ ...req(2, true), joint }).blocks;
    expect(blocks.find((b) => b.activity === 'walking with Xu')).toMatchObject({
      startMinute: 1020,
      durationMin: 60,
    });
  });

  it('fits work to the occupation and keeps visitors off staff objects', () => {
    expect(occupationTopic('chemistry student at Hill College')).toBe('chemistry');
    expect(isLearner('chemistry student at Hill College')).toBe(true);
    expect(
      workStep('baker at Bakehouse', 'eatery', ['oven', 'counter', 'table 1'], 'k')?.object,
    ).toBe('oven');
    const student = workStep('chemistry student', 'school', ['lectern', 'desk 1'], 'k');
    expect(student?.object).toBe('desk 1');
    expect(student?.text).toContain('chemistry');
    const visit = decompose({
      agent: PersonaSchema.parse({
        ...base,
        id: 'vic',
        workplace: undefined,
        workHours: undefined,
      }),
      block: {
        startMinute: 600,
        durationMin: 45,
        activity: 'having lunch',
        place: { sector: 'Bakehouse', arena: 'shop' },
      },
      objects: ['oven', 'counter', 'table 1'],
      kind: 'eatery',
      worksHere: false,
    });
    expect(visit.steps.map((s) => s.object)).not.toContain('oven');
    expect(visit.steps.at(-1)?.object).toBe('table 1');
  });
});

describe('intentions', () => {
  it('turns what the person is doing or means to do into actions, not others’ doings', () => {
    expect(
      actionClauses('Tom is drafting a letter to the council before the meeting.', 'Tom Reed'),
    ).toEqual(['drafting a letter to the council']);
    expect(actionClauses('Kim has decided to repaint the shop sign this week.', 'Kim Lo')).toEqual([
      'repainting the shop sign this week',
    ]);
    expect(
      actionClauses('Ann is worried that her son Bo is failing his classes.', 'Ann Lee'),
    ).toEqual([]);
    expect(actionClauses('You should visit the old library this afternoon.')).toEqual([
      'visiting the old library this afternoon',
    ]);
  });
});

describe('maps without kinds', () => {
  it('still finds somewhere to eat out: a workplace with seats, never a home', () => {
    const bare = places.map((s) => ({
      ...s,
      kind: s.kind === 'home' ? ('home' as const) : ('work' as const),
      hours: null,
    }));
    const visited = new Set<string>();
    for (let d = 1; d <= 14; d++)
      for (const b of scheduleHours({
        ...req(5, false, d),
        agent: PersonaSchema.parse({ ...base, hobbies: [] }),
        places: bare,
      }).blocks)
        visited.add(b.place?.sector ?? '');
    expect(visited.has('Night Spot')).toBe(true);
    expect(visited.has('Yew Home')).toBe(false);
  });
});

describe('whispers become plans', () => {
  it('plans a whispered visit at the hour it names, and finding someone where they work', () => {
    const memories = [
      {
        id: 'm1',
        type: 'thought' as const,
        description: 'I should sit in the Green this afternoon',
        importance: 8,
        ageMinutes: 5,
        keywords: ['inner voice'],
      },
      {
        id: 'm2',
        type: 'thought' as const,
        description: 'I must thank Xu Li for the help',
        importance: 8,
        ageMinutes: 5,
        keywords: ['inner voice'],
      },
    ];
    const people = [
      {
        id: 'xu',
        name: 'Xu Li',
        relation: 'a friend',
        closeness: 0.5,
        home: 'Yew Home',
        workToday: {
          place: { sector: 'Night Spot', arena: 'bar' },
          startMinute: 1200,
          endMinute: 1320,
        },
      },
    ];
    const blocks = scheduleHours({ ...req(5, false, 6), memories, people }).blocks;
    expect(blocks.find((b) => b.activity.startsWith('sitting in the Green'))).toMatchObject({
      startMinute: 900,
      place: { sector: 'Green' },
    });
    const thanks = blocks.find((b) => b.activity.startsWith('thanking Xu Li'));
    expect(thanks?.place?.sector).toBe('Night Spot');
    expect(thanks!.startMinute).toBeGreaterThanOrEqual(1200);
  });
});
