/** Why-chains: the types a chain is made of and the page reads (re-exported by eval/why.ts). */
import type { MemoryType } from '../../sim/memory/node';
import type { QuestionKind } from '../../sim/mind';

/** What a "why?" asks about: an agent's current action, a conversation line, or a memory. */
export type WhyTarget =
  | { kind: 'action' }
  | { kind: 'line'; conversationId: string; index: number }
  | { kind: 'memory'; memoryId: string };

/** Something a link points at, for the page to open. */
export type WhyRef =
  | { kind: 'person'; agentId: string }
  | { kind: 'memory'; agentId: string; memoryId: string }
  | { kind: 'conversation'; agentId: string; conversationId: string }
  | { kind: 'call'; agentId: string | null; opId: string };

/** A run of a link's sentence: plain text, or text that opens `ref`. */
export type WhyPart = string | { text: string; ref: WhyRef };

/** What a link of the chain states (its sentence is built from the same facts). */
export type WhyLinkKind =
  | 'action'
  | 'line'
  | 'plan'
  | 'planChange'
  | 'event'
  | 'heard'
  | 'told'
  | 'saw'
  | 'announced'
  | 'whisper'
  | 'seed'
  | 'accepted'
  | 'declined'
  | 'talk'
  | 'reflection'
  | 'evidence'
  | 'memory';

/** One link: a fact, when it happened, and its sentence in runs of text and links. */
export interface WhyLink {
  kind: WhyLinkKind;
  /** Step it happened at (null: no time, e.g. known from the start). */
  step: number | null;
  /** "day 1 at 10:05" (empty when `step` is null). */
  when: string;
  parts: WhyPart[];
  /** Nesting under the link before (evidence of a reflection, the origin of a share). */
  depth: number;
}

/**
 * A memory the mind call was given, with the three retrieval components min-max normalised over
 * the call's memories (0–1, as retrieval normalises over its candidates; 0.5 when all are equal).
 */
export interface WhyMemory {
  id: string;
  type: MemoryType;
  description: string;
  /** Importance as rated, 1–10 (0: not rated yet when asked). */
  rating: number;
  /** Game minutes since it was made, at the call. */
  ageMinutes: number;
  recency: number;
  importance: number;
  /** Closeness in meaning to what is explained (null: nothing to compare, or not embedded). */
  relevance: number | null;
  /**
   * True: the three scores are retrieval's own, recorded with the call (relevance to the query it
   * ran). False: estimated from the brief (recency from age, relevance to what is explained).
   */
  retrieved: boolean;
  /** Still in its owner's memory (a link can open it). */
  kept: boolean;
}

/** The mind call behind the thing explained. */
export interface WhyCall {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  step: number;
  when: string;
  /** Whose memories the call was given (the speaker of a line, else the one asking). */
  ownerId: string | null;
  /** What relevance is measured against ("the plan"), when it is measured. */
  relevanceTo: string | null;
  memories: WhyMemory[];
  /** How many memories the call was given in all (`memories` holds the first few). */
  memoryCount: number;
}

/** A plain-language chain: why someone does, says or thinks something. */
export interface WhyChain {
  agentId: string;
  name: string;
  /** One-line title ("Why is Ana at the bakery?"). */
  title: string;
  links: WhyLink[];
  /** The mind call behind it, when it is still in the log (live towns only). */
  call: WhyCall | null;
  /** Op id of that call even when the log no longer has it. */
  opId: string | null;
}

/*
 * Plain-language "why?": a chain of links built from structured provenance only — op ids on
 * actions, lines and memories, `source` on heard memories, `evidence` on reflections, plan
 * memories and event data. Each link's sentence is made here from those facts; nothing is ever
 * read back from a sentence.
 */

/** A mind call as the worker's call log keeps it (the fields this module reads). */
export interface CallInfo {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  step: number;
  req: unknown;
  result: unknown;
}

/** The worker's call log, seen through what a chain needs (null in a replay: no log). */
export interface CallSource {
  find(opId: string, agentId?: string | null): CallInfo | undefined;
  /** An agent's decisions, oldest first. */
  forAgent(agentId: string | null, routine: boolean): CallInfo[];
}

/** Memories of a call listed with their scores (the rest are counted). */
export const CALL_MEMORIES_SHOWN = 8;
/** How far a told-by chain is followed back (teller of the teller …). */
export const MAX_HOPS = 4;
/** Evidence memories listed under a reflection. */
export const EVIDENCE_SHOWN = 6;
