import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { STEPS_PER_DAY } from '../src/sim/clock';
import { writeSection } from './results';
import {
  RESULT_PREFIX,
  TARGETS,
  USAGE,
  deriveRow,
  evaluateTargets,
  kindTable,
  parseScaleArgs,
  tableRow,
  type ChildResult,
  type ScaleArgs,
  type ScaleRow,
} from './scaleLib';

const CHILD = fileURLToPath(new URL('./scaleChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Lines of a failed child's stderr kept for the error message. */
const TAIL = 8;

let current: ChildProcess | null = null;

/** Runs one size in a fresh Node process (tsx as an import hook), killed at the cap. */
function runSize(agents: number, args: ScaleArgs): Promise<ScaleRow> {
  const steps = Math.round(args.days * STEPS_PER_DAY);
  const head = { agents, days: args.days, steps };
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CHILD,
        '--agents',
        String(agents),
        '--days',
        String(args.days),
        '--seed',
        String(args.seed),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    current = child;
    let stdout = '';
    const tail: string[] = [];
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      process.stderr.write(d);
      tail.push(...d.split('\n').filter((l) => l.trim() !== ''));
      tail.splice(0, Math.max(0, tail.length - TAIL));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, args.capMin * 60_000);
    const finish = (row: ScaleRow) => {
      clearTimeout(timer);
      current = null;
      resolve(row);
    };
    child.on('error', (err) => finish({ ...head, status: 'failed', error: err.message }));
    child.on('close', (code, signal) => {
      if (timedOut) return finish({ ...head, status: 'over cap', capMin: args.capMin });
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) {
        const result = JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
        return finish(deriveRow(result));
      }
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      const why = tail.length ? `: ${tail.join(' | ')}` : '';
      finish({ ...head, status: 'failed', error: `${how}${why}` });
    });
  });
}

function machine() {
  return {
    note: `${availableParallelism()} cores`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
}

function save(args: ScaleArgs, rows: ScaleRow[], complete: boolean): void {
  writeSection('scale', {
    what: `offline mind, default town, N agents × ${args.days} game day(s), seed ${args.seed}, one Node process per size (peak RSS is that whole process), cap ${args.capMin} min per size`,
    measuredAt: new Date().toISOString(),
    machine: machine(),
    complete,
    targets: {
      wallMsPerDayAt1000: TARGETS.wallMsPerDay,
      peakRssMBAt1000: TARGETS.peakRssMB,
      minAgentStepsPerSecondRatio1000vs25: TARGETS.minStepsRateRatio,
      maxMindCallsPerAgentDayRatio200and1000vs25: TARGETS.maxCallsRatio,
    },
    targetsMet: evaluateTargets(rows),
    rows,
  });
}

async function main(): Promise<void> {
  const args = parseScaleArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 6))
    throw new Error(
      `bench:scale starts each size with "node --import tsx", which needs Node 20.6 or later (this is ${process.version}).`,
    );

  const rows: ScaleRow[] = [];
  for (const agents of args.sizes) {
    console.error(
      `[scale] ${agents} agents × ${args.days} day(s): started (cap ${args.capMin} min)`,
    );
    const row = await runSize(agents, args);
    rows.push(row);
    const done =
      row.status === 'ok'
        ? `done in ${(row.wallMs / 1000).toFixed(1)} s, peak RSS ${row.peakRssMB} MB`
        : row.status === 'over cap'
          ? `over ${row.capMin} min, killed`
          : `failed (${row.error})`;
    console.error(`[scale] ${agents} agents: ${done}`);
    // Saved after every size, so a long run stopped half-way keeps what it measured.
    save(args, rows, rows.length === args.sizes.length);
  }

  const base = rows.find((r) => r.agents === TARGETS.baseAgents);
  console.log(`\nScale: ${machine().note}, ${args.days} game day(s), seed ${args.seed}`);
  console.table(rows.map((r) => tableRow(r, base)));
  console.log('Mind calls per agent-day by question kind (columns: agents)');
  console.table(kindTable(rows));
  console.log('Targets (issue "Scale: 1,000 people")');
  console.table(
    evaluateTargets(rows).map((t) => ({
      ...t,
      met: t.met === null ? 'n/a' : t.met ? 'yes' : 'NO',
    })),
  );
  console.log('Written to bench/results.json (section "scale")');
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    current?.kill('SIGKILL');
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  current?.kill('SIGKILL');
  process.exit(1);
});
