/**
 * The later sections of the HTML report: storylines, network density, behaviour and the answers.
 * Every string from the report goes through `escapeHtml` (directly or via `table`).
 */
import { num, pct, raw, stepTicks, table, type Cell } from './reportFormat';
import { CHECK_NAMES } from './types';
import { escapeHtml, lineChart } from './svgCharts';
import type {
  BehaviourMetrics,
  CheckName,
  DensityMetrics,
  InterviewRecord,
  StorylineMetrics,
} from './types';

/** Looks up a display name for an agent id, falling back to the id itself. */
export type NameOf = (agentId: string) => string;

/** Agent names by id, as far as the interviews tell them. */
export function namesFromInterviews(interviews: InterviewRecord[]): NameOf {
  const names = new Map<string, string>();
  for (const r of interviews) names.set(r.agentId, r.agentName);
  return (id) => names.get(id) ?? id;
}

function storylineSection(s: StorylineMetrics, nameOf: NameOf): string {
  const chart = lineChart({
    title: `Knowers of ${s.id} over time`,
    series: [
      { name: 'told', color: '#2563eb', points: s.hourly.map((h) => ({ x: h.step, y: h.told })) },
      {
        name: 'saw only',
        color: '#f59e0b',
        points: s.hourly.map((h) => ({ x: h.step, y: h.sawOnly })),
      },
    ],
    xTicks: stepTicks,
    yFormat: (v) => (Number.isInteger(v) ? String(v) : ''),
    yMinMax: 1,
    yLabel: 'agents',
  });
  const figures: Cell[][] = [
    ['Seeded with', nameOf(s.seedAgentId)],
    ['Told (knows from memory)', pct(s.toldFraction)],
    ['Saw only', pct(s.sawOnlyFraction)],
    ['Longest chain (hops)', s.hops],
  ];
  if (s.attendance) {
    const a = s.attendance;
    figures.push(
      ['Invited (knew when it began)', a.invited],
      [
        'Invited and present',
        `${a.invitedPresent} (${pct(a.invited ? a.invitedPresent / a.invited : NaN)})`,
      ],
      ['Present without invitation', a.uninvitedPresent],
      ['Attendees', a.attendees.map(nameOf).join(', ') || '–'],
    );
  }
  const chain = table(
    ['From → to', 'When', 'Hop'],
    s.chains.map((e) => [`${nameOf(e.from)} → ${nameOf(e.to)}`, `day ${e.day} ${e.clock}`, e.hop]),
    { numeric: [2], empty: 'Nobody was told.' },
  );
  return (
    `<h3>${escapeHtml(s.id)}</h3>` +
    chart +
    `<div class="two"><div><h4>Figures</h4>${table(['Figure', 'Value'], figures)}</div>` +
    `<div><h4>Told by</h4>${chain}</div></div>`
  );
}

/** Every storyline: knowers chart, figures and the chain of tellings. */
export function storylinesSection(
  storylines: Record<string, StorylineMetrics>,
  nameOf: NameOf,
): string {
  const list = Object.values(storylines);
  const body = list.length
    ? list.map((s) => storylineSection(s, nameOf)).join('')
    : '<p class="muted">No storylines in this scenario.</p>';
  return `<section id="storylines"><h2>Storylines</h2>${body}</section>`;
}

/** The relationship network's density over the run. */
export function densitySection(d: DensityMetrics): string {
  const chart = lineChart({
    title: 'Network density over time',
    series: [
      {
        name: 'density',
        color: '#059669',
        points: d.hourly.map((h) => ({ x: h.step, y: h.density })),
      },
    ],
    xTicks: stepTicks,
    yFormat: (v) => num(v, 2),
    yMinMax: 0.1,
    yLabel: 'density',
  });
  return (
    `<section id="density"><h2>Network density</h2>` +
    `<p>Start ${escapeHtml(num(d.start, 3))} → end ${escapeHtml(num(d.end, 3))}</p>${chart}</section>`
  );
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : NaN;
}

/** Behaviour figures as one table; nothing when the run measured no behaviour. */
export function behaviourSection(b: BehaviourMetrics | null, nameOf: NameOf): string {
  if (!b) return '';
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  const rows: Cell[][] = [
    [
      'Asleep at home at 03:00',
      pct(b.night.rate),
      `${b.night.asleepAtHome} of ${b.night.observed} agent-nights`,
      '',
    ],
    [
      'At work in work hours',
      pct(b.work.rate),
      `${b.work.atWork} of ${b.work.observed} samples`,
      '',
    ],
    b.closedVisits
      ? [
          'Visits while closed',
          pct(b.closedVisits.rate),
          `${b.closedVisits.closed} of ${b.closedVisits.visits} visits`,
          b.closedVisits.examples.join('; '),
        ]
      : ['Visits while closed', '–', 'the map gives no opening hours', ''],
    [
      'Generic work actions',
      pct(b.genericWork.rate),
      `${b.genericWork.generic} of ${b.genericWork.observed} work actions`,
      b.genericWork.examples.join('; '),
    ],
    [
      'Stuck episodes',
      '–',
      `${b.stuck.episodes} episode${b.stuck.episodes === 1 ? '' : 's'}`,
      names(b.stuck.agents),
    ],
    [
      'Homebound agent-days',
      pct(ratio(b.homebound.homebound, b.homebound.agentDays)),
      `${b.homebound.homebound} of ${b.homebound.agentDays} agent-days`,
      names(b.homebound.agents),
    ],
    [
      'Plan similarity, day to day',
      num(b.planVariation.meanSimilarity, 2),
      `${b.planVariation.pairs} pairs, ${b.planVariation.identical} identical; weekday vs weekend ` +
        num(b.planVariation.weekdayWeekendSimilarity, 2),
      '',
    ],
    [
      'Joint plans done together',
      pct(b.joint.rate),
      `${b.joint.together} of ${b.joint.planned} planned`,
      b.joint.examples.join('; '),
    ],
  ];
  return (
    `<section id="behaviour"><h2>Behaviour</h2>` +
    `<p class="muted">Sampled every ${escapeHtml(num(b.sampleMinutes, 0))} game minutes.</p>` +
    table(['Figure', 'Rate', 'Counts', 'Examples'], rows, { numeric: [1] }) +
    `</section>`
  );
}

