import { STEPS_PER_DAY, STEPS_PER_HOUR } from '../../sim/clock';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../../sim/mind';
import type { LlmBudget } from './config';
import type { MindLogEntry } from './mindLog';
import { costOf, DEFAULT_PRICES, priceFor, type PriceTable } from './prices';
import { TOWN_KEY } from './usage';

/**
 * The LLM budget: a limit on LLM calls and/or estimated cost per game hour or game day. Past it the
 * town does not stop: the least-watched agents' questions go to the offline mind instead.
 *
 * - "Watched" is what the page reads: every request that names an agent (the inspector polls the
 *   selected — and so the followed — agent's tab every second; the mind log, memories, whispers
 *   and interviews name one too) moves that agent to the top of `Attention`. Agents never looked
 *   at rank last.
 * - The last `BUDGET_RESERVE` of each window's budget is a reserve: once spending reaches it,
 *   questions of agents never watched go offline, and as the reserve drains, so do those watched
 *   longest ago, until only the most recently watched agent and interviews (`answerInterview`,
 *   always asked by the user) keep the LLM. At the ceiling everything goes offline.
 * - Embeddings are counted but never rerouted: an API embedder's vectors cannot be mixed with
 *   the offline embedder's (see `minds/fallback.ts`).
 * - A new window restores the LLM.
 */

/** Share of each window's budget kept for watched agents and interviews. */
export const BUDGET_RESERVE = 0.2;

/** Who answers a question under the budget: the LLM, or the offline mind because of the budget. */
export type BudgetRoute = 'llm' | 'budget';

/** The window of game time a step falls in: steps `[startStep, endStep)`. */
export interface BudgetWindow {
  per: LlmBudget['per'];
  index: number;
  startStep: number;
  endStep: number;
}

export function budgetWindow(step: number, per: LlmBudget['per']): BudgetWindow {
  const len = per === 'hour' ? STEPS_PER_HOUR : STEPS_PER_DAY;
  const index = Math.floor(Math.max(0, step) / len);
  return { per, index, startStep: index * len, endStep: (index + 1) * len };
}

/** The agents the user looked at, most recently first; agents never looked at are not listed. */
export class Attention {
  private last = new Map<string, true>();

  see(agentId: string): void {
    this.last.delete(agentId);
    this.last.set(agentId, true);
  }

  /** Agents looked at, most recently first. */
  ranked(): string[] {
    return [...this.last.keys()].reverse();
  }

  clear(): void {
    this.last.clear();
  }
}

type Tokens = Map<string, { prompt: number; completion: number }>;

function addTokens(t: Tokens, model: string, prompt: number, completion: number): void {
  const m = t.get(model) ?? { prompt: 0, completion: 0 };
  m.prompt += prompt;
  m.completion += completion;
  t.set(model, m);
}

function priceTokens(t: Tokens, prices: PriceTable): number {
  let usd = 0;
  for (const [model, m] of t) usd += costOf(model, prices, m.prompt, m.completion);
  return usd;
}

/**
 * What the LLM spent, and what went offline by budget, in the current window. Tokens are kept per
 * model and priced when read, so editing prices re-prices the window. It outlives one LLM mind
 * (re-applying the settings does not refill the budget); a new window or town starts afresh.
 */
export class BudgetLedger {
  private window: BudgetWindow | null = null;
  /** Chat questions sent to the server in this window. */
  calls = 0;
  private tokens: Tokens = new Map();
  /** Chat questions asked of the LLM and not settled yet (counted against the limit meanwhile). */
  readonly pending = new Set<string>();
  /** Questions answered offline by budget in this window, per agent key. */
  readonly offlineByAgent = new Map<string, number>();
  offlineCalls = 0;
  offlineCallsTotal = 0;
  /** All chat questions sent and their tokens, to estimate what questions in flight will cost. */
  private sentTotal = 0;
  private tokensTotal: Tokens = new Map();

  /** Forgets everything (another town was opened). */
  clear(): void {
    this.window = null;
    this.calls = 0;
    this.tokens = new Map();
    this.pending.clear();
    this.offlineByAgent.clear();
    this.offlineCalls = 0;
    this.offlineCallsTotal = 0;
    this.sentTotal = 0;
    this.tokensTotal = new Map();
  }

