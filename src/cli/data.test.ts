import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataManifest } from '../eval/data';
import { csvRecords } from '../eval/data/testing/parseCsv';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'sim-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run sim -- …args` in a child process (the CLI runs on import). */
function sim(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    timeout: 120_000,
  });
}

describe('sim --data', () => {
  it('writes every table of the town run as parseable CSV and JSON', async () => {
    const dir = join(tmp, 'out', 'data');
    const { stderr } = await sim([
      '--days',
      '0.1',
      '--agents',
      '5',
      '--town',
      'saltmere',
      '--data',
      dir,
    ]);
    expect(stderr).toContain(`Data written to ${dir}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DataManifest;
    expect(manifest.people).toBe(5);
    expect(readdirSync(dir).length).toBe(1 + 2 * manifest.files.length);
    for (const f of manifest.files) {
      const { header, records } = csvRecords(readFileSync(join(dir, `${f.name}.csv`), 'utf8'));
      expect(header).toEqual(f.columns);
      expect(records.length, f.name).toBe(f.rows);
      const json = JSON.parse(readFileSync(join(dir, `${f.name}.json`), 'utf8')) as {
        data: unknown[];
      };
      expect(json.data.length, f.name).toBe(f.rows);
    }
    const people = csvRecords(readFileSync(join(dir, 'people.csv'), 'utf8')).records;
    expect(people.length).toBe(5);
    expect(manifest.files.find((f) => f.name === 'series_occupancy')!.rows).toBeGreaterThan(0);
  }, 120_000);

  it('refuses to start when the folder cannot be written, naming it', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    const bad = join(file, 'data');
    await expect(sim(['--days', '1', '--data', bad])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Cannot write --data "${bad}"`),
    });
  }, 60_000);
});
