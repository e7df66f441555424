import type { PersonaInput } from '../agent/persona';
import { PersonaSchema } from '../agent/persona';
import type { Scenario } from '../scenario';

const TILE = 32;

interface Room {
  kind: 'sector' | 'arena' | 'object';
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Builds a small Tiled JSON town in code (for tests): two houses, a café and a park, with walls
 * and doors, following the same layer and region conventions as the default town.
 */
export function smallTownMap(): unknown {
  const W = 30;
  const H = 20;
  const collision = new Array(W * H).fill(0);
  const regions: Room[] = [];
  const wallBox = (x: number, y: number, w: number, h: number, doorX: number) => {
    for (let i = x; i < x + w; i++) {
      collision[y * W + i] = 1;
      if (i !== doorX) collision[(y + h - 1) * W + i] = 1;
    }
    for (let j = y; j < y + h; j++) {
      collision[j * W + x] = 1;
      collision[j * W + x + w - 1] = 1;
    }
  };
  const building = (name: string, x: number, y: number, w: number, h: number, arenas: Room[]) => {
    wallBox(x, y, w, h, x + Math.floor(w / 2));
    regions.push({ kind: 'sector', name, x, y, w, h }, ...arenas);
  };
  building('Ash House', 1, 1, 8, 7, [
    { kind: 'arena', name: 'bedroom 1', x: 2, y: 2, w: 3, h: 4 },
    { kind: 'object', name: 'bed', x: 2, y: 2, w: 1, h: 1 },
    { kind: 'object', name: 'desk', x: 4, y: 2, w: 1, h: 1 },
    { kind: 'arena', name: 'kitchen', x: 5, y: 2, w: 3, h: 4 },
    { kind: 'object', name: 'stove', x: 5, y: 2, w: 1, h: 1 },
    { kind: 'object', name: 'dining table', x: 6, y: 4, w: 1, h: 1 },
    { kind: 'arena', name: 'living room', x: 2, y: 6, w: 6, h: 1 },
    { kind: 'object', name: 'sofa', x: 3, y: 6, w: 1, h: 1 },
  ]);
  building('Birch House', 11, 1, 8, 7, [
    { kind: 'arena', name: 'bedroom 1', x: 12, y: 2, w: 3, h: 4 },
    { kind: 'object', name: 'bed', x: 12, y: 2, w: 1, h: 1 },
    { kind: 'arena', name: 'bedroom 2', x: 15, y: 2, w: 3, h: 2 },
    { kind: 'object', name: 'bed', x: 15, y: 2, w: 1, h: 1 },
    { kind: 'arena', name: 'kitchen', x: 15, y: 4, w: 3, h: 2 },
    { kind: 'object', name: 'stove', x: 16, y: 4, w: 1, h: 1 },
    { kind: 'arena', name: 'living room', x: 12, y: 6, w: 6, h: 1 },
    { kind: 'object', name: 'sofa', x: 13, y: 6, w: 1, h: 1 },
  ]);
  building('Corner Café', 21, 1, 8, 8, [
    { kind: 'arena', name: 'café', x: 22, y: 2, w: 6, h: 6 },
    { kind: 'object', name: 'counter', x: 22, y: 2, w: 3, h: 1 },
    { kind: 'object', name: 'coffee machine', x: 26, y: 2, w: 1, h: 1 },
    { kind: 'object', name: 'table 1', x: 23, y: 5, w: 1, h: 1 },
  ]);
  regions.push(
    { kind: 'sector', name: 'Green Park', x: 2, y: 11, w: 26, h: 8 },
    { kind: 'arena', name: 'park', x: 2, y: 11, w: 26, h: 8 },
    { kind: 'object', name: 'bench', x: 10, y: 14, w: 1, h: 1 },
    { kind: 'object', name: 'fountain', x: 15, y: 15, w: 1, h: 1 },
  );
  const ground = new Array(W * H).fill(1);
  return {
    type: 'map',
    orientation: 'orthogonal',
    width: W,
    height: H,
    tilewidth: TILE,
    tileheight: TILE,
    infinite: false,
    tilesets: [{ firstgid: 1, name: 'test', tilewidth: TILE, tileheight: TILE, tilecount: 2 }],
    layers: [
      { type: 'tilelayer', name: 'ground', width: W, height: H, data: ground },
      {
        type: 'tilelayer',
        name: 'collision',
        width: W,
        height: H,
        data: collision,
        visible: false,
      },
      {
        type: 'objectgroup',
        name: 'regions',
        objects: regions.map((r, i) => ({
          id: i + 1,
          name: r.name,
          type: r.kind,
          x: r.x * TILE,
          y: r.y * TILE,
          width: r.w * TILE,
          height: r.h * TILE,
        })),
      },
      { type: 'objectgroup', name: 'spawns', objects: [] },
    ],
  };
}

const PEOPLE: PersonaInput[] = [
  {
    id: 'ada',
    name: 'Ada Quill',
    age: 34,
    traits: ['friendly', 'organised'],
    learned: 'Ada Quill runs Corner Café.',
    currently:
      'Ada is planning a tasting evening at Corner Café tomorrow and wants everyone to come.',
    lifestyle: 'Up early, at the café all day.',
    wakeHour: 6,
    sleepHour: 22,
    occupation: 'café owner',
    workplace: { sector: 'Corner Café', arena: 'café' },
    workHours: [7, 15],
    home: { sector: 'Ash House', arena: 'bedroom 1' },
    relationships: [{ id: 'ben', relation: 'a regular customer', closeness: 0.5 }],
    seedMemories: [
      {
        text: 'Ada is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm.',
        importance: 8,
        event: {
          id: 'tasting',
          what: 'a tasting evening at Corner Café',
          hostId: 'ada',
          place: { sector: 'Corner Café', arena: 'café' },
          day: 2,
          startHour: 17,
          endHour: 19,
        },
      },
    ],
  },
  {
    id: 'ben',
    name: 'Ben Marsh',
    age: 51,
    traits: ['quiet', 'kind'],
    learned: 'Ben Marsh keeps the park tidy.',
    currently: 'Ben is thinking about new flower beds.',
    lifestyle: 'Works outdoors, reads at night.',
    wakeHour: 6,
    sleepHour: 21,
    occupation: 'park keeper',
    workplace: { sector: 'Green Park', arena: 'park' },
    workHours: [8, 14],
    home: { sector: 'Birch House', arena: 'bedroom 1' },
    hobbies: [
      { activity: 'coffee at the café', place: { sector: 'Corner Café', arena: 'café' }, hour: 15 },
    ],
    relationships: [{ id: 'ada', relation: 'the café owner', closeness: 0.5 }],
  },
  {
    id: 'cleo',
    name: 'Cleo Fern',
    age: 22,
    traits: ['curious', 'chatty'],
    learned: 'Cleo Fern studies botany and lodges with Ben.',
    currently: 'Cleo is collecting leaves for a project.',
    lifestyle: 'Late riser, spends afternoons in the park.',
    wakeHour: 7,
    sleepHour: 23,
    occupation: 'student',
    home: { sector: 'Birch House', arena: 'bedroom 2' },
    hobbies: [
      {
        activity: 'collecting leaves in the park',
        place: { sector: 'Green Park', arena: 'park' },
        hour: 10,
      },
    ],
    relationships: [],
  },
];

/** A tiny scenario for tests: the small town and three people, one of whom hosts an event. */
export function smallScenario(): Scenario {
  return {
    id: 'small',
    name: 'Small test town',
    map: smallTownMap(),
    personas: PEOPLE.map((p) => PersonaSchema.parse(p)),
    storylines: [
      {
        id: 'tasting',
        seedAgentId: 'ada',
        question: 'Do you know about a tasting evening?',
        knowsIfMentions: ['tasting'],
        eventId: 'tasting',
      },
    ],
    startMinute: 6 * 60,
    firstWeekday: 0,
  };
}
