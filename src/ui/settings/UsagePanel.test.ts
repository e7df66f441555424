// @vitest-environment jsdom
import { act, createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BudgetStatus, MindUsage, TownMeta, UsageBucket } from '../../protocol';
import type { SimClient } from '../../protocol/client';
import { STEPS_PER_DAY, STEPS_PER_HOUR } from '../../sim/clock';
import { createTownStore } from '../../store/store';
import { TownStoreContext } from '../hooks/useTown';
import { $, mount, type Mounted } from '../testing/dom';
import { UsagePanel } from './UsagePanel';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
});

const bucket = (calls: number): UsageBucket => ({
  calls,
  requests: calls,
  promptTokens: 100 * calls,
  completionTokens: 10 * calls,
  embeddingTokens: 0,
  latencyMs: 50 * calls,
  cacheHits: 0,
  fallbacks: 0,
  errors: 0,
  retries: 0,
  repairs: 0,
  costUsd: 0.001 * calls,
});

const meta = {
  agents: [
    { id: 'a1', name: 'Wren Alder', sprite: 0, age: 30, occupation: 'potter' },
    { id: 'a2', name: 'Tomas Reed', sprite: 1, age: 41, occupation: 'ferryman' },
    { id: 'a3', name: 'Ilse Brook', sprite: 2, age: 25, occupation: 'clerk' },
  ],
} as TownMeta;

/** Day 2, 14:00–15:00. */
const HOUR = { startStep: STEPS_PER_DAY + 14 * STEPS_PER_HOUR, endStep: 0 };
HOUR.endStep = HOUR.startStep + STEPS_PER_HOUR;

function budget(over: Partial<BudgetStatus>): BudgetStatus {
  return {
    budget: { per: 'hour', maxCalls: 50, maxCostUsd: 0.25 },
    window: HOUR,
    calls: 42,
    costUsd: 0.123,
    pending: 3,
    used: 0.9,
    reserveShare: 0.2,
    state: 'reserve',
    kept: ['a1'],
    offlineByAgent: { a2: 7, a3: 2 },
    offlineCalls: 9,
    offlineCallsTotal: 31,
    priced: true,
    ...over,
  };
}

/** The usage panel over a store whose worker answers `mindUsage` with `usage`. */
async function showUsage(usage: MindUsage): Promise<void> {
  const request = vi.fn(async (kind: string): Promise<unknown> =>
    kind === 'mindUsage' ? usage : null,
  );
  const client: SimClient = {
    start: () => {},
    control: () => {},
    request: request as unknown as SimClient['request'],
    dispose: () => {},
  };
  const store = createTownStore(client);
  store.setState({ meta, mindStatus: { kind: 'llm', label: 'LLM · test-model' } });
  mounted = mount(h(TownStoreContext.Provider, { value: store }, h(UsagePanel)));
  await act(async () => {});
  expect(request).toHaveBeenCalledWith('mindUsage', {});
}

const report = (b: BudgetStatus | null): MindUsage => ({
  chatModel: 'test-model',
  embeddingModel: null,
  totals: bucket(42),
  byAgent: { a1: bucket(30), a2: bucket(12) },
  byKind: { decideToTalk: bucket(42) },
  prices: {},
  budget: b,
});

const text = (id: string) => $(`[data-testid="${id}"]`).textContent ?? '';

describe('the usage panel’s budget', () => {
  it('shows the limits, this window’s spending and who thinks with what', async () => {
    await showUsage(report(budget({})));
    expect($('[data-testid="budget"]').dataset.state).toBe('reserve');
    expect(text('budget-limits')).toBe('50 calls or $0.25 per game hour');
    expect(text('budget-calls')).toBe('42');
    expect(text('budget-cost')).toBe('$0.12');
    expect(text('budget-used')).toBe('90%');
    expect($('[data-testid="budget"]').textContent).toContain('Day 2 14:00–15:00');
    expect($('[data-testid="budget"]').textContent).toContain('+3 in flight');
    expect(text('budget-state')).toContain('Wren Alder and interviews keep the LLM');
    const offline = text('budget-offline');
    expect(offline).toContain('9 questions for 2 people');
    expect(offline).toContain('Tomas Reed 7, Ilse Brook 2');
    expect(offline).toContain('Since the town opened: 31');
    expect(document.querySelector('[data-testid="budget-unpriced"]')).toBeNull();
  });

  it('says when the budget is spent, until when, and when a cost limit cannot bind', async () => {
    await showUsage(
      report(budget({ state: 'closed', used: 1.2, kept: [], priced: false, pending: 0 })),
    );
    expect(text('budget-used')).toBe('100%');
    expect(text('budget-state')).toBe(
      'Spent: everyone thinks with the offline mind until Day 2 15:00.',
    );
    expect(text('budget-unpriced')).toMatch(/no price for this model/);
  });

  it('says there is no budget when none is set', async () => {
    await showUsage(report(null));
    expect(text('budget-none')).toMatch(/No budget/);
    expect(text('usage-calls')).toBe('42');
    expect(document.querySelector('[data-testid="budget"]')).toBeNull();
  });
});
