import { describe, expect, it } from 'vitest';
import { STEPS_PER_DAY, STEPS_PER_HOUR } from '../../sim/clock';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../../sim/mind';
import {
  Attention,
  BUDGET_RESERVE,
  BudgetLedger,
  BudgetMind,
  budgetWindow,
  type BudgetRoute,
} from './budget';
import { budgetProblem, resolveConfig, type LlmBudget } from './config';
import type { MindLogEntry } from './mindLog';

const MODEL = 'budget-test-model';
/** $10 per million prompt tokens: a 1,000-token question costs $0.01. */
const PRICES = { [MODEL]: { inputPerMTok: 10, outputPerMTok: 0 } };

/** An LLM stand-in: answers `{ by: 'llm' }` a tick later and logs 1,000 prompt tokens per question. */
class FakeLlm implements Mind {
  readonly name = 'llm';
  readonly asked: string[] = [];
  /** The next questions are cache hits (no request). */
  cacheHits = 0;
  private listeners = new Set<(e: MindLogEntry) => void>();

  onLog(cb: (e: MindLogEntry) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  answer<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    this.asked.push(call.id);
    const hit = this.cacheHits > 0;
    if (hit) this.cacheHits--;
    return Promise.resolve().then(() => {
      const entry: MindLogEntry = {
        seq: this.asked.length,
        opId: call.id,
        agentId: call.agentId,
        kind: call.kind,
        model: MODEL,
        messages: [],
        replyText: '',
        result: null,
        promptTokens: hit ? 0 : 1000,
        completionTokens: 0,
        latencyMs: 1,
        cacheHit: hit,
        requests: hit ? 0 : 1,
        repaired: false,
        at: 0,
      };
      for (const cb of this.listeners) cb(entry);
      return { by: 'llm' } as unknown as QuestionRes<K>;
    });
  }
}

const offline: Mind = {
  name: 'offline',
  answer: <K extends QuestionKind>() => ({ by: 'offline' }) as unknown as QuestionRes<K>,
};

let ops = 0;
function q(agentId: string | null, kind: QuestionKind = 'decideToTalk'): MindCall {
  return { id: `op${++ops}`, kind, agentId, req: {} } as unknown as MindCall;
}

/** A budget mind over a fake LLM, with a movable clock. */
function setup(budget: LlmBudget | null) {
  const llm = new FakeLlm();
  const attention = new Attention();
  const ledger = new BudgetLedger();
  const clock = { step: STEPS_PER_DAY + 8 * STEPS_PER_HOUR }; // Day 2 08:00
  const routes: BudgetRoute[] = [];
  const mind = new BudgetMind({
    llm,
    offline,
    budget,
    clock: () => clock.step,
    attention,
    ledger,
    chatModel: MODEL,
    prices: PRICES,
  });
  mind.onRoute((_, r) => routes.push(r));
  /** Asks one question and waits for it: who answered. */
  const ask = async (call: MindCall): Promise<string> =>
    ((await mind.answer(call)) as unknown as { by: string }).by;
  return { llm, attention, ledger, clock, mind, routes, ask };
}

