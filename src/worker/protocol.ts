/**
 * The one message protocol between the page and the simulation worker. The page sends control
 * messages (play, pause, step, speed) and requests with an id; the worker answers each request
 * once, and streams compact frames of the town as steps are computed.
 */
import type { Facing } from '../sim/agent/agent';
import type { PlaceRef } from '../sim/agent/persona';
import type { MemoryType } from '../sim/memory/node';
import type { RetrievalWeights } from '../sim/memory/retrieve';
import type { MemoryBrief, QuestionKind } from '../sim/mind';
import { EVAL_REQUESTS, type EvalEvent, type EvalRequests } from './protocolEval';
import {
  PERSIST_REQUESTS,
  type PersistEvent,
  type PersistRequests,
  type TownChoice,
} from './protocolSaves';
import type {
  ConnectionVerdict,
  LlmConfig,
  LogMessage,
  Notice,
  PriceTable,
  UsageReport,
} from '../minds/llm';

/** Sim speeds: game steps per second of wall time, or as fast as possible. 1× = 1 step/s. */
export const SPEEDS = [1, 2, 5, 10, 30, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Speed on load: fast enough to look alive at once, slow enough to follow one person. */
export const DEFAULT_SPEED: Speed = 5;

export interface InitOptions {
  /** Number of agents (the scenario's own count when absent; more clones personas). */
  agents?: number;
  seed?: number;
  /** Which bundled town a new town is made of (`?town=`; see src/scenarios/index.ts). */
  scenario?: string;
  speed?: Speed;
  /** Start paused. */
  paused?: boolean;
  /** Which town to open (default: resume this tab's town, else the latest autosave). */
  town?: TownChoice;
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
  | { type: 'fatal'; message: string }
  /** Saves, autosave, replay and the two-tabs lock changed (see `PersistEvent`). */
  | { type: 'persist'; event: PersistEvent }
  /** The mind changed, or it raised a notice (one per kind of problem). */
  | { type: 'mind'; event: MindEvent }
  /** An evaluation in progress (see `EvalEvent`). */
  | { type: 'eval'; event: EvalEvent };

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

export interface Requests extends PersistRequests, EvalRequests {
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
  /** Switches the mind without reloading (answered by the worker's mind host). */
  setMind: { req: { mind: MindSetting }; res: MindStatus };
  /** Checks LLM settings against their server (the settings panel's "Test connection"). */
  testMind: { req: { config: LlmConfig }; res: ConnectionVerdict };
  /** An agent's recent mind calls, newest first (`routine`: include importance and embeddings). */
  mindCalls: { req: { agentId: string; limit: number; routine: boolean }; res: MindCallList };
  /** One call in full: by op id, or the call that chose an action with this description. */
  mindCall: {
    req: { opId?: string; agentId?: string; action?: string };
    res: MindCallDetail | null;
  };
  /** Usage of the LLM mind since it was applied (null with the offline mind). */
  mindUsage: { req: { reset?: boolean }; res: UsageReport | null };
  /** Replaces the price table (merged over the defaults) of the LLM mind in use. */
  setPrices: { req: { prices: PriceTable }; res: UsageReport | null };
}

export type RequestKind = keyof Requests;
export type RequestOf<K extends RequestKind> = { kind: K } & Requests[K]['req'];
export type Request = { [K in RequestKind]: RequestOf<K> }[RequestKind];
export type ResultOf<K extends RequestKind> = Requests[K]['res'];

/** Requests that change the world (applied between steps, in order). */
export const MUTATING_REQUESTS = ['whisper', 'interview', 'announce', 'setWeights'] as const;
export type MutatingRequest = Extract<Request, { kind: (typeof MUTATING_REQUESTS)[number] }>;

// ─── The mind: switching, notices, the mind log ────────────────────────────────

/** Which mind answers the agents' questions. The key travels only inside `config`, page → worker. */
export type MindSetting = { kind: 'offline' } | { kind: 'llm'; config: LlmConfig };

/** The mind in use, as the page shows it (never the key). */
export interface MindStatus {
  kind: 'offline' | 'llm';
  /** "Offline" or "LLM · gpt-4o-mini". */
  label: string;
  chatModel?: string;
  /** Null when embeddings come from the offline embedder. */
  embeddingModel?: string | null;
  baseURL?: string;
}

/** Pushed by the worker when the mind changes or raises a notice. */
export type MindEvent = { kind: 'status'; status: MindStatus } | { kind: 'notice'; notice: Notice };

/** One mind call in the mind log list. */
export interface MindCallSummary {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  /** Step at which it was asked, and its "Day 1 07:05" label. */
  step: number;
  time: string;
  /** Which mind was asked: `offline` or `llm`. */
  mind: string;
  /** What came back, in one line. */
  headline: string;
  latencyMs: number;
  cacheHit: boolean;
  /** Why the offline mind answered instead, if it did. */
  fallback?: string;
  /** The last problem seen (redacted), even if a retry fixed it. */
  error?: string;
  promptTokens?: number;
  completionTokens?: number;
  /** Memories the request carried. */
  memoryCount: number;
}

/** One mind call in full, for the detail view and the "why?" links. */
export interface MindCallDetail extends MindCallSummary {
  agentName: string | null;
  /** `action`: inferred from the action's description (actions carry no op id yet). */
  matchedBy: 'opId' | 'action';
  model?: string;
  /** The request without the persona, the town's places and the memories. */
  request: unknown;
  /** The memories retrieval handed the mind. */
  memories: MemoryBrief[];
  /** What the engine received. */
  result: unknown;
  /** Prompt messages as sent (LLM only). */
  messages: LogMessage[];
  replyText: string;
  /** HTTP requests made (retries and repair included). */
  requests: number;
  repaired: boolean;
}

export interface MindCallList {
  mind: MindStatus;
  calls: MindCallSummary[];
  /** Calls still kept for this agent, and all ever made. */
  kept: number;
  total: number;
}

// The evaluation and saves parts of the protocol live beside this file; importers see one module.
export * from './protocolEval';
export * from './protocolSaves';
export type EvalRequest = Extract<Request, { kind: (typeof EVAL_REQUESTS)[number] }>;
export type PersistRequest = Extract<Request, { kind: (typeof PERSIST_REQUESTS)[number] }>;
