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
  /**
   * When retrieval chose it: the three components as retrieval scored them (each min-max
   * normalised over the candidates, 0–1), so an explanation can show why it came to mind.
   */
  retrieval?: { recency: number; importance: number; relevance: number };
  /** Tags of the memory ("inner voice" marks a whisper). */
  keywords?: string[];
}

/**
 * One new memory to rate, as data: the mind judges importance from structure (who told it and how
 * close they are, an event or news, an invitation, whether it concerns the agent, how often the
 * same sight was stored), not from the description's words alone.
 */
export interface ImportanceItem {
  description: string;
  type: MemoryType;
  /** For things heard: the teller, how they relate to the agent, and how much it mattered to them. */
  source?: { id: string; relation: string | null; closeness: number; importance: number | null };
  event?: EventInfo;
  news?: string;
  /** An event the agent is invited to (told by its host, or it is the agent's own). */
  invitation?: boolean;
  /** It concerns the agent: the agent hosts the event, the news is about the agent, or it names them. */
  concernsSelf?: boolean;
  /** The news or event is about the teller (news from the one it concerns). */
  fromConcerned?: boolean;
  /** For observations: what was seen. */
  seen?: Sighting;
  /** The agent's relationship with the person the memory is about (seen, talked with), if any. */
  subjectRelation?: { relation: string; closeness: number } | null;
  /** How many memories of the same sight (same subject and action) the agent already holds. */
  repeats?: number;
  /** Tags ("inner voice" marks a whisper). */
  keywords?: string[];
}

/** Someone a reflection may be about: name and, if known, the relationship. */
export interface PersonBrief {
  id: string;
  name: string;
  occupation?: string;
  relationship: RelationshipBrief | null;
}

/** Someone an interviewed agent knows or lives with. */
export interface InterviewPerson extends PersonBrief {
  /** Lives in the same home. */
  sharesHome: boolean;
}

/**
 * A focal question for reflection. `focus` is an opaque tag a mind may set for itself (the offline
 * mind marks what the question is about); the simulation passes it back unchanged.
 */
