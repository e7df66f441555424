import type { EventInfo, Persona, PlaceRef } from './agent/persona';
import type { MemoryType, Sighting } from './memory/node';
import type { OpeningHours, PlaceKind } from './world/places';

/**
 * The Mind port: the typed questions cognition asks. Cognition never builds prompts; a mind adapter
 * (offline rules, or an LLM) answers each question. Requests and results are plain JSON so they can
 * be cached, logged and recorded on the tape.
 */

/** A memory as shown to a mind. */
export interface MemoryBrief {
  id: string;
  type: MemoryType;
  description: string;
  importance: number;
  /** Minutes of game time since it was created. */
  ageMinutes: number;
  subjectId?: string;
  source?: string;
  event?: EventInfo;
  news?: string;
  gist?: string;
  /** For reflections: the memories this thought rests on. */
  evidence?: string[];
  /** For observations: what was seen, as data. */
  seen?: Sighting;
}

export interface PartnerBrief {
  id: string;
  name: string;
  occupation: string;
  /** What the partner appears to be doing. */
  action: string;
}

export interface RelationshipBrief {
  relation: string;
  closeness: number;
  summary: string;
  timesTalked: number;
}

export interface ScheduleBlock {
  startMinute: number;
  durationMin: number;
  activity: string;
  place?: PlaceRef;
}

export interface DecomposedStep {
  description: string;
  durationMin: number;
  /** An object in the block's arena, if the step uses one. */
  object?: string;
  emoji?: string;
}

export interface PlaceOption {
  sector: string;
  /** What the place is for, from the map (null: the map does not say). */
  kind: PlaceKind | null;
  /** Opening hours (null: always open). */
  hours: OpeningHours | null;
  arenas: { arena: string; objects: string[] }[];
}

export interface Share {
  /** Third-person content being passed on ("Victor Hale is running for mayor"). */
  gist: string;
  event?: EventInfo;
  news?: string;
  /** The speaker's memory this comes from. */
  memoryId?: string;
}

export interface Utterance {
  speakerId: string;
  text: string;
  /** What the line passed on, so the listener can respond to it. */
  shares?: Share[];
}

export interface Questions {
  rateImportance: {
    req: { agent: Persona; descriptions: string[] };
    res: { scores: number[] };
  };
  embed: {
    req: { texts: string[] };
    res: { vectors: number[][] };
  };
  planDay: {
    req: {
      agent: Persona;
      day: number;
      weekday: string;
      memories: MemoryBrief[];
      knownEvents: EventInfo[];
    };
    res: { wakeHour: number; items: string[] };
  };
  scheduleHours: {
    req: {
      agent: Persona;
      day: number;
      weekday: string;
      /** Plan from this minute of the day to bedtime. */
      fromMinute: number;
      dayPlan: string[];
      knownEvents: EventInfo[];
      memories: MemoryBrief[];
      places: PlaceOption[];
    };
    res: { blocks: ScheduleBlock[] };
  };
  decompose: {
    req: { agent: Persona; block: ScheduleBlock; objects: string[] };
    res: { steps: DecomposedStep[] };
  };
  groundAction: {
    req: { agent: Persona; activity: string; currentSector: string | null; places: PlaceOption[] };
    res: { sector: string; arena: string; object?: string; emoji: string };
  };
  decideToTalk: {
    req: {
      agent: Persona;
      partner: PartnerBrief;
      relationship: RelationshipBrief | null;
      ownAction: string;
      memories: MemoryBrief[];
      minuteOfDay: number;
    };
    res: { talk: boolean; reason: string };
  };
  nextUtterance: {
    req: {
      speaker: Persona;
      listener: PartnerBrief;
      relationship: RelationshipBrief | null;
      history: Utterance[];
      memories: MemoryBrief[];
      /** Things the speaker has already passed on to this listener. */
      alreadyShared: string[];
      day: number;
      minuteOfDay: number;
      round: number;
      maxRounds: number;
    };
    res: { text: string; end: boolean; shares: Share[] };
  };
  summarizeChat: {
    req: {
      agent: Persona;
      partner: PartnerBrief;
      relationship: RelationshipBrief | null;
      transcript: Utterance[];
    };
    res: { summary: string; relationship: string; closenessDelta: number };
  };
  reflect: {
    req: { agent: Persona; memories: MemoryBrief[] };
    res: { insights: { text: string; evidence: string[] }[] };
  };
  answerInterview: {
    req: {
      agent: Persona;
      question: string;
      memories: MemoryBrief[];
      currentAction: string;
      plan: string[];
      day: number;
      minuteOfDay: number;
    };
    res: { answer: string; usedMemoryIds: string[] };
  };
}

export type QuestionKind = keyof Questions;
export type QuestionReq<K extends QuestionKind> = Questions[K]['req'];
export type QuestionRes<K extends QuestionKind> = Questions[K]['res'];

export const QUESTION_KINDS: QuestionKind[] = [
  'rateImportance',
  'embed',
  'planDay',
  'scheduleHours',
  'decompose',
  'groundAction',
  'decideToTalk',
  'nextUtterance',
  'summarizeChat',
  'reflect',
  'answerInterview',
];

/** A question as the engine hands it to a host: id, kind and request. */
export interface MindCall<K extends QuestionKind = QuestionKind> {
  id: string;
  kind: K;
  agentId: string | null;
  req: QuestionReq<K>;
}

/**
 * A mind answers questions. Synchronous answers (the offline mind) keep headless runs fast; an
 * asynchronous mind (an LLM) returns promises and the engine waits for every answer due at a step.
 */
export interface Mind {
  readonly name: string;
  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>>;
}
