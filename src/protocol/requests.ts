/**
 * The page↔worker protocol: every request the page can make, grouped by who answers it in the
 * worker — reads of the town, commands applied between steps, the mind, saves and evaluations.
 * The worker answers them through one table typed `{ [K in RequestKind]: handler }`
 * (src/worker/requestTable.ts), so a request kind without a handler does not compile.
 */
import type { PlaceRef } from '../sim/agent/persona';
import type { MemoryType } from '../sim/memory/node';
import type { RetrievalWeights } from '../sim/memory/retrieve';
import type { EvalRequests } from './eval';
import type { ExperimentRequests } from './experiment';
import type { GraphRequests } from './graphs';
import type { SeriesRequests } from './series';
import type { WhyRequests } from './why';
import type { MindRequests } from './mind';
import type { PersistRequests } from './saves';
import type { ScenarioRequests } from './scenario';
import type {
  AgentNow,
  ConversationView,
  InterviewResult,
  MemoryList,
  MemoryView,
  ProbeResult,
  ReflectionsResult,
  RelationshipView,
} from './views';

/** Reads of the town (answered at once, live or in replay; they change nothing). */
export interface ReadRequests extends SeriesRequests, GraphRequests, WhyRequests {
  agentNow: { req: { agentId: string }; res: AgentNow };
  memories: {
    req: { agentId: string; types?: MemoryType[]; text?: string; limit: number };
    res: MemoryList;
  };
  probe: { req: { agentId: string; query: string; k: number }; res: ProbeResult };
  reflections: { req: { agentId: string }; res: ReflectionsResult };
  conversations: { req: { agentId: string }; res: ConversationView[] };
  relationships: { req: { agentId: string }; res: RelationshipView[] };
}

/** Commands that change the world: applied between steps, in order, and recorded on the tape. */
export interface CommandRequests {
  whisper: { req: { agentId: string; text: string }; res: { memory: MemoryView } };
  interview: {
    req: { agentId: string; question: string; remember: boolean };
    res: InterviewResult;
  };
  announce: { req: { text: string; place?: PlaceRef }; res: { reached: string[] } };
  /** Retrieval weights for every agent from now on (α recency, β importance, γ relevance). */
  setWeights: { req: { weights: RetrievalWeights }; res: { weights: RetrievalWeights } };
  /** Forgets a memory (recorded on the tape like any command). */
  forgetMemory: { req: { agentId: string; memoryId: string }; res: { memoryId: string } };
  /** Rewrites a memory's words; the facts the old words carried go with them. */
  rewriteMemory: {
    req: { agentId: string; memoryId: string; text: string };
    res: { memory: MemoryView };
  };
}

export interface Requests
  extends
    ReadRequests,
    CommandRequests,
    MindRequests,
    PersistRequests,
    EvalRequests,
    ExperimentRequests,
    ScenarioRequests {}

export type RequestKind = keyof Requests;
export type RequestOf<K extends RequestKind> = { kind: K } & Requests[K]['req'];
export type Request = { [K in RequestKind]: RequestOf<K> }[RequestKind];
export type ResultOf<K extends RequestKind> = Requests[K]['res'];
