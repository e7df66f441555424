import { errorText } from '../sim/text';
import { formatClock, gameTime } from '../sim/clock';
import type { Engine } from '../sim/engine';
import type { Scenario } from '../sim/scenario';
import { restoreWorld } from '../sim/snapshot';
import type { TiledMap } from '../sim/world/tiled';
import { checkTown, townProblems } from '../sim/world/townCheck';
import { TownMap } from '../sim/world/townMap';
import type { World, WorldState } from '../sim/world/world';
import { TownFileError } from './errors';
import { checkMapIdentity, mapIdentity } from './mapIdentity';
import {
  TOWN_FILE_KIND,
  TOWN_FILE_VERSION,
  type MindInfo,
  type ScenarioRecord,
  type TownFile,
} from './format';
import type { TownRecorder } from './recorder';
import { sanitizeMind, stripKeyLikeFields } from './townFile';

/** What a save slot shows without opening the town. */
export interface SaveSummary {
  day: number;
  /** "07:05" */
  time: string;
  weekday: string;
  agents: number;
  /** "offline" or the model name. */
  mind: string;
  step: number;
  conversations: number;
}

const recordCache = new WeakMap<Scenario, ScenarioRecord>();

/** The scenario as stored in a file; the map is copied without credential-like fields. */
export function scenarioRecord(scenario: Scenario): ScenarioRecord {
  const cached = recordCache.get(scenario);
  if (cached) return cached;
  const map = stripKeyLikeFields(scenario.map) as TiledMap;
  const record: ScenarioRecord = {
    id: scenario.id,
    name: scenario.name,
    map,
    mapIdentity: mapIdentity(map),
    personas: scenario.personas,
    storylines: scenario.storylines,
    startMinute: scenario.startMinute,
    firstWeekday: scenario.firstWeekday,
  };
  recordCache.set(scenario, record);
  return record;
}

/** The scenario of a file, ready for the sim. */
export function scenarioFromRecord(record: ScenarioRecord): Scenario {
  const { id, name, map, personas, storylines, startMinute, firstWeekday } = record;
  return { id, name, map, personas, storylines, startMinute, firstWeekday };
}

/** What `townFileFromEngine` needs besides the engine and its recorder. */
export interface TownFileInfo {
  name: string;
  /** ISO time; the caller's clock, so this module stays testable. */
  savedAt: string;
  scenario: Scenario;
  mind?: MindInfo;
}

/**
 * Captures a running town as a file: the world now, and the recording that replays it from its
 * start. Synchronous: call between steps, never during one.
 */
export function townFileFromEngine(
  engine: Engine,
  recorder: TownRecorder,
  info: TownFileInfo,
): TownFile {
  if (engine.isBusy) throw new Error('Cannot save in the middle of a step');
  if (engine.parkedCount)
    throw new Error('Cannot save while agents wait for a mind answer: settle the town first');
  const initial = recorder.initial;
  const file: TownFile = {
    schemaVersion: TOWN_FILE_VERSION,
    kind: TOWN_FILE_KIND,
    savedAt: info.savedAt,
    name: info.name,
    scenario: scenarioRecord(info.scenario),
    ...(initial ? { initial } : {}),
    world: engine.world.getState(),
    tape: recorder.tapeRecord(),
  };
  const mind = sanitizeMind(info.mind);
  return mind ? { ...file, mind } : file;
}

/**
 * Rebuilds the live world of a decoded file. Throws `TownFileError` if the embedded map is not
 * the one the world was saved on (see `checkMapIdentity`) or cannot be built (the schema checks
 * shapes; the map builder checks meaning, e.g. an arena outside any sector).
 */
export function openTown(file: TownFile): { scenario: Scenario; world: World; map: TownMap } {
  checkMapIdentity(file.scenario);
  let map: TownMap;
  try {
    map = new TownMap(file.scenario.map);
  } catch (err) {
    throw invalidMap(err);
  }
  return { scenario: scenarioFromRecord(file.scenario), world: restoreWorld(map, file.world), map };
}

/** The error for a map that cannot be built. */
function invalidMap(err: unknown): TownFileError {
  return new TownFileError(
    'invalid',
    `Invalid town file: scenario.map: ${errorText(err)}`,
    'scenario.map',
  );
}

/**
 * Checks the town a file carries as a new town is checked (`checkTown`): throws `TownFileError`
 * listing every error (the town could not run); returns the warnings.
 */
export function checkTownFile(file: TownFile): string[] {
  const { map, personas, storylines } = file.scenario;
  let check: ReturnType<typeof checkTown>;
  try {
    check = checkTown(map, personas, storylines, {
      map: 'scenario.map',
      personas: 'scenario.personas',
    });
  } catch (err) {
    throw invalidMap(err);
  }
  if (check.errors.length)
    throw new TownFileError(
      'invalid',
      townProblems(check.errors, `The town "${file.name}" in this file cannot run`),
      'scenario',
    );
  return check.warnings;
}

/** Day, time and counts for a save slot. */
export function summarizeTown(world: World | WorldState, mind?: MindInfo): SaveSummary {
  // World and WorldState share these fields.
  const t = gameTime(world.step, world.firstWeekday);
  return {
    day: t.day,
    time: formatClock(t.minuteOfDay),
    weekday: t.weekday,
    agents: world.agents.length,
    mind: mind?.kind === 'llm' ? (sanitizeMind(mind)?.model ?? 'LLM') : 'offline',
    step: world.step,
    conversations: world.stats.conversations,
  };
}
