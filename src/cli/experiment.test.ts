import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../scenarios';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Runs `npm run experiment` with a spec; resolves with the exit code and output. */
async function experiment(spec: unknown, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-'));
  const specPath = join(dir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec));
  const out = join(dir, 'out');
  try {
    const res = await run(TSX, [
      'src/cli/experiment.ts',
      '--spec',
      specPath,
      '--out',
      out,
      ...extra,
    ]);
    return { code: 0, stdout: res.stdout, stderr: res.stderr, out };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, out };
  }
}

/** Someone in the default town (taken from the town, not named here). */
const someone = bundledScenario('default').personas[0]!.id;

describe('npm run experiment', () => {
  it('runs seeds in worker threads and writes the report, the CSV and the HTML page', async () => {
    const res = await experiment(
      {
        agents: 4,
        seeds: [1, 2],
        spanHours: 0.5,
        branches: [
          {
            name: 'whispered',
            interventions: [{ type: 'whisper', agentId: someone, text: 'Go for a walk.' }],
          },
        ],
      },
      ['--jobs', '2'],
    );
    expect(res.stderr).not.toMatch(/Error/);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/whispered vs control/);
    const report = JSON.parse(readFileSync(join(res.out, 'report.json'), 'utf8')) as {
      runs: { branch: string; seed: number }[];
    };
    expect(report.runs.map((r) => `${r.branch}/${r.seed}`)).toEqual([
      'control/1',
      'whispered/1',
      'control/2',
      'whispered/2',
    ]);
    expect(readFileSync(join(res.out, 'summary.csv'), 'utf8')).toMatch(
      /^branch,seed,metric,value\n/,
    );
    expect(readFileSync(join(res.out, 'report.html'), 'utf8')).toMatch(/whispered vs control/);
  }, 120_000);

  it('names the problem in a bad spec and exits 1', async () => {
    const res = await experiment({ spanHours: -1, branches: [{ name: 'x' }] });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Invalid spec ".*spec\.json":\n {2}spanHours:/);
  }, 60_000);
});