  /** The window of `step`; a new one starts its counts afresh (questions in flight stay). */
  roll(step: number, per: LlmBudget['per']): BudgetWindow {
    const w = budgetWindow(step, per);
    if (!this.window || this.window.per !== per || this.window.index !== w.index) {
      this.window = w;
      this.calls = 0;
      this.tokens = new Map();
      this.offlineByAgent.clear();
      this.offlineCalls = 0;
    }
    return this.window;
  }

  /** Books one LLM log entry (a question the LLM mind settled). */
  charge(e: MindLogEntry): void {
    this.pending.delete(e.opId);
    if (e.kind === 'embed') {
      // The LLM logs an embedding's input tokens as its prompt tokens, under the embedding model.
      addTokens(this.tokens, e.model, e.promptTokens, 0);
      return;
    }
    if (e.requests === 0) return; // a cache hit, or skipped (breaker open, cancelled)
    this.calls += 1;
    this.sentTotal += 1;
    addTokens(this.tokens, e.model, e.promptTokens, e.completionTokens);
    addTokens(this.tokensTotal, e.model, e.promptTokens, e.completionTokens);
  }

  offline(agentId: string | null): void {
    const key = agentId ?? TOWN_KEY;
    this.offlineByAgent.set(key, (this.offlineByAgent.get(key) ?? 0) + 1);
    this.offlineCalls += 1;
    this.offlineCallsTotal += 1;
  }

  costUsd(prices: PriceTable): number {
    return priceTokens(this.tokens, prices);
  }

  /**
   * Share of `budget` used in this window (1 = the ceiling), counting each question in flight as
   * one call costing the run's average so far.
   */
  used(budget: LlmBudget, prices: PriceTable): number {
    const inFlight = this.pending.size;
    let used = 0;
    if (budget.maxCalls !== undefined) used = (this.calls + inFlight) / budget.maxCalls;
    if (budget.maxCostUsd !== undefined) {
      const avg = this.sentTotal ? priceTokens(this.tokensTotal, prices) / this.sentTotal : 0;
      used = Math.max(used, (this.costUsd(prices) + inFlight * avg) / budget.maxCostUsd);
    }
    // Rounded, so that $0.04 of $0.05 is exactly 80% despite floating point.
    return Math.round(used * 1e9) / 1e9;
  }
}

/** The budget as the usage panel shows it (plain JSON). */
export interface BudgetStatus {
  budget: LlmBudget;
  /** The current window: steps `[startStep, endStep)`. */
  window: { startStep: number; endStep: number };
  /** Chat questions sent to the server in this window. */
  calls: number;
  /** Estimated USD spent in this window (chat and embeddings). */
  costUsd: number;
  /** Chat questions in flight, counted against the budget until they settle. */
  pending: number;
  /** Share of the budget used, in-flight questions included (≥ 1: the ceiling is reached). */
  used: number;
  reserveShare: number;
  /**
   * Who thinks with the LLM: everyone (`open`), only `kept` agents and interviews (`reserve`), or
   * no one (`closed`).
   */
  state: 'open' | 'reserve' | 'closed';
  /** Agents the reserve keeps on the LLM now, most recently watched first. */
  kept: string[];
  /** Questions answered offline by budget in this window, per agent (`(town)`: no agent). */
  offlineByAgent: Record<string, number>;
  offlineCalls: number;
  /** Questions answered offline by budget since the town was opened. */
  offlineCallsTotal: number;
  /** False when the price table does not know the chat model: its cost counts as 0. */
  priced: boolean;
}

/** What a budget mind needs; the ledger and attention outlive it (they belong to the town). */
export interface BudgetMindOptions {
  /** The LLM mind: it answers within budget, and its log says what each question cost. */
  llm: Mind & { onLog(cb: (e: MindLogEntry) => void): () => void };
  /** Answers questions past the budget. */
  offline: Mind;
  /** Null: no limit (every question goes to the LLM; calls are still counted). */
  budget: LlmBudget | null;
  /** The town's step now. */
  clock(): number;
  attention: Attention;
  ledger: BudgetLedger;
  /** The chat model (to tell whether the price table knows it). */
  chatModel: string;
  /** Price overrides, merged over the defaults. */
  prices?: PriceTable;
}