export interface FocalQuestion {
  question: string;
  focus?: string;
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

/**
 * An activity two people agreed to do together: both sides' requests carry it with the same time
 * and place, so both plan it and meet.
 */
export interface JointPlan {
  partnerId: string;
  partnerName: string;
  /** This agent's wording ("playing chess with Oskar"). */
  activity: string;
  place: PlaceRef;
  startMinute: number;
  durationMin: number;
}

/** Someone the agent knows, the home they live in and where they work today (if they do). */
export interface PersonHome {
  id: string;
  name: string;
  relation: string;
  closeness: number;
  home: string;
  /** Where and when they work today, when today is one of their working days. */
  workToday?: { place: PlaceRef; startMinute: number; endMinute: number };
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
  /** Third-person content being passed on ("Dana Reyes is opening a bakery"). */
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
    req: { agent: Persona; items: ImportanceItem[] };
    /** Exactly one score (1–10) per item, in order. */
    res: { scores: number[] };
  };
  embed: {
    req: { texts: string[] };
    res: { vectors: number[][] };
  };
  planDay: {
    req: {
      agent: Persona;
      /** The run's seed: shapes dispositions (who goes where); minds may ignore it. */
      seed?: number;
      day: number;
      weekday: string;
      /** The weekday as a number (0 = Monday), for rhythms that differ by day. */
      weekdayIndex?: number;
      /** Whether today is one of the agent's working days (from the workplace's opening days). */
      workday?: boolean;
      memories: MemoryBrief[];
      knownEvents: EventInfo[];
      /** Activities agreed with someone else today (both sides get the same time and place). */
      joint?: JointPlan[];
      /** People the agent knows (a pastime naming one is only done together with them). */
      people?: PersonHome[];
    };
    res: { wakeHour: number; items: string[] };
  };
  scheduleHours: {
    req: {
      agent: Persona;
      /** The run's seed: shapes dispositions (who goes where); minds may ignore it. */
      seed?: number;
      day: number;
      weekday: string;
      /** Plan from this minute of the day to bedtime. */
      fromMinute: number;
      dayPlan: string[];
      knownEvents: EventInfo[];
      memories: MemoryBrief[];
      places: PlaceOption[];
      /** The weekday as a number (0 = Monday): places are only visited while open. */
      weekdayIndex?: number;
      /** Whether today is one of the agent's working days. */
      workday?: boolean;
      /** Activities agreed with someone else today, to keep at their time and place. */
      joint?: JointPlan[];
      /** People the agent knows, with where they live (for visits). */
      people?: PersonHome[];
    };
    res: { blocks: ScheduleBlock[] };
  };
  decompose: {
    req: {
      agent: Persona;
      block: ScheduleBlock;
      objects: string[];
      /** What the block's place is for (null: unknown). */
      kind?: PlaceKind | null;
      /** True when the block's place is the agent's workplace (staff, not a visitor). */
      worksHere?: boolean;
    };
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
      /** Today's game day (events that have ended are not worth mentioning). */
      day?: number;
      /** The world seed: dispositions (who retells what) vary with it. */
      seed?: number;
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
      /** What the speaker was doing when the conversation started. */
      ownAction?: string;
      /** Where the conversation happens (a sector name), if anywhere named. */
      place?: string;
      /** The world seed: dispositions (who retells what) vary with it. */
      seed?: number;
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
  /** Reflection, part one: the ~3 most salient questions the recent memories raise. */
  focalQuestions: {
    req: { agent: Persona; memories: MemoryBrief[]; people: PersonBrief[] };
    res: { questions: FocalQuestion[] };
  };
  /**
   * Reflection, part two: insights per focal question, each citing the retrieved memories it rests
   * on. `memories` holds every memory retrieved; each question lists the ids retrieved for it.
   */
  reflect: {
    req: {
      agent: Persona;
      /** The run's seed: shapes dispositions (who goes where); minds may ignore it. */
      seed?: number;
      memories: MemoryBrief[];
      questions: (FocalQuestion & { memoryIds: string[] })[];
      people: PersonBrief[];
    };
    res: { insights: { text: string; evidence: string[]; subjectId?: string }[] };
  };
  answerInterview: {
    req: {
      agent: Persona;
      /** The run's seed: shapes dispositions (who goes where); minds may ignore it. */
      seed?: number;
      question: string;
      memories: MemoryBrief[];
      currentAction: string;
      plan: string[];
      day: number;
      minuteOfDay: number;
      /** Today's weekday ("Monday"). */
      weekday?: string;
      /** People the agent knows, and everyone who shares its home (`sharesHome`). */
      people?: InterviewPerson[];
      /** Events the agent knows of (from memory). */
      knownEvents?: EventInfo[];
      /** Memories carrying an event or news: the first and the latest of each, oldest first. */
      topics?: MemoryBrief[];
      /** Today's schedule as it stands (empty under the planning ablation). */
      schedule?: ScheduleBlock[];
      /**
       * Tomorrow, for questions about it (absent under the planning ablation), with what the agent
       * would plan it from if it woke now: a mind that plans can answer with its own plan.
       */
      tomorrow?: {
        day: number;
        weekday: string;
        weekdayIndex?: number;
        workday?: boolean;
        joint?: JointPlan[];
        people?: PersonHome[];
        memories?: MemoryBrief[];
      };
      /** The town's places, so a mind can work out where it will be. */
      places?: PlaceOption[];
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
  'focalQuestions',
  'reflect',
  'answerInterview',
];

/**
 * Bookkeeping questions (importance ratings, embeddings): frequent and dull, so mind logs keep
 * them apart from decisions and a "thinking…" mark ignores them.
 */
export const ROUTINE_KINDS: ReadonlySet<QuestionKind> = new Set<QuestionKind>([
  'embed',
  'rateImportance',
]);

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
