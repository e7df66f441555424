/**
 * The one message protocol between the page and the simulation worker. The page sends control
 * messages (play, pause, step, speed) and requests with an id; the worker answers each request
 * once, and streams compact frames of the town as steps are computed.
 */
import type { Facing } from '../sim/agent/agent';
import type { PlaceRef } from '../sim/agent/persona';
import type { MemoryType } from '../sim/memory/node';
import type { RetrievalWeights } from '../sim/memory/retrieve';

/** Sim speeds: game steps per second of wall time, or as fast as possible. 1× = 1 step/s. */
export const SPEEDS = [1, 2, 5, 10, 30, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Speed on load: fast enough to look alive at once, slow enough to follow one person. */
export const DEFAULT_SPEED: Speed = 5;

export interface InitOptions {
  /** Number of agents (the scenario's own count when absent; more clones personas). */
  agents?: number;
  seed?: number;
  speed?: Speed;
  /** Start paused. */
  paused?: boolean;
}

// ─── Page → worker ─────────────────────────────────────────────────────────────

export type Control =
  | { kind: 'play' }
  | { kind: 'pause' }
  /** Pauses and advances exactly one step. */
  | { kind: 'step' }
  | { kind: 'setSpeed'; speed: Speed };

export type PageMessage =
  | { type: 'init'; options: InitOptions }
  | { type: 'control'; control: Control }
  | { type: 'request'; id: number; request: Request };

// ─── Worker → page ─────────────────────────────────────────────────────────────

export interface ClockView {
  step: number;
  day: number;
  minuteOfDay: number;
  weekday: string;
}

/** One agent in a frame: only what drawing and the agent list need. */
export interface AgentFrame {
  x: number;
  y: number;
  facing: Facing;
  /** Walking: has a path to follow. */
  moving: boolean;
  emoji: string;
  action: string;
  /** "Willow Market, pharmacy" or "outdoors". */
  place: string;
  /** The line this agent is saying right now, while chatting. */
  speech: string | null;
  partnerId: string | null;
  /** A decision (plan, grounding, talk, reflection …) is pending or was just made. */
  thinking: boolean;
}

export interface Frame {
  clock: ClockView;
  running: boolean;
  speed: Speed;
  /** Steps computed for this frame (1 at paced speeds, more when batching at max). */
  steps: number;
  /** Measured steps per second of wall time. */
  stepsPerSecond: number;
  /** Expected wall milliseconds until the next frame, for interpolation. */
  intervalMs: number;
  /** In the order of `TownMeta.agents`. */
  agents: AgentFrame[];
}

export interface AgentMeta {
  id: string;
  name: string;
  /** Index into the character sheet (may exceed the sheet: wrap and tint). */
  sprite: number;
  age: number;
  occupation: string;
}

export interface PlaceInfo {
  sector: string;
  arenas: string[];
}

export interface TownMeta {
  scenarioName: string;
  mind: string;
  seed: number;
  /** Tiled JSON map, as the worker loaded it. */
  map: unknown;
  width: number;
  height: number;
  tileSize: number;
  agents: AgentMeta[];
  places: PlaceInfo[];
  weights: RetrievalWeights;
}

export type WorkerMessage =
  | { type: 'ready'; meta: TownMeta; frame: Frame }
  | { type: 'frame'; frame: Frame }
  /** While a slow step waits on the mind: who is waiting for a decision. */
  | { type: 'thinking'; agentIds: string[] }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'fatal'; message: string };

// ─── Requests and their results ────────────────────────────────────────────────

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
  lines: { speaker: string; mine: boolean; text: string; time: string }[];
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

export interface Requests {
  agentNow: { req: { agentId: string }; res: AgentNow };
  memories: {
    req: { agentId: string; types?: MemoryType[]; text?: string; limit: number };
    res: MemoryList;
  };
  probe: { req: { agentId: string; query: string; k: number }; res: ProbeResult };
  reflections: { req: { agentId: string }; res: ReflectionsResult };
  conversations: { req: { agentId: string }; res: ConversationView[] };
  relationships: { req: { agentId: string }; res: RelationshipView[] };
  whisper: { req: { agentId: string; text: string }; res: { memory: MemoryView } };
  interview: {
    req: { agentId: string; question: string; remember: boolean };
    res: InterviewResult;
  };
  announce: { req: { text: string; place?: PlaceRef }; res: { reached: string[] } };
  /** Retrieval weights for every agent from now on (α recency, β importance, γ relevance). */
  setWeights: { req: { weights: RetrievalWeights }; res: { weights: RetrievalWeights } };
}

export type RequestKind = keyof Requests;
export type RequestOf<K extends RequestKind> = { kind: K } & Requests[K]['req'];
export type Request = { [K in RequestKind]: RequestOf<K> }[RequestKind];
export type ResultOf<K extends RequestKind> = Requests[K]['res'];

/** Requests that change the world (applied between steps, in order). */
export const MUTATING_REQUESTS = ['whisper', 'interview', 'announce', 'setWeights'] as const;
export type MutatingRequest = Extract<Request, { kind: (typeof MUTATING_REQUESTS)[number] }>;
