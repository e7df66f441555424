import type { PriceTable } from './prices';

/** How the server is asked for JSON: a strict JSON schema (OpenAI, vLLM, recent Ollama/LM Studio) or plain JSON mode. */
export type StructuredOutput = 'json_schema' | 'json_object';

/** Settings of the LLM mind. Plain JSON so the settings panel and the CLI can build it. */
export interface LlmConfig {
  /** OpenAI-compatible base URL, including the `/v1` part. */
  baseURL: string;
  /** Bearer key. Local servers ignore it; it never enters logs, notices or usage reports. */
  apiKey?: string;
  chatModel: string;
  /** Model for `/v1/embeddings` when `embeddings` is `'api'`. */
  embeddingModel?: string;
  /** `'api'`: the server's embedding model; `'offline'`: the offline mind's hashed embedder (free). */
  embeddings: 'api' | 'offline';
  /** Most requests in flight at once, across all agents and question kinds. */
  concurrency: number;
  temperature: number;
  /** Per-request timeout. A timed-out question is answered by the offline mind (not retried). */
  timeoutMs: number;
  /** Retries after the first attempt for 429, 5xx and dropped connections. */
  maxRetries: number;
  structuredOutput: StructuredOutput;
  /** Extra or overriding prices, merged over the defaults. */
  prices?: PriceTable;
  /** First backoff delay; it doubles per retry (with jitter) up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Overrides every question's reply-token limit (e.g. for models that think before answering). */
  maxTokens?: number;
  /** Name of the reply-token limit parameter: OpenAI's newer models want `max_completion_tokens`. */
  tokenLimitParam?: 'max_tokens' | 'max_completion_tokens';
  /** Texts per `/v1/embeddings` request. */
  embeddingBatchSize?: number;
  /**
   * After this many consecutive hard failures (auth, not found, unreachable, timeout) questions go
   * straight to the offline mind for `breakerCooldownMs`, so a dead server does not stall every step.
   */
  breakerFailures?: number;
  breakerCooldownMs?: number;
  /** An optional limit on LLM use per game hour or day (see `./budget`); absent: no limit. */
  budget?: LlmBudget;
}

/**
 * A limit on LLM use per window of game time. Past it, the least-watched agents' questions go to
 * the offline mind (see `BudgetMind` in `./budget`). At least one of the two limits is set.
 */
export interface LlmBudget {
  /** The window: one game hour or one game day (windows start on the hour / at midnight). */
  per: 'hour' | 'day';
  /** Chat questions sent to the server per window (cache hits and embeddings do not count). */
  maxCalls?: number;
  /** Estimated USD per window, chat and embeddings, from the price table. */
  maxCostUsd?: number;
}

/** What is wrong with a budget, in words, or null when it is usable. */
export function budgetProblem(budget: LlmBudget): string | null {
  if (budget.per !== 'hour' && budget.per !== 'day')
    return 'The budget must be per game hour or per game day.';
  const { maxCalls, maxCostUsd } = budget;
  if (maxCalls === undefined && maxCostUsd === undefined)
    return 'A budget needs a limit of calls, of cost or both (or turn the budget off).';
  if (maxCalls !== undefined && !(Number.isInteger(maxCalls) && maxCalls >= 1))
    return 'The budget’s call limit must be a whole number of at least 1.';
  if (maxCostUsd !== undefined && !(Number.isFinite(maxCostUsd) && maxCostUsd > 0))
    return 'The budget’s cost limit must be a positive number of US dollars.';
  return null;
}

/** A config with every optional tuning knob filled in. */
export type ResolvedLlmConfig = LlmConfig &
  Required<
    Pick<
      LlmConfig,
      | 'retryBaseMs'
      | 'retryMaxMs'
      | 'tokenLimitParam'
      | 'embeddingBatchSize'
      | 'breakerFailures'
      | 'breakerCooldownMs'
    >
  >;

/** Defaults for everything but the endpoint and model. */
export const DEFAULT_LLM_SETTINGS = {
  embeddings: 'offline',
  concurrency: 8,
  temperature: 0.7,
  timeoutMs: 60_000,
  maxRetries: 3,
  structuredOutput: 'json_schema',
  retryBaseMs: 500,
  retryMaxMs: 20_000,
  tokenLimitParam: 'max_tokens',
  embeddingBatchSize: 64,
  breakerFailures: 4,
  breakerCooldownMs: 30_000,
} as const satisfies Partial<LlmConfig>;

export type ProviderId = 'openai' | 'ollama' | 'lmstudio' | 'vllm' | 'custom';

/** A provider preset: what the settings panel fills in when the user picks a provider. */
export interface ProviderPreset {
  id: ProviderId;
  label: string;
  baseURL: string;
  chatModel: string;
  embeddingModel?: string;
  embeddings: 'api' | 'offline';
  structuredOutput: StructuredOutput;
  tokenLimitParam: 'max_tokens' | 'max_completion_tokens';
  needsKey: boolean;
  /** One line of advice shown next to the preset. */
  hint: string;
}