/**
 * The mind between the engine and the LLM mind: routes each question to the LLM or, past the
 * budget, to the offline mind. It takes the LLM mind's name, so the engine records every answer
 * it gives on the tape (a replay never recomputes a question routed offline by budget).
 */
export class BudgetMind implements Mind {
  private prices: PriceTable;
  private readonly offLog: () => void;
  private readonly routeListeners = new Set<(opId: string, route: BudgetRoute) => void>();

  constructor(private readonly o: BudgetMindOptions) {
    this.prices = { ...DEFAULT_PRICES, ...o.prices };
    this.offLog = o.llm.onLog((e) => o.ledger.charge(e));
  }

  get name(): string {
    return this.o.llm.name;
  }

  get budget(): LlmBudget | null {
    return this.o.budget;
  }

  /** Replaces the price table (merged over the defaults). */
  setPrices(prices: PriceTable): void {
    this.prices = { ...DEFAULT_PRICES, ...prices };
  }

  /** Tells `cb` how each question is routed (for the mind log); returns the unsubscribe. */
  onRoute(cb: (opId: string, route: BudgetRoute) => void): () => void {
    this.routeListeners.add(cb);
    return () => this.routeListeners.delete(cb);
  }

  /** Stops counting the LLM mind's calls (it was replaced). */
  dispose(): void {
    this.offLog();
    this.routeListeners.clear();
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const route = this.route(call);
    for (const cb of this.routeListeners) cb(call.id, route);
    if (route === 'budget') {
      this.o.ledger.offline(call.agentId);
      return this.o.offline.answer(call);
    }
    if (call.kind === 'embed') return this.o.llm.answer(call);
    const pending = this.o.ledger.pending;
    pending.add(call.id);
    let res: QuestionRes<K> | Promise<QuestionRes<K>>;
    try {
      res = this.o.llm.answer(call);
    } catch (err) {
      pending.delete(call.id);
      throw err;
    }
    if (!(res instanceof Promise)) {
      pending.delete(call.id);
      return res;
    }
    return res.finally(() => pending.delete(call.id));
  }

  /** Where a question goes now (see the module comment). */
  route(call: MindCall): BudgetRoute {
    const b = this.o.budget;
    if (!b || call.kind === 'embed') return 'llm';
    this.o.ledger.roll(this.o.clock(), b.per);
    const used = this.o.ledger.used(b, this.prices);
    if (used >= 1) return 'budget';
    const drained = reserveDrained(used);
    if (drained < 0 || call.kind === 'answerInterview') return 'llm';
    return call.agentId !== null && this.kept(drained).includes(call.agentId) ? 'llm' : 'budget';
  }

  /** The budget now, for the usage panel (null without a budget). */
  status(): BudgetStatus | null {
    const b = this.o.budget;
    if (!b) return null;
    const ledger = this.o.ledger;
    const w = ledger.roll(this.o.clock(), b.per);
    const used = ledger.used(b, this.prices);
    const drained = reserveDrained(used);
    const state = used >= 1 ? 'closed' : drained < 0 ? 'open' : 'reserve';
    return {
      budget: { ...b },
      window: { startStep: w.startStep, endStep: w.endStep },
      calls: ledger.calls,
      costUsd: ledger.costUsd(this.prices),
      pending: ledger.pending.size,
      used,
      reserveShare: BUDGET_RESERVE,
      state,
      kept: state === 'reserve' ? this.kept(drained) : [],
      offlineByAgent: Object.fromEntries(ledger.offlineByAgent),
      offlineCalls: ledger.offlineCalls,
      offlineCallsTotal: ledger.offlineCallsTotal,
      priced: priceFor(this.o.chatModel, this.prices).known,
    };
  }

  /**
   * The watched agents the reserve still serves when a share `drained` (0–1) of it is spent: all
   * of them at first, fewer as it drains, at least the most recently watched one.
   */
  private kept(drained: number): string[] {
    const ranked = this.o.attention.ranked();
    if (!ranked.length) return [];
    return ranked.slice(0, Math.max(1, Math.ceil(ranked.length * (1 - drained))));
  }
}

/** Share of the reserve spent when a share `used` of the budget is (negative: not reached yet). */
function reserveDrained(used: number): number {
  return (used - (1 - BUDGET_RESERVE)) / BUDGET_RESERVE;
}
