import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { errorText } from '../sim/text';
import { fallbackMind } from '../minds/fallback';
import type { EngineOptions } from '../sim/engine';
import { OfflineMind } from '../minds/offline';
import { configFromEnv, LlmMind } from '../minds/llm';
import { FileLlmCache } from '../minds/llm/nodeFileCache';
import { formatClock } from '../sim/clock';
import type { Mind } from '../sim/mind';
import { TownFileError } from '../persist/errors';
import { liveOverlap, TownRuntime } from '../persist/runtime';
import { checkTownFile } from '../persist/town';
import { runHeadless } from './run';
import { TOWN_IDS } from '../scenarios';
import { checkWritable, loadScenario } from './scenarioArgs';
import { readTownFile, writeTownFile } from './townFile';
import { buildDataFiles } from '../eval/data';
import { OccupancyRecorder } from '../eval/series';
import { checkDataDir, writeDataDir } from './dataDir';

/** Upper bounds that keep a typo (`--days 1e9`, `Infinity`) from running for ever. */
const MAX_DAYS = 365;
const MAX_AGENTS = 5000;

const USAGE = `Usage: npm run sim -- [--days 2] [--seed 1] [--agents N] [--town ${TOWN_IDS.join('|')}]
                    [--map town.json] [--personas personas.json] [--out runs/x.json]
                    [--resume town.town] [--export out.town] [--data DIR] [--mind offline|llm]

  --town ID       a bundled town (default "default"); --map / --personas replace its parts

  --resume FILE   continue an exported town (world and tape) for --days more
  --export FILE   write the town file (gzip JSON, opens in the app) at the end
  --data DIR      write the data export (CSV and JSON, see docs/data.md) into DIR at the end
  --mind llm      use an OpenAI-compatible model: OPENAI_API_KEY, OPENAI_BASE_URL,
                  LLM_CHAT_MODEL, LLM_EMBEDDING_MODEL (see docs/llm.md); replies are
                  cached in .llm-cache/ so re-running a seed costs nothing`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      days: { type: 'string', default: '2' },
      seed: { type: 'string' },
      agents: { type: 'string' },
      town: { type: 'string' },
      map: { type: 'string' },
      personas: { type: 'string' },
      out: { type: 'string' },
      resume: { type: 'string' },
      export: { type: 'string' },
      data: { type: 'string' },
      mind: { type: 'string', default: 'offline' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const days = Number(values.days);
  if (!(days > 0 && days <= MAX_DAYS))
    throw new Error(`--days must be a number of days above 0 and at most ${MAX_DAYS}.\n${USAGE}`);
  // Checked before the run: a bad path must not cost the whole run.
  if (values.out) checkWritable(values.out, '--out');
  if (values.export) checkWritable(values.export, '--export');
  if (values.data) checkDataDir(values.data);
  if (values.mind !== 'offline' && values.mind !== 'llm')
    throw new Error(`--mind must be "offline" or "llm".\n${USAGE}`);
  const llm = values.mind === 'llm' ? makeLlmMind() : null;
  const mind = llm ?? new OfflineMind();
  const town = values.resume ? resumeTown(values.resume, values, mind) : newTown(values, mind);
  const tty = process.stderr.isTTY;
  const occupancy = values.data ? new OccupancyRecorder() : null;
  const summary = await runHeadless(town.runtime, {
    days,
    onStep: occupancy ? (world) => occupancy.observe(world) : undefined,
    onProgress: (done, total, world) => {
      const t = world.time;
      const line = `day ${t.day} ${formatClock(t.minuteOfDay)}  ${Math.round((100 * done) / total)}%  conversations ${world.stats.conversations}`;
      if (tty) process.stderr.write(`\r${line}   `);
      else if (done === total || done % (360 * 24) === 1) process.stderr.write(`${line}\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  const json = JSON.stringify(
    llm ? { ...summary, tokens: llm.getUsage().totals } : summary,
    null,
    2,
  );
  // The summary is printed whatever happens to the files, so a run is never lost.
  console.log(json);
  if (values.out) {
    writeFileSync(values.out, json);
    console.error(`Summary written to ${values.out}`);
  }
  if (values.export) {
    // The recording continues the resumed file's; an LLM's answers are on it, so the file
    // replays with no LLM at all.
    const file = town.runtime.file({
      name: town.name,
      savedAt: new Date().toISOString(),
      mind: llm ? { kind: 'llm', model: llm.settings.chatModel } : { kind: 'offline' },
    });
    const size = writeTownFile(values.export, file);
    console.error(`Town written to ${values.export} (${Math.round(size / 1024)} KB)`);
  }
  if (values.data && occupancy) {
    const world = town.runtime.world;
    const samples = occupancy.samples(world.time.day, world.step);
    const files = buildDataFiles(world, { townName: town.name, occupancy: samples });
    writeDataDir(values.data, files);
    console.error(`Data written to ${values.data} (${Object.keys(files).length} files)`);
  }
}

/** When the mind fails, the one fallback policy answers (offline; never offline embeddings). */
/** Headless runs go as fast as they can: a slow mind's answers overlap across steps. */
function engineOptions(): EngineOptions {
  return {
    fallback: fallbackMind(new OfflineMind()),
    overlap: liveOverlap(0),
  };
}

/** The LLM mind from the environment, with a file cache and notices printed once each. */
function makeLlmMind(): LlmMind {
  const mind: LlmMind = new LlmMind(configFromEnv(process.env), {
    cache: new FileLlmCache('.llm-cache'),
  });
  mind.onNotice((n) => console.error(`\n[${n.level}] ${n.message}`));
  return mind;
}

interface CliTown {
  runtime: TownRuntime;
  /** The name an exported file gets. */
  name: string;
}

type CliValues = {
  seed?: string;
  agents?: string;
  town?: string;
  map?: string;
  personas?: string;
};

/** A new town from the default scenario, or a custom map and personas. */
function newTown(values: CliValues, mind: Mind): CliTown {
  const seed = Number(values.seed ?? '1');
  const agents = values.agents ? Number(values.agents) : undefined;
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer.\n${USAGE}`);
  if (agents !== undefined && !(Number.isInteger(agents) && agents > 0 && agents <= MAX_AGENTS))
    throw new Error(`--agents must be a whole number from 1 to ${MAX_AGENTS}.\n${USAGE}`);
  const scenario = loadScenario(values, (m) => console.error(`Warning: ${m}`));
  if (agents !== undefined && agents > scenario.personas.length)
    console.error(
      `Note: the town has ${scenario.personas.length} people; ${agents - scenario.personas.length} ` +
        'numbered copies are added, without relationships, storylines or events.',
    );
  const runtime = TownRuntime.open({ kind: 'new', scenario, seed, agents }, mind, engineOptions());
  return { runtime, name: `${scenario.name} (seed ${seed})` };
}

/** The town of an exported file, as it was saved (its own map, people, seed and tape). */
function resumeTown(path: string, values: CliValues, mind: Mind): CliTown {
  const fixed = (['town', 'map', 'personas', 'agents', 'seed'] as const).filter(
    (k) => values[k] !== undefined,
  );
  if (fixed.length)
    throw new Error(
      `--resume continues the saved town as it is; it cannot be combined with --${fixed.join(', --')}.`,
    );
  const { file, migratedFrom } = readTownFile(path);
  if (migratedFrom !== undefined)
    console.error(`Note: "${path}" was saved by an older version (${migratedFrom}); upgraded.`);
  if (file.mind?.kind === 'llm' && mind.name !== 'llm')
    console.error(`Note: this town ran with an LLM; the CLI continues it with the offline mind.`);
  try {
    // The same checks as a new town (a file edited by hand, or written by another tool).
    checkTownFile(file).forEach((w) => console.error(`Warning: ${w}`));
    return {
      runtime: TownRuntime.open({ kind: 'file', file }, mind, engineOptions()),
      name: file.name,
    };
  } catch (err) {
    if (err instanceof TownFileError)
      throw new Error(`Could not open town file "${path}": ${err.message}`, { cause: err });
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(`Error: ${errorText(err)}`);
  process.exit(1);
});