function failedCount(r: InterviewRecord): number {
  return r.checks.filter((c) => !c.pass).length;
}

/**
 * The `n` answers with the most failed checks (answers with none are left out); ties go to the
 * lower judge score (unscored ones after scored), then to the earlier answer.
 */
export function worstAnswers(interviews: InterviewRecord[], n = 10): InterviewRecord[] {
  return interviews
    .map((r, i) => ({ r, i, failed: failedCount(r), score: r.judge?.score ?? Infinity }))
    .filter((e) => e.failed > 0)
    .sort((a, b) => b.failed - a.failed || a.score - b.score || a.i - b.i)
    .slice(0, n)
    .map((e) => e.r);
}

function retestHtml(r: InterviewRecord): string {
  if (!r.retest) return '';
  return (
    `<div class="retest">Retest: <q>${escapeHtml(r.retest.question)}</q> → ` +
    `${escapeHtml(r.retest.answer)}</div>`
  );
}

/** The worst answers quoted in full with the reasons of their failed checks. */
export function worstSection(interviews: InterviewRecord[]): string {
  const worst = worstAnswers(interviews);
  const items = worst.map((r) => {
    const failed = r.checks
      .filter((c) => !c.pass)
      .map((c) => `<li><b>${escapeHtml(c.name)}</b>: ${escapeHtml(c.reason)}</li>`)
      .join('');
    const judge = r.judge
      ? `<div class="muted">Judge ${escapeHtml(num(r.judge.score, 1))}/10: ${escapeHtml(r.judge.reason)}</div>`
      : '';
    return (
      `<li class="worst"><div class="meta"><b>${escapeHtml(r.agentName)}</b> · ` +
      `${escapeHtml(r.category)} · ${escapeHtml(r.condition)} seed ${escapeHtml(String(r.seed))} · ` +
      `day ${escapeHtml(String(r.day))} ${escapeHtml(r.clock)}</div>` +
      `<div class="q">${escapeHtml(r.question)}</div>` +
      `<blockquote>${escapeHtml(r.answer)}</blockquote>${retestHtml(r)}` +
      `<ul class="fails">${failed}</ul>${judge}</li>`
    );
  });
  const body = items.length
    ? `<ol class="worst-list">${items.join('')}</ol>`
    : '<p class="muted">No answer failed a check.</p>';
  return `<section id="worst"><h2>Worst answers</h2>${body}</section>`;
}

/** The distinct check names given, in the canonical order (unknown ones last, as met). */
export function checkOrder(names: CheckName[]): CheckName[] {
  const distinct = [...new Set(names)];
  const rank = (n: CheckName) => {
    const i = CHECK_NAMES.indexOf(n);
    return i < 0 ? CHECK_NAMES.length : i;
  };
  return distinct
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map((e) => e.n);
}

/** Every answer with one ✓/✗ column per check (reason on hover) and a small text filter. */
export function answersSection(interviews: InterviewRecord[]): string {
  const checkNames = checkOrder(interviews.flatMap((r) => r.checks.map((c) => c.name)));
  const rows = interviews.map((r): Cell[] => [
    r.agentName,
    r.category,
    `${r.condition} #${r.seed}`,
    r.question,
    raw(`<div class="ans">${escapeHtml(r.answer)}</div>${retestHtml(r)}`),
    ...checkNames.map((name) => {
      const c = r.checks.find((x) => x.name === name);
      if (!c) return '';
      return raw(
        `<span class="${c.pass ? 'ok' : 'bad'}" title="${escapeHtml(`${c.name}: ${c.reason}`)}">` +
          `${c.pass ? '✓' : '✗'}</span>`,
      );
    }),
    r.judge ? num(r.judge.score, 1) : '',
  ]);
  const headers: Cell[] = [
    'Agent',
    'Category',
    'Run',
    'Question',
    'Answer',
    ...checkNames.map((n) => raw(`<span class="vh">${escapeHtml(n)}</span>`)),
    'Judge',
  ];
  const filter = interviews.length
    ? `<input id="answer-filter" type="search" placeholder="Filter answers…" ` +
      `oninput="var q=this.value.toLowerCase();document.querySelectorAll('#answers tbody tr')` +
      `.forEach(function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':''})">`
    : '';
  return (
    `<section id="answers"><h2>All answers</h2>${filter}` +
    table(headers, rows, { className: 'answers', empty: 'No interviews.' }) +
    `</section>`
  );
}
