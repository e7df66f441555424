import { escapeHtml } from '../svgCharts';
import { compareBranches, scalarMetrics, type BranchComparison } from './compare';
import type { RunMetrics, SeedResult } from './run';
import type { ExperimentSpec } from './spec';

/** The whole experiment as written to report.json. */
export interface ExperimentReport {
  kind: 'experiment';
  spec: ExperimentSpec;
  control: string;
  runs: RunMetrics[];
  comparisons: BranchComparison[];
  /** Names by id, for readers (the page adds them from the town; ids stand in without). */
  names?: ExperimentNames;
}

export interface ExperimentNames {
  people: Record<string, string>;
  /** Storyline and event ids → labels ("the bake sale"). */
  things: Record<string, string>;
  /** Each branch's interventions in words, by branch name. */
  changes?: Record<string, string[]>;
}

/** Puts the seeds' results (in any order) together as a report. */
export function buildExperimentReport(
  spec: ExperimentSpec,
  results: SeedResult[],
): ExperimentReport {
  const order = (seed: number) => spec.seeds.indexOf(seed);
  const sorted = [...results].sort((a, b) => order(a.seed) - order(b.seed));
  const runs = sorted.flatMap((r) => r.runs);
  const divergences = sorted.flatMap((r) => r.divergences.map((d) => ({ ...d, seed: r.seed })));
  const names = spec.branches.map((b) => b.name);
  return {
    kind: 'experiment',
    spec,
    control: names[0]!,
    runs,
    comparisons: compareBranches(runs, divergences, names),
  };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per branch, seed and metric: `branch,seed,metric,value`. */
export function experimentCsv(report: ExperimentReport): string {
  const rows = [['branch', 'seed', 'metric', 'value']];
  for (const run of report.runs)
    for (const [metric, value] of Object.entries(scalarMetrics(run)))
      rows.push([run.branch, String(run.seed), metric, String(value)]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** Text safe inside HTML (every value in the page goes through this). */
export { escapeHtml };

const fmt = (v: number | null) =>
  v === null ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0+$/, '');

/** A plain, text-only HTML page of the report. */
export function experimentHtml(report: ExperimentReport): string {
  const e = escapeHtml;
  const table = (head: string[], rows: string[][]) =>
    `<table><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
      .join('')}</table>`;
  const spec = report.spec;
  const parts: string[] = [
    `<h1>Experiment on the "${e(spec.from?.townName ?? spec.town)}" town</h1>`,
    `<p>Seeds ${e(spec.seeds.join(', '))}; ` +
      (spec.from
        ? `branched from ${e(spec.from.clock)}, then `
        : `base run ${e(String(spec.startAfterHours))} h, then `) +
      `${e(String(spec.spanHours))} h per branch. Control: ${e(report.control)}.</p>`,
    '<h2>Branches</h2>',
    table(
      ['branch', 'interventions'],
      spec.branches.map((b) => [
        b.name,
        b.interventions.map((i) => JSON.stringify(i)).join('; ') || '(none: control)',
      ]),
    ),
  ];
  for (const c of report.comparisons) {
    parts.push(`<h2>${e(c.branch)} vs ${e(report.control)}</h2>`);
    parts.push(
      table(
        [
          'metric',
          'control mean',
          'min–max',
          'branch mean',
          'min–max',
          'difference',
          'p',
          'beyond noise',
        ],
        c.metrics.map((m) => [
          m.metric,
          fmt(m.control.mean),
          `${fmt(m.control.min)}–${fmt(m.control.max)}`,
          fmt(m.branch.mean),
          `${fmt(m.branch.min)}–${fmt(m.branch.max)}`,
          fmt(m.difference),
          fmt(m.pValue),
          m.beyondNoise === null ? 'one seed' : m.beyondNoise ? 'yes' : 'no',
        ]),
      ),
    );
    parts.push('<h3>Where it diverges</h3>');
    parts.push(
      table(
        ['seed', 'state differs from', 'people', 'behaviour differs from', 'people'],
        c.divergence.map((d) => [
          String(d.seed),
          d.state?.clock ?? 'never',
          d.state?.people.join(', ') ?? '',
          d.behaviour?.clock ?? 'never',
          d.behaviour?.people.join(', ') ?? '',
        ]),
      ),
    );
    parts.push(`<h3>People who end differently (seed ${e(String(spec.seeds[0]))})</h3>`);
    parts.push(
      table(
        ['person', 'differs in', 'control', 'branch'],
        c.people.map((p) => [
          report.names?.people[p.agentId] ?? p.agentId,
          p.fields.join(', '),
          p.fields.map((f) => `${f}: ${String(p.control[f])}`).join('; '),
          p.fields.map((f) => `${f}: ${String(p.branch[f])}`).join('; '),
        ]),
      ),
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Experiment report</title>
<style>body{font:14px sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}</style>
</head><body>
${parts.join('\n')}
</body></html>
`;
}
