import { formatClock, gameTime } from '../../sim/clock';
import type { PersonEnd, RunMetrics, RunTrace } from './run';

/** Where a branch first parts from the control (same seed, same start). */
export interface Divergence {
  /** First step whose saved state differs (hour by hour; the branch point included), or null. */
  state: { step: number; clock: string; people: string[] } | null;
  /** First step at which someone is elsewhere, doing something else or talking to someone else. */
  behaviour: { step: number; clock: string; people: string[] } | null;
}

const clockOf = (step: number) => {
  const t = gameTime(step);
  return `day ${t.day} ${formatClock(t.minuteOfDay)}`;
};

/** The first moment and the people where two traces of the same seed part. */
export function firstDivergence(control: RunTrace, branch: RunTrace): Divergence {
  const ids = control.agentIds;
  // The branch may lack people (removed): compare person by person, a missing one differs.
  const at = ids.map((id) => branch.agentIds.indexOf(id));
  const differ = (a: number[], b: number[]) =>
    ids.filter((_, i) => at[i]! < 0 || a[i] !== b[at[i]!]);
  let state: Divergence['state'] = null;
  for (let h = 0; h < Math.min(control.hourly.length, branch.hourly.length); h++) {
    const a = control.hourly[h]!;
    const b = branch.hourly[h]!;
    if (a.world === b.world) continue;
    const people = differ(a.people, b.people);
    state = { step: a.step, clock: clockOf(a.step), people };
    break;
  }
  let behaviour: Divergence['behaviour'] = null;
  const first = (control.hourly[0]?.step ?? 0) + 1;
  for (let s = 0; s < Math.min(control.behaviour.length, branch.behaviour.length); s++) {
    const a = control.behaviour[s]!;
    const b = branch.behaviour[s]!;
    const people = differ(a, b);
    if (!people.length) continue;
    behaviour = { step: first + s, clock: clockOf(first + s), people };
    break;
  }
  return { state, behaviour };
}

/** One metric over seeds. */
export interface Distribution {
  values: number[];
  mean: number;
  min: number;
  max: number;
}

export interface MetricComparison {
  metric: string;
  control: Distribution;
  branch: Distribution;
  /** Branch mean minus control mean. */
  difference: number;
  /**
   * Two-sided permutation test of the difference in means over seeds (exact), or null with one
   * seed: nothing to say about noise.
   */
  pValue: number | null;
  /**
   * With several seeds: the branch's values and the control's do not overlap over seeds — every
   * seed of one is above every seed of the other (read it
   * with `pValue`: with three seeds a side no split can reach p < 0.1).
   */
  beyondNoise: boolean | null;
}

export interface PersonDifference {
  agentId: string;
  seed: number;
  control: PersonEnd;
  branch: PersonEnd;
  /** Which fields differ. */
  fields: (keyof PersonEnd)[];
}

export interface BranchComparison {
  branch: string;
  metrics: MetricComparison[];
  divergence: (Divergence & { seed: number })[];
  /** People whose end differs from the control, under the first seed. */
  people: PersonDifference[];
}

/** The scalar metrics of a run, by name (storyline and event ids in the name). */
export function scalarMetrics(run: RunMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, s] of Object.entries(run.storylines)) {
    out[`knowers.${id}`] = s.told;
    out[`sawOnly.${id}`] = s.sawOnly;
  }
  out['density'] = Math.round(run.density.end * 1000) / 1000;
  out['conversations'] = run.conversations;
  for (const a of run.attendance) {
    out[`invited.${a.eventId}`] = a.invited;
    out[`attended.${a.eventId}`] = a.attended;
  }
  const people = Object.values(run.people);
  out['memories.mean'] =
    Math.round((people.reduce((s, p) => s + p.memories, 0) / (people.length || 1)) * 10) / 10;
  return out;
}

export function distribution(values: number[]): Distribution {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  return {
    values,
    mean: Math.round(mean * 1000) / 1000,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Largest number of group assignments the exact permutation test enumerates. */
const MAX_PERMUTATIONS = 20000;

/**
 * Exact two-sided permutation test of the difference in means (every way to split the pooled
 * values into groups of the two sizes); null when a group has fewer than two values or the
 * splits are too many to enumerate.
 */
export function permutationTest(a: number[], b: number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const pooled = [...a, ...b];
  const n = pooled.length;
  const k = a.length;
  let combos = 1;
  for (let i = 0; i < k; i++) combos = (combos * (n - i)) / (i + 1);
  if (combos > MAX_PERMUTATIONS) return null;
  const total = pooled.reduce((s, v) => s + v, 0);
  const diff = (sumA: number) => Math.abs(sumA / k - (total - sumA) / (n - k));
  const observed = diff(a.reduce((s, v) => s + v, 0));
  let extreme = 0;
  let count = 0;
  const walk = (start: number, left: number, sum: number) => {
    if (left === 0) {
      count++;
      if (diff(sum) >= observed - 1e-9) extreme++;
      return;
    }
    for (let i = start; i <= n - left; i++) walk(i + 1, left - 1, sum + pooled[i]!);
  };
  walk(0, k, 0);
  return extreme / count;
}

/** Compares every branch with the control (the first branch), over all seeds. */
export function compareBranches(
  runs: RunMetrics[],
  divergences: (Divergence & { branch: string; seed: number })[],
  branchNames: string[],
): BranchComparison[] {
  const [controlName, ...others] = branchNames;
  const of = (name: string) => runs.filter((r) => r.branch === name);
  const control = of(controlName!);
  const controlScalars = control.map(scalarMetrics);
  return others.map((name) => {
    const mine = of(name);
    const scalars = mine.map(scalarMetrics);
    const names = [...new Set([...controlScalars, ...scalars].flatMap((m) => Object.keys(m)))];
    const metrics = names.map((metric): MetricComparison => {
      const c = distribution(controlScalars.map((m) => m[metric] ?? 0));
      const b = distribution(scalars.map((m) => m[metric] ?? 0));
      const pValue = permutationTest(b.values, c.values);
      const several = c.values.length > 1 && b.values.length > 1;
      return {
        metric,
        control: c,
        branch: b,
        difference: Math.round((b.mean - c.mean) * 1000) / 1000,
        pValue,
        beyondNoise: several ? b.min > c.max || b.max < c.min : null,
      };
    });
    const first = control[0];
    const twin = mine.find((r) => r.seed === first?.seed);
    return {
      branch: name,
      metrics,
      divergence: divergences
        .filter((d) => d.branch === name)
        .map(({ seed, state, behaviour }) => ({ seed, state, behaviour })),
      people: first && twin ? personDifferences(first, twin) : [],
    };
  });
}

/** People whose place, action, plan, memories or relationships differ at the end. */
export function personDifferences(control: RunMetrics, branch: RunMetrics): PersonDifference[] {
  const out: PersonDifference[] = [];
  for (const [agentId, c] of Object.entries(control.people)) {
    const b = branch.people[agentId];
    if (!b) continue;
    const fields = (Object.keys(c) as (keyof PersonEnd)[]).filter((f) => c[f] !== b[f]);
    if (fields.length) out.push({ agentId, seed: control.seed, control: c, branch: b, fields });
  }
  return out;
}
