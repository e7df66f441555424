import { rate as trueskillRate, Rating } from 'ts-trueskill';
import type {
  EvalReport,
  InterviewRecord,
  LanguageMetrics,
  PassRate,
  RunEvaluation,
  Summary,
  TextMetrics,
} from './types';

function passRate(results: boolean[]): PassRate {
  const passed = results.filter(Boolean).length;
  return { passed, total: results.length, rate: results.length ? passed / results.length : 0 };
}

function group<K extends string>(
  interviews: InterviewRecord[],
  key: (i: InterviewRecord, c: InterviewRecord['checks'][number]) => K,
): Partial<Record<K, PassRate>> {
  const acc = new Map<K, boolean[]>();
  for (const i of interviews)
    for (const c of i.checks) {
      const k = key(i, c);
      acc.set(k, [...(acc.get(k) ?? []), c.pass]);
    }
  const out: Partial<Record<K, PassRate>> = {};
  for (const [k, v] of acc) out[k] = passRate(v);
  return out;
}

/**
 * Ranks conditions by their judge scores, as the paper ranked its conditions: for every question
 * asked of the same agent at the same moment under two conditions, the higher-rated answer wins a
 * match (equal scores draw); TrueSkill turns the matches into a skill per condition.
 */
export function rankConditions(interviews: InterviewRecord[]): Summary['ranking'] {
  const judged = interviews.filter((i) => i.judge);
  const conditions = [...new Set(judged.map((i) => i.condition))];
  if (conditions.length < 2) return undefined;
  const ratings = new Map(conditions.map((c) => [c, new Rating()]));
  const byItem = new Map<string, InterviewRecord[]>();
  for (const i of judged) {
    const key = `${i.seed}|${i.agentId}|${i.step}|${i.template}`;
    byItem.set(key, [...(byItem.get(key) ?? []), i]);
  }
  for (const [, items] of [...byItem].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (let x = 0; x < items.length; x++)
      for (let y = x + 1; y < items.length; y++) {
        const a = items[x];
        const b = items[y];
        const sa = a.judge!.score;
        const sb = b.judge!.score;
        const [ra, rb] = [ratings.get(a.condition)!, ratings.get(b.condition)!];
        const ranks = sa === sb ? [0, 0] : sa > sb ? [0, 1] : [1, 0];
        const [[na], [nb]] = trueskillRate([[ra], [rb]], ranks);
        ratings.set(a.condition, na);
        ratings.set(b.condition, nb);
      }
  }
  return conditions
    .map((c) => {
      const scores = judged.filter((i) => i.condition === c).map((i) => i.judge!.score);
      const r = ratings.get(c)!;
      return {
        condition: c,
        mu: r.mu,
        sigma: r.sigma,
        meanScore: scores.reduce((s, x) => s + x, 0) / scores.length,
      };
    })
    .sort((a, b) => b.mu - a.mu);
}

/** Pass rates per check, per category and per condition, and the judge ranking. */
export function summarise(interviews: InterviewRecord[]): Summary {
  const byCondition: Record<string, PassRate> = {};
  for (const c of new Set(interviews.map((i) => i.condition)))
    byCondition[c] = passRate(
      interviews.filter((i) => i.condition === c).flatMap((i) => i.checks.map((k) => k.pass)),
    );
  return {
    byCheck: group(interviews, (_, c) => c.name),
    byCategory: group(interviews, (i) => i.category),
    byCondition,
    ranking: rankConditions(interviews),
  };
}

function meanOf<T extends object>(items: T[]): T {
  const first = items[0];
  const out = { ...first } as Record<string, unknown>;
  for (const [k, v] of Object.entries(first)) {
    if (typeof v === 'number')
      out[k] =
        items.reduce((s, x) => s + ((x as Record<string, number>)[k] ?? 0), 0) / items.length;
    else if (v && typeof v === 'object' && !Array.isArray(v))
      out[k] = meanOf(items.map((x) => (x as Record<string, object>)[k]));
  }
  return out as T;
}

/** Language metrics averaged over runs (lists such as top repeats come from the first run). */
export function meanLanguage(runs: RunEvaluation[]): LanguageMetrics {
  return meanOf<LanguageMetrics & { plans: TextMetrics; reflections: TextMetrics }>(
    runs.map((r) => r.language),
  );
}

/** The whole report from the runs of every seed and condition (first condition first). */
export function buildReport(
  runs: RunEvaluation[],
  meta: { scenario: string; map: string; days: number },
): EvalReport {
  if (!runs.length) throw new Error('No runs to report');
  const conditions = [...new Set(runs.map((r) => r.condition))];
  const first = runs.filter((r) => r.condition === conditions[0]);
  const interviews = runs.flatMap((r) => r.interviews);
  return {
    version: 1,
    scenario: meta.scenario,
    map: meta.map,
    conditions,
    seeds: [...new Set(runs.map((r) => r.seed))],
    days: meta.days,
    language: meanLanguage(first),
    behaviour: first[0].behaviour,
    storylines: first[0].storylines,
    density: first[0].density,
    interviews,
    summary: summarise(interviews),
    runs,
  };
}
