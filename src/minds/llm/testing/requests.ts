import type {
  MemoryBrief,
  MindCall,
  PersonBrief,
  QuestionKind,
  QuestionReq,
} from '../../../sim/mind';
import { smallScenario } from '../../../sim/testing/smallTown';
import { TownMap } from '../../../sim/world/townMap';

/**
 * Typed sample requests for every question kind, built from the small test town. Used by the
 * LLM mind's tests (not by the app).
 */
const scenario = smallScenario();
const [ada, ben, cleo] = scenario.personas;
const places = new TownMap(scenario.map).placeOptions();
const tasting = ada.seedMemories[0].event!;

const memories: MemoryBrief[] = [
  {
    id: 'm1',
    type: 'event',
    description: 'Ada is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm.',
    importance: 8,
    ageMinutes: 300,
    event: tasting,
    gist: 'Ada Quill is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm.',
  },
  {
    id: 'm2',
    type: 'event',
    description: 'Ben Marsh is sweeping the park paths',
    importance: 2,
    ageMinutes: 40,
    subjectId: 'ben',
  },
  {
    id: 'm3',
    type: 'chat',
    description: 'I talked with Ben about flower beds.',
    importance: 4,
    ageMinutes: 90,
    subjectId: 'ben',
  },
  {
    id: 'm4',
    type: 'thought',
    description: 'I want the tasting evening to bring the town together.',
    importance: 6,
    ageMinutes: 600,
  },
  {
    id: 'm5',
    type: 'event',
    description: 'Cleo Fern is collecting leaves in the park',
    importance: 2,
    ageMinutes: 20,
    subjectId: 'cleo',
  },
  {
    id: 'm6',
    type: 'plan',
    description: 'My plan for Monday (day 1): open the café; serve customers',
    importance: 3,
    ageMinutes: 120,
  },
];

const people: PersonBrief[] = [
  {
    id: 'ben',
    name: ben.name,
    occupation: ben.occupation,
    relationship: {
      relation: 'a regular customer',
      closeness: 0.5,
      summary: 'a regular customer',
      timesTalked: 2,
    },
  },
  { id: 'cleo', name: cleo.name, occupation: cleo.occupation, relationship: null },
];

const REQUESTS: { [K in QuestionKind]: QuestionReq<K> } = {
  rateImportance: {
    agent: ada,
    items: [
      {
        description: 'Ben Marsh is sweeping the park paths',
        type: 'event',
        seen: { subjectId: 'ben', action: 'sweeping the park paths', sector: 'Green Park' },
        subjectRelation: { relation: 'a regular customer', closeness: 0.5 },
        repeats: 0,
      },
      {
        description: 'Cleo Fern told me that Cleo Fern is hosting a picnic tonight.',
        type: 'event',
        source: { id: 'cleo', relation: 'a friend', closeness: 0.6, importance: 8 },
        invitation: true,
      },
      { description: 'the stove is idle', type: 'event', repeats: 3 },
    ],
  },
  embed: { texts: ['tasting evening at the café', 'sweeping the park'] },
  planDay: { agent: ada, day: 2, weekday: 'Tuesday', memories, knownEvents: [tasting] },
  scheduleHours: {
    agent: ada,
    day: 2,
    weekday: 'Tuesday',
    fromMinute: 6 * 60,
    dayPlan: [
      'wake up at 6 am',
      'work at the café from 7 am to 3 pm',
      'host the tasting evening at 5 pm',
      'go to bed at 10 pm',
    ],
    knownEvents: [tasting],
    memories,
    places,
  },
  decompose: {
    agent: ada,
    block: {
      startMinute: 7 * 60,
      durationMin: 60,
      activity: 'working as café owner',
      place: { sector: 'Corner Café', arena: 'café' },
    },
    objects: ['counter', 'coffee machine', 'table 1'],
  },
  groundAction: {
    agent: cleo,
    activity: 'collecting leaves in the park',
    currentSector: 'Birch House',
    places,
  },
  decideToTalk: {
    agent: ada,
    partner: {
      id: 'ben',
      name: ben.name,
      occupation: ben.occupation,
      action: 'sweeping the park paths',
    },
    relationship: {
      relation: 'a regular customer',
      closeness: 0.5,
      summary: 'a regular customer',
      timesTalked: 2,
    },
    ownAction: 'walking to the café',
    memories,
    minuteOfDay: 8 * 60,
  },
  nextUtterance: {
    speaker: ada,
    listener: {
      id: 'ben',
      name: ben.name,
      occupation: ben.occupation,
      action: 'sweeping the park paths',
    },
    relationship: null,
    history: [],
    memories,
    alreadyShared: [],
    day: 1,
    minuteOfDay: 8 * 60,
    round: 0,
    maxRounds: 8,
  },
  summarizeChat: {
    agent: ben,
    partner: { id: 'ada', name: ada.name, occupation: ada.occupation, action: 'chatting' },
    relationship: {
      relation: 'the café owner',
      closeness: 0.5,
      summary: 'the café owner',
      timesTalked: 0,
    },
    transcript: [
      {
        speakerId: 'ada',
        text: 'Hi Ben! Did you hear? I am hosting a tasting evening tomorrow at 5 pm.',
      },
      { speakerId: 'ben', text: 'Oh, lovely. I will try to come.' },
    ],
  },
  focalQuestions: { agent: ada, memories, people },
  reflect: {
    agent: ada,
    memories,
    questions: [
      { question: 'How are things between Ben Marsh and me?', memoryIds: ['m2', 'm3'] },
      { question: 'What do I want most right now?', memoryIds: ['m4', 'm1', 'm6'] },
    ],
    people,
  },
  answerInterview: {
    agent: ada,
    question: 'Do you know about a tasting evening?',
    memories,
    currentAction: 'serving customers at the counter',
    plan: ['open the café', 'host the tasting evening at 5 pm'],
    day: 1,
    minuteOfDay: 10 * 60,
  },
};

let nextOp = 1;

/** A fresh call of a kind (unique op id), with the sample request. */
export function sampleCall<K extends QuestionKind>(
  kind: K,
  agentId: string | null = 'ada',
): MindCall<K> {
  return { id: `op${nextOp++}`, kind, agentId, req: structuredClone(REQUESTS[kind]) };
}

export const SAMPLE_PLACES = places;
