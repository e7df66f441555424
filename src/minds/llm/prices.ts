/** USD per million tokens for one model. Embedding models only use `inputPerMTok`. */
export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

/** Editable price table, keyed by model name (or a model-name prefix, e.g. `gpt-4o-mini`). */
export type PriceTable = Record<string, ModelPrice>;

/**
 * A few published list prices (USD / 1M tokens, standard tier) as a starting point; the settings
 * panel lets the user edit them. Models not listed (local servers) cost 0.
 */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2 },
  'text-embedding-3-small': { inputPerMTok: 0.02, outputPerMTok: 0 },
  'text-embedding-3-large': { inputPerMTok: 0.13, outputPerMTok: 0 },
  // Local servers: explicit zeros so the panel shows them as free rather than unknown.
  local: { inputPerMTok: 0, outputPerMTok: 0 },
};

const FREE: ModelPrice = { inputPerMTok: 0, outputPerMTok: 0 };

/**
 * The price of a model: an exact entry, else the longest entry that prefixes the name
 * (`gpt-4o-mini-2024-07-18` → `gpt-4o-mini`), else free.
 */
export function priceFor(model: string, table: PriceTable): ModelPrice & { known: boolean } {
  const exact = table[model];
  if (exact) return { ...exact, known: true };
  let best: string | null = null;
  for (const k of Object.keys(table))
    if (model.startsWith(k) && (!best || k.length > best.length)) best = k;
  return best ? { ...table[best], known: true } : { ...FREE, known: false };
}

/** Estimated USD for some tokens of one model. */
export function costOf(
  model: string,
  table: PriceTable,
  promptTokens: number,
  completionTokens: number,
): number {
  const p = priceFor(model, table);
  return (promptTokens * p.inputPerMTok + completionTokens * p.outputPerMTok) / 1e6;
}
