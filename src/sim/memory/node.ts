import type { EventInfo } from '../agent/persona';

/*
 * A memory is one of six kinds, by what produced it. `type` is the stored discriminant (four
 * values, unchanged since the first saves); the kinds sharing a `type` differ by the fields they
 * carry. Every other kind's fields are declared absent (`?: never`), so reading `n.gist` on any
 * memory is allowed (undefined where it does not belong) and narrows: `if (n.source)` leaves a
 * HeardMemory.
 *
 * Stored JSON keeps one shape for all kinds: every memory has `keywords` and `evidence` (an empty
 * list except on reflections), so saves and world hashes are as before.
 */

/** Fields every memory has. */
interface MemoryBase {
  id: string;
  /** Step at which it was created. */
  created: number;
  /** Step at which it was last retrieved. */
  lastAccessed: number;
  description: string;
  /** "Poignancy" 1–10; 0 while waiting for the mind to rate it. */
  importance: number;
  keywords: string[];
  /**
   * Agents told this memory's content: set on whatever memory a conversation share cites (a mind
   * may cite any), read back only on memories with a gist.
   */
  sharedWith?: string[];
}

/** The fields only some kinds carry. */
interface KindFields {
  /** Agent this memory is about (the person seen, talked to, or reflected on). */
  subjectId: string;
  /** Agent who told this to us. */
  source: string;
  /** What was seen, as data (minds read this, never the sentence). */
  seen: Sighting;
  /** A scheduled event this memory knows about. */
  event: EventInfo;
  /** A topic of news this memory carries (e.g. a candidacy), spread in conversation. */
  news: string;
  /** Third-person, retellable content of the news or event ("Dana Reyes is opening a bakery"). */
  gist: string;
  /** Conversation this memory summarises. */
  chatId: string;
  /** Id of the mind call that produced it, for the inspector. */
  opId: string;
}

/** The kind fields a memory kind does not carry. */
type Without<K extends keyof KindFields> = { [P in Exclude<keyof KindFields, K>]?: never };

/** Kept on every kind for the stored shape; only reflections cite anything. */
type NoEvidence = { evidence: [] };

/** Something the agent witnessed: a sight (person or object) or a town event announced to it. */
export interface PerceivedMemory extends MemoryBase, NoEvidence, Without<'subjectId' | 'seen'> {
  type: 'event';
  /** The person seen. */
  subjectId?: string;
  /** Absent for announcements (and for sights stored before sightings were recorded). */
  seen?: Sighting;
}

/** Something another agent told the agent in conversation. */
export interface HeardMemory
  extends
    MemoryBase,
    NoEvidence,
    Without<'subjectId' | 'source' | 'gist' | 'event' | 'news' | 'opId'> {
  type: 'event';
  /** The teller (same as `source`). */
  subjectId: string;
  source: string;
  gist: string;
  event?: EventInfo;
  news?: string;
  /** The conversation line's mind call. */
  opId?: string;
}

/** A thought the agent starts with (its persona's seed memories) or is whispered. */
export interface InnerThought extends MemoryBase, NoEvidence, Without<'gist' | 'event' | 'news'> {
  type: 'thought';
  /** Set when the thought carries news or an event to pass on. */
  gist?: string;
  event?: EventInfo;
  news?: string;
}

/** An insight from reflection, citing the memories it rests on. */
export interface ReflectionMemory extends MemoryBase, Without<'subjectId' | 'opId'> {
  type: 'thought';
  /** Ids of the cited memories (never empty when produced; older thoughts may cite them too). */
  evidence: string[];
  /** The person the insight is about. */
  subjectId?: string;
  opId?: string;
}

/** A conversation's summary, or an interview the agent was asked to remember. */
export interface ChatMemory
  extends MemoryBase, NoEvidence, Without<'subjectId' | 'chatId' | 'opId'> {
  type: 'chat';
  /** The partner (absent for interviews). */
  subjectId?: string;
  chatId?: string;
  opId?: string;
}

/** A day plan or a change of plans. */
export interface PlanMemory extends MemoryBase, NoEvidence, Without<'opId'> {
  type: 'plan';
  opId?: string;
}

export type EventMemory = PerceivedMemory | HeardMemory;
export type ThoughtMemory = InnerThought | ReflectionMemory;

/** One entry of an agent's memory stream. Plain JSON; the embedding lives in the stream's index. */
export type MemoryNode = EventMemory | ThoughtMemory | ChatMemory | PlanMemory;

export type MemoryType = MemoryNode['type'];

/** `Omit` over each member of a union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A memory before the stream gives it an id. */
export type NewMemoryNode = OmitEach<MemoryNode, 'id'>;

/** Fields `remember` fills in when the producer leaves them out. */
export type MemoryDefaults = 'created' | 'lastAccessed' | 'importance' | 'keywords' | 'evidence';

type DraftOf<T extends MemoryNode> = T extends unknown
  ? Omit<T, 'id' | MemoryDefaults> & Partial<Pick<T, MemoryDefaults>>
  : never;

/** A memory as a producer states it (see `remember`): a reflection must give its evidence. */
export type MemoryDraft =
  | DraftOf<Exclude<MemoryNode, ReflectionMemory>>
  | (DraftOf<ReflectionMemory> & Pick<ReflectionMemory, 'evidence'>);

/** One thing perceived: a person doing something, or an object in some state, at a place. */
export interface Sighting {
  /** The person seen (absent for an object). */
  subjectId?: string;
  /** What they were doing ("brewing coffee"), or the object's state ("being slept in"). */
  action: string;
  object?: string;
  sector?: string;
  arena?: string;
}
