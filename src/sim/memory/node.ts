import type { EventInfo } from '../agent/persona';

export type MemoryType = 'event' | 'chat' | 'thought' | 'plan';

/** One entry of an agent's memory stream. Plain JSON; the embedding lives in the stream's index. */
export interface MemoryNode {
  id: string;
  type: MemoryType;
  /** Step at which it was created. */
  created: number;
  /** Step at which it was last retrieved. */
  lastAccessed: number;
  description: string;
  /** "Poignancy" 1–10; 0 while waiting for the mind to rate it. */
  importance: number;
  keywords: string[];
  /** For thoughts: the ids of the memories it rests on. */
  evidence: string[];
  /** Agent this memory is about, if any (e.g. the person seen or talked to). */
  subjectId?: string;
  /** Agent who told this to us, for things heard in conversation. */
  source?: string;
  /** A scheduled event this memory knows about. */
  event?: EventInfo;
  /** A topic of news this memory carries (e.g. a candidacy), spread in conversation. */
  news?: string;
  /** Third-person, retellable content of the news or event ("Dana Reyes is opening a bakery"). */
  gist?: string;
  /** Agents this memory's gist has been told to. */
  sharedWith?: string[];
  /** Conversation this memory summarises. */
  chatId?: string;
  /** Id of the mind call that produced it, for the inspector. */
  opId?: string;
  /** For observations: what was seen, as data (minds read this, never the sentence). */
  seen?: Sighting;
}

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