/** Presets for common OpenAI-compatible servers. Local model names are examples the user edits. */
export const PROVIDER_PRESETS: Record<ProviderId, ProviderPreset> = {
  openai: {
    id: 'openai',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    chatModel: 'gpt-4o-mini',
    embeddingModel: 'text-embedding-3-small',
    embeddings: 'api',
    structuredOutput: 'json_schema',
    tokenLimitParam: 'max_completion_tokens',
    needsKey: true,
    hint: 'Needs an API key (OPENAI_API_KEY).',
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama',
    baseURL: 'http://localhost:11434/v1',
    chatModel: 'llama3.1:8b',
    embeddingModel: 'nomic-embed-text',
    embeddings: 'offline',
    structuredOutput: 'json_schema',
    tokenLimitParam: 'max_tokens',
    needsKey: false,
    hint: 'Run `ollama serve`; for the browser set OLLAMA_ORIGINS to allow this page.',
  },
  lmstudio: {
    id: 'lmstudio',
    label: 'LM Studio',
    baseURL: 'http://localhost:1234/v1',
    chatModel: 'qwen2.5-7b-instruct',
    embeddings: 'offline',
    structuredOutput: 'json_schema',
    tokenLimitParam: 'max_tokens',
    needsKey: false,
    hint: 'Start the local server in LM Studio (Developer tab) and enable CORS.',
  },
  vllm: {
    id: 'vllm',
    label: 'vLLM',
    baseURL: 'http://localhost:8000/v1',
    chatModel: 'Qwen/Qwen2.5-7B-Instruct',
    embeddings: 'offline',
    structuredOutput: 'json_schema',
    tokenLimitParam: 'max_tokens',
    needsKey: false,
    hint: 'Start with `vllm serve <model>`; add --allowed-origins for the browser.',
  },
  custom: {
    id: 'custom',
    label: 'Custom',
    baseURL: 'http://localhost:8080/v1',
    chatModel: 'local-model',
    embeddings: 'offline',
    structuredOutput: 'json_schema',
    tokenLimitParam: 'max_tokens',
    needsKey: false,
    hint: 'Any OpenAI-compatible server (llama.cpp server, OpenRouter, …).',
  },
};

/** The config a preset stands for, with default tuning; `overrides` win. */
export function presetConfig(id: ProviderId, overrides: Partial<LlmConfig> = {}): LlmConfig {
  const p = PROVIDER_PRESETS[id];
  return {
    ...DEFAULT_LLM_SETTINGS,
    baseURL: p.baseURL,
    chatModel: p.chatModel,
    embeddingModel: p.embeddingModel,
    embeddings: p.embeddings,
    structuredOutput: p.structuredOutput,
    tokenLimitParam: p.tokenLimitParam,
    ...overrides,
  };
}

/** Fills defaults in and checks the numbers, so a bad settings field fails early and clearly. */
export function resolveConfig(
  config: Partial<LlmConfig> & Pick<LlmConfig, 'baseURL' | 'chatModel'>,
): ResolvedLlmConfig {
  const c = { ...DEFAULT_LLM_SETTINGS, ...dropUndefined(config) } as ResolvedLlmConfig;
  if (!/^https?:\/\//i.test(c.baseURL)) throw new Error(`Base URL must start with http(s)://`);
  c.baseURL = c.baseURL.replace(/\/+$/, '');
  if (!c.chatModel.trim()) throw new Error('A chat model name is needed');
  if (c.embeddings === 'api' && !c.embeddingModel?.trim())
    throw new Error('An embedding model name is needed (or use the offline embedder)');
  c.concurrency = Math.max(1, Math.floor(c.concurrency));
  c.maxRetries = Math.max(0, Math.floor(c.maxRetries));
  c.timeoutMs = Math.max(1, c.timeoutMs);
  c.embeddingBatchSize = Math.max(1, Math.floor(c.embeddingBatchSize));
  if (c.budget) {
    const problem = budgetProblem(c.budget);
    if (problem) throw new Error(problem);
  }
  return c;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Reads the usual environment variables (CLI, dev proxy): `OPENAI_API_KEY`, `OPENAI_BASE_URL`,
 * `LLM_CHAT_MODEL`, `LLM_EMBEDDING_MODEL`, `LLM_EMBEDDINGS` (`api` | `offline`),
 * `LLM_STRUCTURED_OUTPUT` (`json_schema` | `json_object`), `LLM_CONCURRENCY`, `LLM_TIMEOUT_MS`.
 * Without a base URL it means OpenAI (API embeddings); any other server defaults to the offline
 * embedder.
 */
export function configFromEnv(
  env: Record<string, string | undefined>,
  overrides: Partial<LlmConfig> = {},
): LlmConfig {
  const baseURL = env.OPENAI_BASE_URL || PROVIDER_PRESETS.openai.baseURL;
  const isOpenAI = /api\.openai\.com/.test(baseURL);
  const base = presetConfig(isOpenAI ? 'openai' : 'custom', { baseURL });
  const embeddingModel = env.LLM_EMBEDDING_MODEL || base.embeddingModel;
  return {
    ...base,
    apiKey: env.OPENAI_API_KEY || undefined,
    chatModel: env.LLM_CHAT_MODEL || base.chatModel,
    embeddingModel,
    embeddings:
      env.LLM_EMBEDDINGS === 'api' || (isOpenAI && !env.LLM_EMBEDDINGS) ? 'api' : 'offline',
    structuredOutput:
      env.LLM_STRUCTURED_OUTPUT === 'json_object' ? 'json_object' : base.structuredOutput,
    ...numberFrom(env.LLM_CONCURRENCY, 'concurrency'),
    ...numberFrom(env.LLM_TIMEOUT_MS, 'timeoutMs'),
    ...overrides,
  };
}

function numberFrom(raw: string | undefined, key: 'concurrency' | 'timeoutMs'): Partial<LlmConfig> {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? { [key]: n } : {};
}
