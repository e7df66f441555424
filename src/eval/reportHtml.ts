/**
 * The believability report as one self-contained HTML page: inline CSS and SVG, no network, so it
 * opens from disk. Pure string building, usable in Node and in a Web Worker.
 */
import { num, pct, passRateText, poolChecks, table, type Cell } from './reportFormat';
import {
  answersSection,
  behaviourSection,
  checkOrder,
  densitySection,
  namesFromInterviews,
  storylinesSection,
  worstSection,
} from './reportSections';
import { barChart, escapeHtml, type Bar } from './svgCharts';
import {
  CATEGORIES,
  type CheckName,
  type EvalReport,
  type LanguageMetrics,
  type PassRate,
} from './types';

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f8fafc;color:#111827;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:36px 0 12px;padding-bottom:4px;border-bottom:2px solid #e5e7eb}
h3{font-size:16px;margin:24px 0 8px}
h4{font-size:14px;margin:16px 0 6px;color:#374151}
.meta-line{color:#4b5563;margin:2px 0}
.muted{color:#6b7280}
section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:4px 20px 20px;margin-top:20px}
section h2{border:none;margin-top:16px}
svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}
table{border-collapse:collapse;margin:8px 0;font-size:13px;width:100%}
th,td{padding:5px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #e5e7eb}
th{background:#f1f5f9;font-weight:600}
tbody tr:nth-child(even){background:#f8fafc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
table.kv{width:auto;min-width:280px}
.two{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.two>*{flex:1 1 320px;min-width:0}
.grid{display:flex;flex-wrap:wrap;gap:16px}
.grid>div{flex:1 1 320px}
.ok{color:#16a34a;font-weight:700;cursor:help}
.bad{color:#dc2626;font-weight:700;cursor:help}
.vh{font-size:11px;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
table.answers td{overflow-wrap:break-word}
.ans{white-space:pre-wrap}
.retest{color:#6b7280;font-size:12px;margin-top:4px}
.worst-list{padding-left:24px}
li.worst{margin:0 0 16px}
li.worst .q{font-weight:600;margin:4px 0}
blockquote{margin:4px 0;padding:6px 12px;border-left:3px solid #cbd5e1;background:#f8fafc;white-space:pre-wrap}
ul.fails{margin:4px 0;padding-left:18px;color:#b91c1c}
#answer-filter{width:100%;max-width:360px;padding:6px 8px;border:1px solid #cbd5e1;border-radius:6px;font:inherit}
`;

function rateBars(entries: [string, PassRate][]): Bar[] {
  return entries.map(([label, p]) => ({
    label,
    fraction: p.total > 0 ? p.passed / p.total : 0,
    text: passRateText(p),
    color: p.total > 0 ? undefined : '#9ca3af',
  }));
}

function definedEntries<K extends string>(
  rec: Partial<Record<K, PassRate>>,
  order?: readonly K[],
): [K, PassRate][] {
  const keys = (order ?? (Object.keys(rec) as K[])).filter((k) => rec[k] !== undefined);
  return keys.map((k) => [k, rec[k] as PassRate]);
}

function summarySection(report: EvalReport): string {
  const s = report.summary;
  const conditionOrder = [
    ...report.conditions,
    ...Object.keys(s.byCondition).filter((c) => !report.conditions.includes(c)),
  ];
  const ranking = s.ranking?.length
    ? '<h3>Judge ranking</h3>' +
      table(
        ['Rank', 'Condition', 'μ', 'σ', 'Mean score'],
        s.ranking.map((r, i) => [
          i + 1,
          r.condition,
          num(r.mu, 2),
          num(r.sigma, 2),
          num(r.meanScore, 2),
        ]),
        { numeric: [0, 2, 3, 4] },
      )
    : '';
  return (
    `<section id="summary"><h2>Summary</h2>` +
    `<h3>Pass rate by check</h3>` +
    barChart(
      rateBars(definedEntries(s.byCheck, checkOrder(Object.keys(s.byCheck) as CheckName[]))),
      {
        title: 'Pass rate by check',
      },
    ) +
    `<h3>Pass rate by category</h3>` +
    barChart(rateBars(definedEntries(s.byCategory, CATEGORIES)), {
      title: 'Pass rate by category',
    }) +
    `<h3>Pass rate by condition</h3>` +
    barChart(rateBars(definedEntries(s.byCondition, conditionOrder)), {
      title: 'Pass rate by condition',
    }) +
    ranking +
    `</section>`
  );
}

function countTable(title: string, items: { text: string; count: number }[]): string {
  return (
    `<div><h4>${escapeHtml(title)}</h4>` +
    table(
      ['Line', 'Count'],
      items.map((e) => [e.text, e.count]),
      { numeric: [1], empty: 'None.' },
    ) +
    `</div>`
  );
}

/** Counts here may be means over seeds, hence `num` with a decimal. */
function languageSection(l: LanguageMetrics): string {
  const main: Cell[][] = [
    ['Utterances', num(l.utterances, 1)],
    ['Conversations', num(l.conversations, 1)],
    ['Mean conversation length (lines)', num(l.meanConversationLength, 1)],
    ['Duplicate lines', pct(l.duplicateRate)],
    [
      'distinct-1 / 2 / 3',
      `${num(l.distinct1, 3)} / ${num(l.distinct2, 3)} / ${num(l.distinct3, 3)}`,
    ],
    ['Sentence shapes', num(l.shapes, 1)],
    ['Sample tokens', num(l.sampleTokens, 0)],
    ['Questions answered', `${pct(l.questionsAnswered)} of ${num(l.questionsAsked, 1)} asked`],
    ['Ending variety', pct(l.endingVariety)],
  ];
  const kinds = [
    ['Conversation lines', l],
    ['Plans', l.plans],
    ['Reflections', l.reflections],
  ] as const;
  const metricRow = (label: string, f: (m: (typeof kinds)[number][1]) => string | number) => [
    label,
    ...kinds.map(([, m]) => f(m)),
  ];
  const byKind = table(
    ['', ...kinds.map(([k]) => k)],
    [
      metricRow('Texts', (m) => num(m.count, 1)),
      metricRow('Duplicate rate', (m) => pct(m.duplicateRate)),
      metricRow('distinct-1', (m) => num(m.distinct1, 3)),
      metricRow('distinct-2', (m) => num(m.distinct2, 3)),
      metricRow('distinct-3', (m) => num(m.distinct3, 3)),
      metricRow('Sample tokens', (m) => num(m.sampleTokens, 0)),
      metricRow('Sentence shapes', (m) => num(m.shapes, 1)),
    ],
    { numeric: [1, 2, 3] },
  );
  return (
    `<section id="language"><h2>Language</h2>` +
    `<div class="two">${table(['Figure', 'Value'], main, { numeric: [1], className: 'kv' })}` +
    `<div>${byKind}</div></div>` +
    `<div class="grid">${countTable('Most repeated lines', l.topRepeats)}` +
    `${countTable('Most common endings', l.topEndings)}</div></section>`
  );
}

function runsSection(report: EvalReport): string {
  const storyIds: string[] = [];
  for (const run of report.runs) {
    for (const id of Object.keys(run.storylines)) if (!storyIds.includes(id)) storyIds.push(id);
  }
  const headers: Cell[] = [
    'Seed',
    'Condition',
    'Mind',
    'Utterances',
    'Dup.',
    'distinct-2',
    'Q. answered',
    'Density',
    ...storyIds.map((id) => `${id} told`),
    'Interviews passed',
  ];
  const rows = report.runs.map((run): Cell[] => [
    run.seed,
    run.condition,
    run.mind,
    run.language.utterances,
    pct(run.language.duplicateRate),
    num(run.language.distinct2, 3),
    pct(run.language.questionsAnswered),
    `${num(run.density.start, 3)} → ${num(run.density.end, 3)}`,
    ...storyIds.map((id) => pct(run.storylines[id]?.toldFraction)),
    passRateText(poolChecks(run.interviews.flatMap((r) => r.checks))),
  ]);
  const numeric = headers.map((_, i) => i).filter((i) => i === 0 || i >= 3);
  return (
    `<section id="runs"><h2>Per run</h2>` +
    table(headers, rows, { numeric, empty: 'No runs.' }) +
    `</section>`
  );
}

function header(report: EvalReport): string {
  const line = (label: string, value: string) =>
    `<p class="meta-line"><b>${escapeHtml(label)}:</b> ${escapeHtml(value)}</p>`;
  return (
    `<header><h1>Believability report: ${escapeHtml(report.scenario)}</h1>` +
    line('Map', report.map) +
    line('Seeds', report.seeds.join(', ') || '–') +
    line('Days', String(report.days)) +
    line('Conditions', report.conditions.join(', ') || '–') +
    line('Answers', String(report.interviews.length)) +
    `</header>`
  );
}

/**
 * Renders the evaluation report as a single self-contained HTML document (inline CSS and SVG, no
 * external resources). All text taken from the report is HTML-escaped.
 */
export function renderReportHtml(report: EvalReport): string {
  const nameOf = namesFromInterviews(report.interviews);
  const body = [
    header(report),
    summarySection(report),
    languageSection(report.language),
    runsSection(report),
    storylinesSection(report.storylines, nameOf),
    densitySection(report.density),
    behaviourSection(report.behaviour, nameOf),
    worstSection(report.interviews),
    answersSection(report.interviews),
  ].join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(`Believability report: ${report.scenario}`)}</title>` +
    `<style>${CSS}</style></head>\n<body><main>\n${body}\n</main></body></html>\n`
  );
}
