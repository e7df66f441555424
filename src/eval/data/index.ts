/**
 * The data export: a town (live or replayed) at its current step as CSV and JSON files, for
 * spreadsheets, pandas or R. Pure: the worker zips the files, the CLI writes them to a folder.
 * Every file and column is described in docs/data.md.
 */
import { formatClock } from '../../sim/clock';
import type { World } from '../../sim/world/world';
import { tableCsv, tableJson, type Table } from './csv';
import {
  conversationsTable,
  memoriesTable,
  peopleTable,
  relationshipsDailyTable,
  relationshipsTable,
  storylineTables,
} from './tables';
import { seriesTables } from './seriesTables';
import type { OccupancySample } from '../series';

/** Version of the export's layout; raised when a column is renamed or removed. */
export const DATA_FORMAT_VERSION = 1;

export interface DataOptions {
  /** The town's name, for the manifest (the world does not know it). */
  townName?: string;
  /**
   * Occupancy samples of the day shown (ten-minute slots, `OccupancyRecorder`): without them the
   * occupancy series holds only the current step's positions.
   */
  occupancy?: readonly OccupancySample[];
}

/** Every table of the export, in the order the manifest lists them. */
export function dataTables(world: World, opts: DataOptions = {}): Table[] {
  const { storylines, toldBy } = storylineTables(world);
  return [
    peopleTable(world),
    memoriesTable(world),
    conversationsTable(world),
    relationshipsTable(world),
    relationshipsDailyTable(world),
    storylines,
    toldBy,
    ...seriesTables(world, opts.occupancy ?? []),
  ];
}

/** What manifest.json holds: when the export was taken and what each file has. */
export interface DataManifest {
  format: 'generative-town-data';
  version: number;
  town: string | null;
  scenarioId: string;
  seed: number;
  step: number;
  day: number;
  clock: string;
  weekday: string;
  startStep: number;
  people: number;
  files: { name: string; rows: number; columns: string[] }[];
}

/**
 * The export as file name → text: `<table>.csv` and `<table>.json` for every table, and
 * manifest.json. Same world, same bytes (no wall clock in it).
 */
export function buildDataFiles(world: World, opts: DataOptions = {}): Record<string, string> {
  const tables = dataTables(world, opts);
  const t = world.time;
  const manifest: DataManifest = {
    format: 'generative-town-data',
    version: DATA_FORMAT_VERSION,
    town: opts.townName ?? null,
    scenarioId: world.scenarioId,
    seed: world.seed,
    step: world.step,
    day: t.day,
    clock: formatClock(t.minuteOfDay),
    weekday: t.weekday,
    startStep: world.startStep,
    people: world.agents.length,
    files: tables.map((tb) => ({ name: tb.name, rows: tb.rows.length, columns: [...tb.columns] })),
  };
  const files: Record<string, string> = {
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
  };
  for (const tb of tables) {
    files[`${tb.name}.csv`] = tableCsv(tb);
    files[`${tb.name}.json`] = tableJson(tb);
  }
  return files;
}