describe('the LLM budget', () => {
  it('validates budgets with clear messages, in the config too', () => {
    expect(budgetProblem({ per: 'hour', maxCalls: 10 })).toBeNull();
    expect(budgetProblem({ per: 'day', maxCostUsd: 0.5 })).toBeNull();
    expect(budgetProblem({ per: 'day' })).toMatch(/limit of calls, of cost/);
    expect(budgetProblem({ per: 'day', maxCalls: 0 })).toMatch(/call limit.*at least 1/);
    expect(budgetProblem({ per: 'day', maxCalls: 2.5 })).toMatch(/whole number/);
    expect(budgetProblem({ per: 'day', maxCostUsd: -1 })).toMatch(/cost limit.*positive/);
    expect(budgetProblem({ per: 'day', maxCostUsd: Number.NaN })).toMatch(/cost limit/);
    expect(budgetProblem({ per: 'week' as 'day', maxCalls: 1 })).toMatch(/hour or per game day/);
    const base = { baseURL: 'http://localhost:1/v1', chatModel: 'm' };
    expect(() => resolveConfig({ ...base, budget: { per: 'hour', maxCalls: 0 } })).toThrow(
      /call limit/,
    );
    expect(resolveConfig({ ...base, budget: { per: 'hour', maxCalls: 5 } }).budget).toEqual({
      per: 'hour',
      maxCalls: 5,
    });
  });

  it('windows are whole game hours or days', () => {
    const step = STEPS_PER_DAY + 8 * STEPS_PER_HOUR + 7;
    expect(budgetWindow(step, 'hour')).toMatchObject({
      startStep: STEPS_PER_DAY + 8 * STEPS_PER_HOUR,
      endStep: STEPS_PER_DAY + 9 * STEPS_PER_HOUR,
    });
    expect(budgetWindow(step, 'day')).toMatchObject({
      startStep: STEPS_PER_DAY,
      endStep: 2 * STEPS_PER_DAY,
    });
  });

  it('without a budget every question goes to the LLM', async () => {
    const { ask, mind } = setup(null);
    for (let i = 0; i < 30; i++) expect(await ask(q('a'))).toBe('llm');
    expect(mind.status()).toBeNull();
  });

  it('past the budget sends unwatched agents offline, keeps watched ones and interviews in the reserve, then stops all', async () => {
    const { ask, attention, mind, llm, routes } = setup({ per: 'hour', maxCalls: 10 });
    attention.see('watched');
    // The first 80% is open to everyone.
    for (let i = 0; i < 8; i++) expect(await ask(q('a'))).toBe('llm');
    expect(mind.status()).toMatchObject({ state: 'reserve', calls: 8, kept: ['watched'] });
    // The reserve: the unwatched agent and town-wide questions go offline, the rest keep the LLM.
    expect(await ask(q('a'))).toBe('offline');
    expect(await ask(q(null))).toBe('offline');
    expect(await ask(q('watched'))).toBe('llm');
    expect(await ask(q('a', 'answerInterview'))).toBe('llm');
    // The ceiling: everyone goes offline, interviews and the watched agent too.
    expect(await ask(q('watched'))).toBe('offline');
    expect(await ask(q('b', 'answerInterview'))).toBe('offline');
    expect(llm.asked).toHaveLength(10);
    const s = mind.status()!;
    expect(s).toMatchObject({ state: 'closed', calls: 10, offlineCalls: 4, offlineCallsTotal: 4 });
    expect(s.offlineByAgent).toEqual({ a: 1, '(town)': 1, watched: 1, b: 1 });
    expect(routes.filter((r) => r === 'budget')).toHaveLength(4);
  });

  it('shares the reserve out by how recently agents were watched', async () => {
    const { ask, attention, mind } = setup({ per: 'day', maxCalls: 100 });
    for (const id of ['x', 'y', 'z', 'y']) attention.see(id); // most recent: y, then z, then x
    for (let i = 0; i < 90; i++) await ask(q('spender', 'answerInterview'));
    // Half the reserve spent: the two most recently watched of three keep the LLM.
    expect(mind.status()!.kept).toEqual(['y', 'z']);
    expect(await ask(q('x'))).toBe('offline');
    expect(await ask(q('z'))).toBe('llm');
    for (let i = 0; i < 8; i++) await ask(q('spender', 'answerInterview'));
    // 99 of 100 spent: only the most recently watched one is left.
    expect(mind.status()!.kept).toEqual(['y']);
    expect(await ask(q('z'))).toBe('offline');
    expect(await ask(q('y'))).toBe('llm');
    expect(mind.status()!.state).toBe('closed');
  });

  it('a new window restores the LLM; the run-wide count of offline answers stays', async () => {
    const { ask, clock, mind } = setup({ per: 'hour', maxCalls: 2 });
    expect(await ask(q('a'))).toBe('llm');
    expect(await ask(q('a'))).toBe('llm');
    expect(await ask(q('a'))).toBe('offline');
    clock.step += STEPS_PER_HOUR / 2; // same hour
    expect(await ask(q('a'))).toBe('offline');
    clock.step += STEPS_PER_HOUR / 2; // next hour
    expect(mind.status()).toMatchObject({
      state: 'open',
      calls: 0,
      offlineCalls: 0,
      offlineCallsTotal: 2,
    });
    expect(await ask(q('a'))).toBe('llm');
  });

  it('counts questions in flight, so one busy step cannot overshoot', async () => {
    const { mind, llm } = setup({ per: 'hour', maxCalls: 10 });
    const answers = await Promise.all(
      Array.from({ length: 15 }, () => mind.answer(q('a')) as unknown as Promise<{ by: string }>),
    );
    expect(answers.filter((a) => a.by === 'llm')).toHaveLength(8);
    expect(llm.asked).toHaveLength(8);
    expect(mind.status()).toMatchObject({ calls: 8, pending: 0 });
  });

  it('limits estimated cost from the price table; cache hits are free', async () => {
    const { ask, mind, llm } = setup({ per: 'day', maxCostUsd: 0.05 });
    llm.cacheHits = 3;
    for (let i = 0; i < 3; i++) expect(await ask(q('a'))).toBe('llm');
    expect(mind.status()).toMatchObject({ calls: 0, costUsd: 0 });
    // $0.01 a question: four reach 80%.
    for (let i = 0; i < 4; i++) expect(await ask(q('a'))).toBe('llm');
    expect(mind.status()!.costUsd).toBeCloseTo(0.04, 10);
    expect(await ask(q('a'))).toBe('offline');
    expect(mind.status()).toMatchObject({ state: 'reserve', priced: true });
    // Re-pricing re-prices the window: at a tenth of the price there is room again.
    mind.setPrices({ [MODEL]: { inputPerMTok: 1, outputPerMTok: 0 } });
    expect(await ask(q('a'))).toBe('llm');
  });

  it('never reroutes embeddings (their vectors cannot be mixed with offline ones)', async () => {
    const { ask } = setup({ per: 'hour', maxCalls: 1 });
    expect(await ask(q('a'))).toBe('llm');
    expect(await ask(q('a'))).toBe('offline');
    expect(await ask(q('a', 'embed'))).toBe('llm');
  });

  it('says when the price table cannot price the model', () => {
    const mind = new BudgetMind({
      llm: new FakeLlm(),
      offline,
      budget: { per: 'day', maxCostUsd: 1 },
      clock: () => 0,
      attention: new Attention(),
      ledger: new BudgetLedger(),
      chatModel: 'some-local-model',
    });
    expect(mind.status()).toMatchObject({ priced: false, state: 'open', used: 0 });
    expect(mind.status()!.reserveShare).toBe(BUDGET_RESERVE);
  });
});
