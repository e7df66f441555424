import {
  budgetProblem,
  DEFAULT_LLM_SETTINGS,
  PROVIDER_PRESETS,
  type LlmBudget,
  type LlmConfig,
  type ProviderId,
  type StructuredOutput,
} from '../../protocol';
import type { PriceTable } from '../../protocol';

/** A provider preset, or the dev/preview server's proxy (the key stays on the server). */
export type PresetId = ProviderId | 'proxy';

/** Path of the server's LLM proxy (see `src/server/llmProxy.ts`). */
export const PROXY_PATH = '/llm-proxy/v1';

/** What the settings form edits. Plain JSON; `apiKey` is stored apart (see `settingsStorage`). */
export interface MindForm {
  preset: PresetId;
  baseURL: string;
  chatModel: string;
  embeddings: 'api' | 'offline';
  embeddingModel: string;
  apiKey: string;
  /** Keep the key in localStorage (this device) instead of sessionStorage (this tab). */
  rememberKey: boolean;
  concurrency: number;
  temperature: number;
  structuredOutput: StructuredOutput;
  tokenLimitParam: 'max_tokens' | 'max_completion_tokens';
  timeoutSec: number;
  /** An LLM budget (off by default): per game hour or day, a call limit and/or a cost limit. */
  budgetOn: boolean;
  budgetPer: LlmBudget['per'];
  /** Typed text; empty: no call limit. */
  budgetCalls: string;
  /** Typed text in USD; empty: no cost limit. */
  budgetCost: string;
}

/** The budget fields, carried over when another preset is picked. */
export type BudgetFields = Pick<MindForm, 'budgetOn' | 'budgetPer' | 'budgetCalls' | 'budgetCost'>;

export const NO_BUDGET: BudgetFields = {
  budgetOn: false,
  budgetPer: 'day',
  budgetCalls: '',
  budgetCost: '',
};

/** A preset as the panel lists it. */
export interface PresetChoice {
  id: PresetId;
  label: string;
  hint: string;
  /** The key field is used (false: the proxy adds it on the server). */
  usesKey: boolean;
  needsKey: boolean;
}

/** Presets in the order the panel lists them. */
export const PRESET_CHOICES: PresetChoice[] = [
  ...(['openai', 'ollama', 'lmstudio', 'vllm', 'custom'] as const).map((id) => ({
    id,
    label: PROVIDER_PRESETS[id].label,
    hint: PROVIDER_PRESETS[id].hint,
    usesKey: true,
    needsKey: PROVIDER_PRESETS[id].needsKey,
  })),
  {
    id: 'proxy',
    label: 'Server proxy — key from the server’s environment',
    hint: 'The dev/preview server forwards to OPENAI_BASE_URL with OPENAI_API_KEY from its environment or .env; no key in the browser.',
    usesKey: false,
    needsKey: false,
  },
];

export function presetChoice(id: PresetId): PresetChoice {
  return PRESET_CHOICES.find((p) => p.id === id) ?? PRESET_CHOICES[0];
}

/** The form a preset fills in; `keep` carries over the key, its "remember" choice, the budget. */
export function formForPreset(
  id: PresetId,
  origin: string,
  keep: Pick<MindForm, 'apiKey' | 'rememberKey'> & Partial<BudgetFields> = {
    apiKey: '',
    rememberKey: false,
  },
): MindForm {
  const p = PROVIDER_PRESETS[id === 'proxy' ? 'openai' : id];
  return {
    preset: id,
    baseURL: id === 'proxy' ? `${origin}${PROXY_PATH}` : p.baseURL,
    chatModel: p.chatModel,
    embeddings: p.embeddings,
    embeddingModel: p.embeddingModel ?? '',
    apiKey: keep.apiKey,
    rememberKey: keep.rememberKey,
    concurrency: DEFAULT_LLM_SETTINGS.concurrency,
    temperature: DEFAULT_LLM_SETTINGS.temperature,
    structuredOutput: p.structuredOutput,
    tokenLimitParam: p.tokenLimitParam,
    timeoutSec: DEFAULT_LLM_SETTINGS.timeoutMs / 1000,
    budgetOn: keep.budgetOn ?? NO_BUDGET.budgetOn,
    budgetPer: keep.budgetPer ?? NO_BUDGET.budgetPer,
    budgetCalls: keep.budgetCalls ?? NO_BUDGET.budgetCalls,
    budgetCost: keep.budgetCost ?? NO_BUDGET.budgetCost,
  };
}

/** A typed limit: undefined when empty, else its number (NaN when it is not one). */
function limit(text: string, currency = false): number | undefined {
  const t = (currency ? text.trim().replace(/^\$\s*/, '') : text.trim()).replace(/,/g, '');
  return t === '' ? undefined : Number(t);
}

/** The budget the form describes (null when it is off), or what is wrong with it. */
export function budgetFromForm(
  form: BudgetFields,
): { budget: LlmBudget | null } | { problem: string } {
  if (!form.budgetOn) return { budget: null };
  const maxCalls = limit(form.budgetCalls);
  const maxCostUsd = limit(form.budgetCost, true);
  const budget: LlmBudget = {
    per: form.budgetPer,
    ...(maxCalls !== undefined ? { maxCalls } : {}),
    ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
  };
  const problem = budgetProblem(budget);
  return problem ? { problem } : { budget };
}

/** What is wrong with the form, in words, or null when it can be applied. */
export function formProblem(form: MindForm): string | null {
  if (!/^https?:\/\/\S+$/i.test(form.baseURL.trim()))
    return 'The base URL must start with http:// or https://.';
  if (!form.chatModel.trim()) return 'Name a chat model.';
  if (form.embeddings === 'api' && !form.embeddingModel.trim())
    return 'Name an embedding model, or use the offline embedder.';
  if (!(form.concurrency >= 1 && form.concurrency <= 64)) return 'Concurrency must be 1–64.';
  if (!(form.temperature >= 0 && form.temperature <= 2)) return 'Temperature must be 0–2.';
  if (!(form.timeoutSec >= 1 && form.timeoutSec <= 600)) return 'The timeout must be 1–600 s.';
  if (presetChoice(form.preset).needsKey && !form.apiKey.trim())
    return 'This provider needs an API key.';
  const budget = budgetFromForm(form);
  return 'problem' in budget ? budget.problem : null;
}

/** The LLM mind's config for a form. The proxy preset never sends a browser key. */
export function configFromForm(form: MindForm, prices?: PriceTable): LlmConfig {
  const key = presetChoice(form.preset).usesKey ? form.apiKey.trim() : '';
  const budget = budgetFromForm(form);
  return {
    ...DEFAULT_LLM_SETTINGS,
    baseURL: form.baseURL.trim(),
    chatModel: form.chatModel.trim(),
    embeddings: form.embeddings,
    embeddingModel: form.embeddings === 'api' ? form.embeddingModel.trim() : undefined,
    concurrency: Math.round(form.concurrency),
    temperature: form.temperature,
    structuredOutput: form.structuredOutput,
    tokenLimitParam: form.tokenLimitParam,
    timeoutMs: Math.round(form.timeoutSec * 1000),
    ...(key ? { apiKey: key } : {}),
    ...(prices && Object.keys(prices).length ? { prices } : {}),
    ...('budget' in budget && budget.budget ? { budget: budget.budget } : {}),
  };
}
