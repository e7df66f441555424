/**
 * The page↔worker protocol: the mind — switching, notices, the mind log. The page reaches the LLM
 * mind's settings, prices and usage only through this module (it re-exports their types).
 */
import type { MemoryBrief, QuestionKind } from '../sim/mind';
import type {
  BudgetStatus,
  ConnectionVerdict,
  LlmBudget,
  LlmConfig,
  LogMessage,
  Notice,
  PriceTable,
  UsageReport,
} from '../minds/llm';

export type {
  BudgetStatus,
  ConnectionVerdict,
  LlmBudget,
  LlmConfig,
  Notice,
  PriceTable,
  UsageReport,
};
export type { UsageBucket } from '../minds/llm/usage';
export type { ProviderId, StructuredOutput } from '../minds/llm/config';
export { budgetProblem, DEFAULT_LLM_SETTINGS, PROVIDER_PRESETS } from '../minds/llm/config';
export { DEFAULT_PRICES } from '../minds/llm/prices';

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
  /** The LLM budget, when one is set. */
  budget?: LlmBudget;
}

/** Pushed by the worker when the mind changes or raises a notice. */
export type MindEvent = { kind: 'status'; status: MindStatus } | { kind: 'notice'; notice: Notice };

/**
 * Who actually answered a call: the LLM (`llm`: the mind asked, when it is not the offline one),
 * the offline mind in use (`offline`), the offline mind because the LLM budget was spent
 * (`budget`), or the offline mind because the mind asked failed (`fallback`).
 */
export type Answerer = 'llm' | 'offline' | 'budget' | 'fallback';

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
  /** Which mind answered. */
  answeredBy: Answerer;
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

/** The LLM mind's usage, with its budget in the current window (null: no budget is set). */
export interface MindUsage extends UsageReport {
  budget: BudgetStatus | null;
}

export interface MindRequests {
  setMind: { req: { mind: MindSetting }; res: MindStatus };
  /** Checks LLM settings against their server (the settings panel's "Test connection"). */
  testMind: { req: { config: LlmConfig }; res: ConnectionVerdict };
  /** An agent's recent mind calls, newest first (`routine`: include importance and embeddings). */
  mindCalls: { req: { agentId: string; limit: number; routine: boolean }; res: MindCallList };
  /** One call in full, by op id (memories, actions and lines carry the op id that made them). */
  mindCall: {
    req: { opId: string; agentId?: string };
    res: MindCallDetail | null;
  };
  /** Usage of the LLM mind since it was applied, and its budget (null with the offline mind). */
  mindUsage: { req: { reset?: boolean }; res: MindUsage | null };
  /** Replaces the price table (merged over the defaults) of the LLM mind in use. */
  setPrices: { req: { prices: PriceTable }; res: MindUsage | null };
}
