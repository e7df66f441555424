import { errorText } from '../sim/text';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { answersCsv } from '../eval/answersCsv';
import { parseCustomQuestions, type CustomQuestion } from '../eval/battery';
import { buildReport } from '../eval/report';
import { renderReportHtml } from '../eval/reportHtml';
import type { EvalReport, RunEvaluation } from '../eval/types';
import { ABLATION_NAMES, type AblationName } from '../sim/config';
import { runEvalJob, type EvalJob } from './evalJob';
import type { EvalWorkerMessage } from './evalWorker';
import { TOWN_IDS } from '../scenarios';
import { checkWritable, loadScenario, readJson } from './scenarioArgs';

const USAGE = `Usage: npm run eval -- --out DIR [--seeds 1,2,3] [--days 2] [--mind offline|llm]
                     [--town ${TOWN_IDS.join('|')}] [--map town.json]
                     [--personas personas.json] [--agents N]
                     [--ablate reflection,planning,memory] [--judge] [--questions q.json]
                     [--at 12:00,21:00] [--jobs N]

  Runs the town for each seed (in parallel worker threads), interviews every person at the end
  of each game day and measures language, behaviour and social emergence. Writes
  DIR/report.json, DIR/report.html (self-contained) and DIR/answers.csv.

  --town ID       a bundled town (default "default"); --map / --personas replace its parts
  --ablate LIST   also run each listed ablation as its own condition (the paper's ablations)
  --judge         rate every answer 1–10 with the LLM in OPENAI_BASE_URL / LLM_CHAT_MODEL
                  and rank the conditions with TrueSkill (see docs/eval.md)
  --questions F   extra questions: [{"category": "memory", "question": "Who is {person}?"}]
  --at TIMES      interview at these times of every day (default: at the end of each day)
  --jobs N        worker threads (default: the number of cores)`;

interface Args {
  out: string;
  seeds: number[];
  days: number;
  mind: 'offline' | 'llm';
  ablations: AblationName[];
  judge: boolean;
  questions: CustomQuestion[];
  jobs: number;
  moments: number[];
  town?: string;
  map?: string;
  personas?: string;
  agents?: number;
}

function parse(): Args | null {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seeds: { type: 'string', default: '1' },
      days: { type: 'string', default: '2' },
      mind: { type: 'string', default: 'offline' },
      ablate: { type: 'string', default: '' },
      judge: { type: 'boolean', default: false },
      questions: { type: 'string' },
      jobs: { type: 'string' },
      at: { type: 'string', default: '' },
      town: { type: 'string' },
      map: { type: 'string' },
      personas: { type: 'string' },
      agents: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const fail = (msg: string): never => {
    throw new Error(`${msg}\n${USAGE}`);
  };
  if (!values.out) fail('--out DIR is required.');
  const seeds = values.seeds.split(',').map((s) => Number(s.trim()));
  if (!seeds.length || seeds.some((s) => !Number.isInteger(s)))
    fail('--seeds must be integers separated by commas.');
  const days = Number(values.days);
  if (!(days > 0 && days <= 60)) fail('--days must be between 0 and 60.');
  if (values.mind !== 'offline' && values.mind !== 'llm') fail('--mind must be offline or llm.');
  const ablations = values.ablate ? values.ablate.split(',').map((a) => a.trim()) : [];
  const unknown = ablations.filter((a) => !ABLATION_NAMES.includes(a as AblationName));
  if (unknown.length) fail(`Unknown ablation "${unknown[0]}" (use ${ABLATION_NAMES.join(', ')}).`);
  const agents = values.agents ? Number(values.agents) : undefined;
  if (agents !== undefined && !(Number.isInteger(agents) && agents > 0))
    fail('--agents must be a positive integer.');
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!(Number.isInteger(jobs) && jobs > 0)) fail('--jobs must be a positive integer.');
  const moments = values.at
    ? values.at.split(',').map((t) => {
        const m = /^(\d{1,2}):(\d\d)$/.exec(t.trim());
        const minute = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
        return minute >= 0 && minute < 24 * 60
          ? minute
          : fail(`--at: "${t}" is not a time like 21:00.`);
      })
    : [];
  return {
    out: values.out!,
    moments,
    seeds,
    days,
    mind: values.mind as 'offline' | 'llm',
    ablations: ablations as AblationName[],
    judge: values.judge,
    questions: values.questions
      ? parseCustomQuestions(readJson(values.questions, 'questions file'))
      : [],
    jobs,
    town: values.town,
    map: values.map,
    personas: values.personas,
    agents,
  };
}

