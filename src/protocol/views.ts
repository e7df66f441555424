/** The page↔worker protocol: what the inspector reads about one agent (results of read requests). */
import type { MemoryType } from '../sim/memory/node';
import type { RetrievalWeights } from '../sim/memory/retrieve';

export interface MemoryView {
  id: string;
  type: MemoryType;
  created: number;
  /** "Day 1 07:05" */
  time: string;
  importance: number;
  description: string;
  evidence: string[];
  source?: string;
  subject?: string;
  /** The mind call that produced it (for the inspector's "why?"). */
  opId?: string;
}

export interface PlanView {
  day: number;
  wakeHour: number;
  items: string[];
  /** Day-plan item closest to the current hourly block, or -1. */
  currentItem: number;
  blocks: { start: string; end: string; activity: string; place?: string }[];
  currentBlock: number;
  decomp: {
    block: number;
    steps: { start: string; description: string; durationMin: number; emoji?: string }[];
    current: number;
  } | null;
}

export interface AgentNow {
  id: string;
  name: string;
  age: number;
  occupation: string;
  traits: string[];
  learned: string;
  currently: string;
  lifestyle: string;
  home: string;
  workplace: string | null;
  action: {
    description: string;
    emoji: string;
    kind: string;
    address: string | null;
    startTime: string;
    minutesLeft: number;
    /** The mind call that chose it, when the simulation tags it. */
    opId?: string;
  };
  place: string;
  chatWith: string | null;
  plan: PlanView | null;
  memoryCount: number;
  importanceSinceReflect: number;
  reflectThreshold: number;
}

export interface MemoryList {
  total: number;
  matched: number;
  memories: MemoryView[];
}

export interface ProbeHit {
  memory: MemoryView;
  /** False while the memory waits for its embedding (its relevance cannot be scored yet). */
  embedded: boolean;
  recency: number;
  importance: number;
  relevance: number;
  score: number;
}

export interface ProbeResult {
  query: string;
  weights: RetrievalWeights;
  candidates: number;
  /** Candidates still waiting for an embedding (they score the lowest relevance). */
  unembedded: number;
  hits: ProbeHit[];
}

export interface ReflectionsResult {
  /** Thoughts that cite evidence, newest first. */
  insights: string[];
  /** Every insight and every memory they cite (recursively), by id. */
  nodes: Record<string, MemoryView>;
}

export interface ConversationView {
  id: string;
  partnerId: string;
  partner: string;
  place: string;
  start: string;
  startStep: number;
  ongoing: boolean;
  /** Lines spoken so far (a conversation is generated at once and plays out over steps). */
  lines: { speaker: string; mine: boolean; text: string; time: string; opId?: string }[];
}

export interface RelationshipView {
  id: string;
  name: string;
  relation: string;
  closeness: number;
  summary: string;
  timesTalked: number;
  metIn: string | null;
  lastTalk: string | null;
}

export interface InterviewResult {
  answer: string;
  used: MemoryView[];
  remembered: boolean;
}
