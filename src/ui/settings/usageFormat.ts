import type { UsageBucket } from '../../protocol';

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