// Worker threads do not inherit tsx's loader: the thread loads it first, then the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) =>
  m.tsImport(${JSON.stringify(new URL('./evalWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** Runs a job in a worker thread. */
function inWorker(job: EvalJob, onMsg: (m: EvalWorkerMessage) => void): Promise<RunEvaluation> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: job });
    worker.on('message', (m: EvalWorkerMessage) => {
      if (m.type === 'result') resolve(m.run);
      else if (m.type === 'error')
        reject(new Error(`${job.condition} seed ${job.seed}: ${m.message}`));
      else onMsg(m);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${job.condition} seed ${job.seed}: worker exited ${code}`));
    });
  });
}

async function runAll(args: Args, jobs: EvalJob[]): Promise<RunEvaluation[]> {
  const progress = jobs.map(() => 0);
  const tty = process.stderr.isTTY;
  let lastLogged = -1;
  const show = () => {
    const pct = Math.round((100 * progress.reduce((a, b) => a + b, 0)) / jobs.length);
    const line = `eval: ${jobs.length} runs  ${pct}%`;
    if (tty) process.stderr.write(`\r${line}   `);
    else if (pct >= lastLogged + 10) {
      lastLogged = pct;
      process.stderr.write(`${line}\n`);
    }
  };
  const results: RunEvaluation[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      const onProgress = (done: number, total: number) => {
        progress[i] = done / total;
        show();
      };
      const warn = (message: string) => process.stderr.write(`\n${message}\n`);
      results[i] =
        args.jobs === 1
          ? await runEvalJob(jobs[i], onProgress, warn)
          : await inWorker(jobs[i], (m) => {
              if (m.type === 'progress') onProgress(m.done, m.total);
              else if (m.type === 'warning') warn(m.message);
            });
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, jobs.length) }, lane));
  if (tty) process.stderr.write('\n');
  return results;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** The main figures, one line each, for the terminal. */
function printSummary(report: EvalReport, wallMs: number): void {
  const l = report.language;
  const lines = [
    `wall time ${(wallMs / 1000).toFixed(1)} s for ${report.runs.length} runs`,
    `language: ${Math.round(l.utterances)} lines, duplicates ${pct(l.duplicateRate)}, distinct-2 ${l.distinct2.toFixed(2)}, shapes ${Math.round(l.shapes)}, questions answered ${pct(l.questionsAnswered)}, endings variety ${pct(l.endingVariety)}`,
    ...Object.entries(report.summary.byCheck).map(
      ([k, v]) => `check ${k}: ${pct(v!.rate)} (${v!.passed}/${v!.total})`,
    ),
    ...Object.entries(report.summary.byCategory).map(
      ([k, v]) => `category ${k}: ${pct(v!.rate)} (${v!.passed}/${v!.total})`,
    ),
    ...Object.entries(report.summary.byCondition).map(
      ([k, v]) => `condition ${k}: ${pct(v.rate)} (${v.passed}/${v.total})`,
    ),
    ...(report.summary.ranking ?? []).map(
      (r, i) =>
        `rank ${i + 1}: ${r.condition} mu ${r.mu.toFixed(1)} ± ${r.sigma.toFixed(1)}, mean judge ${r.meanScore.toFixed(1)}`,
    ),
    ...report.runs.map(
      (r) =>
        `run ${r.condition} seed ${r.seed}: density ${r.density.start.toFixed(2)}→${r.density.end.toFixed(2)}; ` +
        Object.values(r.storylines)
          .map(
            (s) =>
              `${s.id} told ${pct(s.toldFraction)} saw-only ${pct(s.sawOnlyFraction)} hops ${s.hops}`,
          )
          .join('; '),
    ),
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const args = parse();
  if (!args) {
    console.log(USAGE);
    return;
  }
  checkWritable(join(args.out, 'report.json'), '--out');
  // Fails early on a bad map or personas file; warns once here (the workers load it silently).
  const scenario = loadScenario(args, (m) => console.error(`Warning: ${m}`));
  const conditions: { name: string; ablate?: EvalJob['ablate'] }[] = [
    { name: args.mind },
    ...args.ablations.map((a) => ({ name: `${args.mind}-no-${a}`, ablate: { [a]: true } })),
  ];
  const jobs: EvalJob[] = conditions.flatMap((c) =>
    args.seeds.map((seed) => ({
      town: args.town,
      map: args.map,
      personas: args.personas,
      seed,
      days: args.days,
      agents: args.agents,
      mind: args.mind,
      ablate: c.ablate,
      condition: c.name,
      questions: args.questions,
      judge: args.judge,
      moments: args.moments,
    })),
  );
  const start = performance.now();
  const runs = await runAll(args, jobs);
  const report = buildReport(runs, {
    scenario: scenario.name + (scenario.id === 'custom' ? ' (custom)' : ''),
    map: args.map ?? args.town ?? 'default',
    days: args.days,
  });
  writeFileSync(join(args.out, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(args.out, 'report.html'), renderReportHtml(report));
  writeFileSync(join(args.out, 'answers.csv'), answersCsv(report.interviews));
  printSummary(report, performance.now() - start);
  console.error(
    `Report written to ${join(args.out, 'report.html')} (and report.json, answers.csv)`,
  );
}

main().catch((err: unknown) => {
  console.error(`Error: ${errorText(err)}`);
  process.exit(1);
});
