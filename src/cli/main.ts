import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { OfflineMind } from '../minds/offline';
import { formatClock } from '../sim/clock';
import { parsePersonasFile, type Scenario } from '../sim/scenario';
import { defaultScenario } from '../scenarios/default';
import { runHeadless } from './run';

const USAGE = `Usage: npm run sim -- [--days 2] [--seed 1] [--agents N] [--map town.json]
                    [--personas personas.json] [--out runs/x.json]`;

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read ${what} "${path}": ${(err as Error).message}`, { cause: err });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      days: { type: 'string', default: '2' },
      seed: { type: 'string', default: '1' },
      agents: { type: 'string' },
      map: { type: 'string' },
      personas: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const days = Number(values.days);
  const seed = Number(values.seed);
  const agents = values.agents ? Number(values.agents) : undefined;
  if (!(days > 0) || !Number.isInteger(seed) || (agents !== undefined && !(agents > 0)))
    throw new Error(`--days must be > 0, --seed an integer, --agents > 0.\n${USAGE}`);
  let scenario: Scenario = defaultScenario();
  if (values.map) scenario = { ...scenario, id: 'custom', map: readJson(values.map, 'map') };
  if (values.personas) {
    const file = parsePersonasFile(readJson(values.personas, 'personas file'));
    scenario = { ...scenario, id: 'custom', personas: file.personas, storylines: file.storylines };
  }
  const tty = process.stderr.isTTY;
  const { summary } = await runHeadless({
    scenario,
    mind: new OfflineMind(),
    seed,
    days,
    agents,
    onProgress: (done, total, world) => {
      const t = world.time;
      const line = `day ${t.day} ${formatClock(t.minuteOfDay)}  ${Math.round((100 * done) / total)}%  conversations ${world.stats.conversations}`;
      if (tty) process.stderr.write(`\r${line}   `);
      else if (done === total || done % (360 * 24) === 1) process.stderr.write(`${line}\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  const json = JSON.stringify(summary, null, 2);
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, json);
    console.error(`Summary written to ${values.out}`);
  }
  console.log(json);
}

main().catch((err: unknown) => {
  console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
