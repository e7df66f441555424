/**
 * The LLM mind: the Mind port answered by any OpenAI-compatible server. Browser- and
 * worker-safe; the file cache for Node lives in `./nodeFileCache` and is not exported here.
 */
export { LlmMind, type LlmConfigInput, type LlmMindOptions } from './mind';
export {
  BudgetMind,
  BudgetLedger,
  Attention,
  BUDGET_RESERVE,
  budgetWindow,
  type BudgetRoute,
  type BudgetStatus,
} from './budget';
export {
  budgetProblem,
  configFromEnv,
  DEFAULT_LLM_SETTINGS,
  presetConfig,
  PROVIDER_PRESETS,
  resolveConfig,
  type LlmBudget,
  type LlmConfig,
  type ProviderId,
  type ProviderPreset,
  type ResolvedLlmConfig,
  type StructuredOutput,
} from './config';
export { MemoryLlmCache, contentHash, type CachedValue, type LlmCache } from './cache';
export { DEFAULT_PRICES, priceFor, costOf, type ModelPrice, type PriceTable } from './prices';
export type { Notice, NoticeListener } from './notices';
export type { LogMessage, LogQuery, MindLogEntry } from './mindLog';
export type { UsageBucket, UsageReport } from './usage';
export type { ProblemKind, NoticeLevel } from './problems';
export { testConnection, type ConnectionVerdict } from './testConnection';
export { SPECS } from './prompts';
export { QUESTION_MARKER, SECTION } from './prompts/format';
