import { parseArgs } from 'node:util';

/** Pure helpers of `npm run bench:scale`: arguments, per-size rows and the targets. */

export const DEFAULT_SIZES = [25, 100, 200, 500, 1000];
/** The CLI's bounds (src/cli/main.ts): a typo must not start a run that never ends. */
const MAX_AGENTS = 5000;
const MAX_DAYS = 365;

/** Targets from the issue "Scale: 1,000 people". */
export const TARGETS = {
  /** The size the absolute targets apply to, and the one the ratios compare with the base. */
  bigAgents: 1000,
  baseAgents: 25,
  /** Further sizes whose mind calls per agent-day must stay near the base's. */
  callsCheckedAgents: [200, 1000],
  wallMsPerDay: 60_000,
  peakRssMB: 2048,
  minStepsRateRatio: 0.5,
  maxCallsRatio: 1.2,
};

export const USAGE = `Usage: npm run bench:scale -- [--sizes ${DEFAULT_SIZES.join(',')}] [--days 1] [--seed 1] [--cap-min 15]

  --sizes     town sizes (agents), comma-separated; each runs in its own Node process
  --days      game days per size (may be fractional, e.g. 0.25)
  --seed      world seed
  --cap-min   wall-clock cap per size in minutes; a size over it is killed and shown "over N min"`;

export interface ScaleArgs {
  sizes: number[];
  days: number;
  seed: number;
  capMin: number;
  help: boolean;
}

