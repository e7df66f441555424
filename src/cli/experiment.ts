import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  buildExperimentReport,
  experimentCsv,
  experimentHtml,
  type ExperimentReport,
} from '../eval/experiment/report';
import { runExperimentSeed, type SeedResult } from '../eval/experiment/run';
import { parseExperimentSpec, type ExperimentSpec } from '../eval/experiment/spec';
import { errorText } from '../sim/text';
import type { ExperimentJob, ExperimentWorkerMessage } from './experimentWorker';
import { checkWritable, readJson } from './scenarioArgs';

const USAGE = `Usage: npm run experiment -- --spec file.json --out DIR [--jobs N]

  Runs a "what if?" experiment headless with the offline mind: the town for startAfterHours,
  then each branch (its interventions, then spanHours more) under every seed, and compares each
  branch with the control. Writes DIR/report.json, DIR/summary.csv and DIR/report.html.
  The spec format is in docs/experiments/README.md.

  --jobs N   worker threads, one seed each (default: the number of cores; 1 runs in this thread)`;

interface Args {
  spec: ExperimentSpec;
  specPath: string;
  out: string;
  jobs: number;
}

function parse(): Args | null {
  const { values } = parseArgs({
    options: {
      spec: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const fail = (msg: string): never => {
    throw new Error(`${msg}\n${USAGE}`);
  };
  if (!values.spec) fail('--spec file.json is required.');
  if (!values.out) fail('--out DIR is required.');
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!(Number.isInteger(jobs) && jobs > 0)) fail('--jobs must be a positive integer.');
  const specPath = values.spec!;
  const spec = parseExperimentSpec(readJson(specPath, 'experiment spec'), `spec "${specPath}"`);
  return { spec, specPath, out: values.out!, jobs };
}

// Worker threads do not inherit tsx's loader: the thread loads it first, then the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) =>
  m.tsImport(${JSON.stringify(new URL('./experimentWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

function inWorker(
  job: ExperimentJob,
  onProgress: (done: number, total: number) => void,
): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: job });
    worker.on('message', (m: ExperimentWorkerMessage) => {
      if (m.type === 'result') resolve(m.result);
      else if (m.type === 'error') reject(new Error(`seed ${job.seed}: ${m.message}`));
      else onProgress(m.done, m.total);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`seed ${job.seed}: worker exited ${code}`));
    });
  });
}

async function runAll(args: Args): Promise<SeedResult[]> {
  const seeds = args.spec.seeds;
  const progress = seeds.map(() => 0);
  const tty = process.stderr.isTTY;
  let logged = -1;
  const show = () => {
    const pct = Math.round((100 * progress.reduce((a, b) => a + b, 0)) / seeds.length);
    const line = `experiment: ${seeds.length} seeds × ${args.spec.branches.length} branches  ${pct}%`;
    if (tty) process.stderr.write(`\r${line}   `);
    else if (pct >= logged + 10) {
      logged = pct;
      process.stderr.write(`${line}\n`);
    }
  };
  const results: SeedResult[] = [];
  let next = 0;
  const lane = async () => {
    while (next < seeds.length) {
      const i = next++;
      const seed = seeds[i]!;
      const onProgress = (done: number, total: number) => {
        progress[i] = done / total;
        show();
      };
      results.push(
        args.jobs === 1
          ? await runExperimentSeed(args.spec, seed, { onProgress })
          : await inWorker({ spec: args.spec, seed }, onProgress),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, seeds.length) }, lane));
  if (tty) process.stderr.write('\n');
  return results;
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

/** The comparison as a short table for the terminal. */
function printSummary(report: ExperimentReport, wallMs: number): void {
  const lines = [`wall time ${(wallMs / 1000).toFixed(1)} s for ${report.runs.length} runs`];
  for (const c of report.comparisons) {
    lines.push('', `${c.branch} vs ${report.control}`);
    const rows = c.metrics.map((m) => [
      m.metric,
      num(m.control.mean),
      num(m.branch.mean),
      (m.difference > 0 ? '+' : '') + num(m.difference),
      m.beyondNoise === null ? '' : m.beyondNoise ? 'beyond noise' : 'within noise',
    ]);
    const head = ['metric', 'control', 'branch', 'diff', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const r of [head, ...rows])
      lines.push(
        '  ' +
          r
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd(),
      );
    for (const d of c.divergence)
      lines.push(
        `  seed ${d.seed}: state differs from ${d.state?.clock ?? 'never'}` +
          (d.state ? ` (${d.state.people.join(', ')})` : '') +
          `; behaviour from ${d.behaviour?.clock ?? 'never'}` +
          (d.behaviour ? ` (${d.behaviour.people.join(', ')})` : ''),
      );
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const args = parse();
  if (!args) {
    console.log(USAGE);
    return;
  }
  checkWritable(join(args.out, 'report.json'), '--out');
  const start = performance.now();
  const results = await runAll(args);
  const report = buildExperimentReport(args.spec, results);
  writeFileSync(join(args.out, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(args.out, 'summary.csv'), experimentCsv(report));
  writeFileSync(join(args.out, 'report.html'), experimentHtml(report));
  printSummary(report, performance.now() - start);
  console.error(
    `Report written to ${join(args.out, 'report.html')} (and report.json, summary.csv)`,
  );
}

main().catch((err: unknown) => {
  console.error(`Error: ${errorText(err)}`);
  process.exit(1);
});
