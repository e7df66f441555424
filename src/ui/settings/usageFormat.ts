import { dayClock } from '../../protocol/text';
import type { BudgetStatus, LlmBudget, UsageBucket } from '../../protocol';
import { formatClock, gameTime } from '../../sim/clock';

/** "1,234" — token and call counts. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "$0.0123", "$1.23", "$0" — small costs keep their significant digits. */
export function usd(n: number): string {
  if (n === 0) return '$0';
  if (n < 0.01) return `$${n.toPrecision(2)}`;
  return `$${n.toFixed(2)}`;
}

/** "840 ms", "2.4 s" */
export function ms(n: number): string {
  return n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(1)} s`;
}

/** Average latency per question of a bucket ("—" when it has none). */
export function avgLatency(b: UsageBucket): string {
  return b.calls ? ms(b.latencyMs / b.calls) : '—';
}

/** Share of questions answered from the cache, "37%". */
export function cacheRate(b: UsageBucket): string {
  return b.calls ? `${Math.round((b.cacheHits / b.calls) * 100)}%` : '—';
}

/** Rows of a usage breakdown, busiest first. */
export function rowsByCalls(
  buckets: Record<string, UsageBucket>,
): { key: string; bucket: UsageBucket }[] {
  return Object.entries(buckets)
    .map(([key, bucket]) => ({ key, bucket }))
    .sort((a, b) => b.bucket.calls - a.bucket.calls || a.key.localeCompare(b.key));
}

/** "200 calls or $0.50 per game day" — a budget's limits in words. */
export function budgetLimits(b: LlmBudget): string {
  const limits = [
    b.maxCalls !== undefined && `${count(b.maxCalls)} call${b.maxCalls === 1 ? '' : 's'}`,
    b.maxCostUsd !== undefined && usd(b.maxCostUsd),
  ].filter(Boolean);
  return `${limits.join(' or ')} per game ${b.per}`;
}

/** "Day 2 14:00" — the game time at a step. */
export function stepLabel(step: number): string {
  const t = gameTime(step);
  return dayClock(t.day, t.minuteOfDay);
}

/** "Day 2 14:00–15:00" for an hour window, "Day 2" for a day window. */
export function windowLabel(s: Pick<BudgetStatus, 'budget' | 'window'>): string {
  const t = gameTime(s.window.startStep);
  if (s.budget.per === 'day') return `Day ${t.day}`;
  return `${stepLabel(s.window.startStep)}–${formatClock(t.minuteOfDay + 60)}`;
}

/** "62%" of the budget used (in-flight questions included), capped at 100%. */
export function usedPercent(used: number): string {
  return `${Math.round(Math.min(1, Math.max(0, used)) * 100)}%`;
}