function positiveInt(flag: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${flag} takes whole numbers from 1 to ${max}, got "${text}".`);
  return n;
}

function positive(flag: string, text: string, max: number): number {
  const n = Number(text);
  if (!(n > 0 && n <= max))
    throw new Error(`${flag} takes a number above 0 and at most ${max}, got "${text}".`);
  return n;
}

function integer(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n))
    throw new Error(`${flag} takes a whole number, got "${text}".`);
  return n;
}

/** Parses the parent's flags; throws with a readable message on anything unknown or out of range. */
export function parseScaleArgs(argv: string[]): ScaleArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      sizes: { type: 'string' },
      days: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'cap-min': { type: 'string', default: '15' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => positiveInt('--sizes', s.trim(), MAX_AGENTS))
    : DEFAULT_SIZES;
  if (new Set(sizes).size !== sizes.length)
    throw new Error(`--sizes lists a size twice: "${values.sizes}".`);
  return {
    sizes,
    days: positive('--days', values.days, MAX_DAYS),
    seed: integer('--seed', values.seed),
    capMin: positive('--cap-min', values['cap-min'], 24 * 60),
    help: values.help,
  };
}

export interface ChildArgs {
  agents: number;
  days: number;
  seed: number;
}

/** Parses the child's flags (`--agents N --days D --seed S`, all required). */
export function parseChildArgs(argv: string[]): ChildArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      agents: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (values.agents === undefined || values.days === undefined || values.seed === undefined)
    throw new Error('The scale child needs --agents, --days and --seed.');
  return {
    agents: positiveInt('--agents', values.agents, MAX_AGENTS),
    days: positive('--days', values.days, MAX_DAYS),
    seed: integer('--seed', values.seed),
  };
}

/** What one child process measures and prints (one JSON line after RESULT_PREFIX). */
export interface ChildResult {
  agents: number;
  steps: number;
  stepsPerDay: number;
  /** createWorld + Engine, before the first step. */
  setupMs: number;
  /** The step loop only. */
  wallMs: number;
  /** process.resourceUsage().maxRSS at the end (whole process, MB = 1024² bytes). */
  peakRssMB: number;
  /** The same before the world was built: what Node and the loader take on their own. */
  startRssMB: number;
  memories: number;
  conversations: number;
  mindCalls: Record<string, number>;
}

export const RESULT_PREFIX = 'SCALE_RESULT ';

export interface OkRow {
  status: 'ok';
  agents: number;
  days: number;
  steps: number;
  setupMs: number;
  wallMs: number;
  agentStepsPerSecond: number;
  peakRssMB: number;
  startRssMB: number;
  memoriesPerAgent: number;
  conversations: number;
  mindCallsPerAgentDay: number;
  mindCallsPerAgentDayByKind: Record<string, number>;
  mindCalls: Record<string, number>;
}

export interface OverCapRow {
  status: 'over cap';
  agents: number;
  days: number;
  steps: number;
  capMin: number;
}

export interface FailedRow {
  status: 'failed';
  agents: number;
  days: number;
  steps: number;
  error: string;
}

export type ScaleRow = OkRow | OverCapRow | FailedRow;

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Turns a child's raw counts into the per-agent and per-agent-day figures of the table. */
export function deriveRow(r: ChildResult): OkRow {
  const days = r.steps / r.stepsPerDay;
  const agentDays = r.agents * days;
  const byKind = Object.fromEntries(
    Object.entries(r.mindCalls)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => [kind, round(n / agentDays, 2)]),
  );
  const totalCalls = Object.values(r.mindCalls).reduce((s, n) => s + n, 0);
  return {
    status: 'ok',
    agents: r.agents,
    days: round(days, 4),
    steps: r.steps,
    setupMs: Math.round(r.setupMs),
    wallMs: Math.round(r.wallMs),
    agentStepsPerSecond: Math.round((r.agents * r.steps) / (r.wallMs / 1000)),
    peakRssMB: Math.round(r.peakRssMB),
    startRssMB: Math.round(r.startRssMB),
    memoriesPerAgent: round(r.memories / r.agents, 1),
    conversations: r.conversations,
    mindCallsPerAgentDay: round(totalCalls / agentDays, 2),
    mindCallsPerAgentDayByKind: byKind,
    mindCalls: { ...r.mindCalls },
  };
}

export interface TargetResult {
  target: string;
  value: string;
  /** null: not decided by this run (size not run, run failed, or too short to tell). */
  met: boolean | null;
}

const fmt = (n: number) => n.toLocaleString('en');
const find = (rows: ScaleRow[], agents: number) => rows.find((r) => r.agents === agents);

function notRun(target: string, row: ScaleRow | undefined): TargetResult | null {
  if (!row) return { target, value: 'not run', met: null };
  if (row.status === 'failed') return { target, value: `run failed: ${row.error}`, met: null };
  return null;
}

/**
 * The targets over one run's rows. A run shorter than one game day can only show a miss
 * (a part-day already over the limit); a size over the cap counts by what the cap proves.
 */
export function evaluateTargets(rows: ScaleRow[]): TargetResult[] {
  const T = TARGETS;
  const big = find(rows, T.bigAgents);
  const base = find(rows, T.baseAgents);
  const out: TargetResult[] = [];

  const wallTarget = `${fmt(T.bigAgents)} agents × 1 day ≤ ${T.wallMsPerDay / 1000} s`;
  const memTarget = `${fmt(T.bigAgents)} agents × 1 day peak RSS ≤ ${T.peakRssMB} MB`;
  const wallSkip = notRun(wallTarget, big);
  const memSkip = notRun(memTarget, big);
  if (wallSkip && memSkip) out.push(wallSkip, memSkip);
  else if (big?.status === 'over cap') {
    // Over the cap means over capMin for `days`: a miss if that is already over the limit.
    const provenSlow = big.capMin * 60_000 > T.wallMsPerDay * big.days;
    out.push(
      { target: wallTarget, value: `over ${big.capMin} min`, met: provenSlow ? false : null },
      { target: memTarget, value: 'not measured (over cap)', met: null },
    );
  } else if (big?.status === 'ok') {
    const perDay = big.wallMs / big.days;
    const full = big.days >= 1;
    const part = full ? '' : ` (${big.days} day run)`;
    out.push({
      target: wallTarget,
      value: `${round(perDay / 1000, 1)} s per day${part}`,
      met: perDay <= T.wallMsPerDay ? (full ? true : null) : false,
    });
    out.push({
      target: memTarget,
      value: `${big.peakRssMB} MB${part}`,
      met: big.peakRssMB <= T.peakRssMB ? (full ? true : null) : false,
    });
  }

  const rateTarget = `agent-steps/s at ${fmt(T.bigAgents)} ≥ ${T.minStepsRateRatio * 100} % of at ${T.baseAgents}`;
  const rateSkip = notRun(rateTarget, big) ?? notRun(rateTarget, base);
  if (rateSkip) out.push(rateSkip);
  else if (base?.status !== 'ok')
    out.push({ target: rateTarget, value: `${T.baseAgents} over cap`, met: null });
  else if (big?.status === 'over cap') {
    // Over the cap bounds the rate from above.
    const below = (big.agents * big.steps) / (big.capMin * 60) / base.agentStepsPerSecond;
    out.push({
      target: rateTarget,
      value: `< ${round(below, 2)}× (over cap)`,
      met: below < T.minStepsRateRatio ? false : null,
    });
  } else if (big?.status === 'ok') {
    const ratio = big.agentStepsPerSecond / base.agentStepsPerSecond;
    out.push({
      target: rateTarget,
      value: `${round(ratio, 2)}×`,
      met: ratio >= T.minStepsRateRatio,
    });
  }

  for (const n of T.callsCheckedAgents) {
    const row = find(rows, n);
    const target = `mind calls per agent-day at ${fmt(n)} within ${T.maxCallsRatio}× of at ${T.baseAgents}`;
    const skip = notRun(target, row) ?? notRun(target, base);
    if (skip) out.push(skip);
    else if (row?.status !== 'ok' || base?.status !== 'ok')
      out.push({ target, value: 'over cap', met: null });
    else {
      const ratio = row.mindCallsPerAgentDay / base.mindCallsPerAgentDay;
      out.push({
        target,
        value: `${round(ratio, 2)}×`,
        met: callsRatioMet(ratio),
      });
    }
  }
  return out;
}

/** "Within 1.2×" both ways: far fewer calls per agent would mean agents doing less, not scaling. */
export function callsRatioMet(ratio: number): boolean {
  return ratio <= TARGETS.maxCallsRatio && ratio >= 1 / TARGETS.maxCallsRatio;
}

/** One line of the console table per size. */
export function tableRow(
  row: ScaleRow,
  base: ScaleRow | undefined,
): Record<string, string | number> {
  const head = { agents: row.agents, days: row.days, steps: row.steps };
  if (row.status === 'over cap') return { ...head, 'wall s': `over ${row.capMin} min` };
  if (row.status === 'failed') return { ...head, 'wall s': `failed: ${row.error}` };
  const okBase = base?.status === 'ok' ? base : undefined;
  return {
    ...head,
    'setup ms': row.setupMs,
    'wall s': round(row.wallMs / 1000, 1),
    'agent-steps/s': row.agentStepsPerSecond,
    [`rate vs ${TARGETS.baseAgents}`]: okBase
      ? `${round(row.agentStepsPerSecond / okBase.agentStepsPerSecond, 2)}×`
      : '',
    'peak RSS MB': row.peakRssMB,
    'memories/agent': row.memoriesPerAgent,
    'calls/agent-day': row.mindCallsPerAgentDay,
    [`calls vs ${TARGETS.baseAgents}`]: okBase
      ? `${round(row.mindCallsPerAgentDay / okBase.mindCallsPerAgentDay, 2)}×`
      : '',
    conversations: row.conversations,
  };
}

/** Mind calls per agent-day by question kind: one line per kind, one column per measured size. */
export function kindTable(rows: ScaleRow[]): Record<string, Record<string, number | string>> {
  const ok = rows.filter((r): r is OkRow => r.status === 'ok');
  const kinds = [...new Set(ok.flatMap((r) => Object.keys(r.mindCallsPerAgentDayByKind)))].sort();
  return Object.fromEntries(
    kinds.map((k) => [
      k,
      Object.fromEntries(ok.map((r) => [`${r.agents}`, r.mindCallsPerAgentDayByKind[k] ?? 0])),
    ]),
  );
}
