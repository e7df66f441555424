import { costOf, DEFAULT_PRICES, type PriceTable } from './prices';

/** Counters for one agent, one question kind, or the whole town. */
export interface UsageBucket {
  /** Questions answered (from the network, the cache or the offline fallback). */
  calls: number;
  /** HTTP requests made, including retries and repair attempts. */
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** Input tokens sent to the embedding model. */
  embeddingTokens: number;
  /** Summed wall time of answering the questions (queueing, retries and backoff included). */
  latencyMs: number;
  cacheHits: number;
  /** Questions answered by the offline mind after a failure. */
  fallbacks: number;
  /** Failed requests and unusable replies (one question can have several). */
  errors: number;
  retries: number;
  repairs: number;
  /** Estimated USD from the current price table. */
  costUsd: number;
}

/** Plain-JSON usage report. `byAgent` uses `(town)` for questions not tied to an agent. */
export interface UsageReport {
  chatModel: string;
  embeddingModel: string | null;
  totals: UsageBucket;
  byAgent: Record<string, UsageBucket>;
  byKind: Record<string, UsageBucket>;
  prices: PriceTable;
}

export type UsageDelta = Partial<Omit<UsageBucket, 'costUsd'>>;

/** Bucket key for questions without an agent (e.g. a town-wide announcement). */
export const TOWN_KEY = '(town)';

function emptyBucket(): UsageBucket {
  return {
    calls: 0,
    requests: 0,
    promptTokens: 0,
    completionTokens: 0,
    embeddingTokens: 0,
    latencyMs: 0,
    cacheHits: 0,
    fallbacks: 0,
    errors: 0,
    retries: 0,
    repairs: 0,
    costUsd: 0,
  };
}

/**
 * Usage accounting per agent and per question kind. Token counts are stored, costs are computed
 * when read, so editing the price table re-prices the whole run.
 */
export class UsageTracker {
  private totals = emptyBucket();
  private byAgent = new Map<string, UsageBucket>();
  private byKind = new Map<string, UsageBucket>();
  private prices: PriceTable;

  constructor(
    private readonly chatModel: string,
    private readonly embeddingModel: string | null,
    prices: PriceTable = {},
  ) {
    this.prices = { ...DEFAULT_PRICES, ...prices };
  }

  record(agentId: string | null, kind: string, delta: UsageDelta): void {
    const agentKey = agentId ?? TOWN_KEY;
    if (!this.byAgent.has(agentKey)) this.byAgent.set(agentKey, emptyBucket());
    if (!this.byKind.has(kind)) this.byKind.set(kind, emptyBucket());
    for (const b of [this.totals, this.byAgent.get(agentKey)!, this.byKind.get(kind)!]) {
      for (const [k, v] of Object.entries(delta) as [keyof UsageDelta, number][]) b[k] += v;
    }
  }

  /** Replaces prices (merged over the defaults). */
  setPrices(prices: PriceTable): void {
    this.prices = { ...DEFAULT_PRICES, ...prices };
  }

  reset(): void {
    this.totals = emptyBucket();
    this.byAgent.clear();
    this.byKind.clear();
  }

  report(): UsageReport {
    const priced = (b: UsageBucket): UsageBucket => ({
      ...b,
      costUsd:
        costOf(this.chatModel, this.prices, b.promptTokens, b.completionTokens) +
        (this.embeddingModel ? costOf(this.embeddingModel, this.prices, b.embeddingTokens, 0) : 0),
    });
    const each = (m: Map<string, UsageBucket>) =>
      Object.fromEntries(
        [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, priced(v)]),
      );
    return {
      chatModel: this.chatModel,
      embeddingModel: this.embeddingModel,
      totals: priced(this.totals),
      byAgent: each(this.byAgent),
      byKind: each(this.byKind),
      prices: structuredClone(this.prices),
    };
  }
}
