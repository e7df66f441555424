import { OfflineMind } from '../minds/offline';
import {
  Replayer,
  SaveStore,
  decodeTownFile,
  type SaveMeta,
  type SaveSlot,
  type TownFile,
} from '../persist';
import { TOWN_IDS, TOWNS, bundledScenario } from '../scenarios';
import type { Scenario } from '../sim/scenario';
import { checkTown, townProblems, type TownFileLabels } from '../sim/world/townCheck';
import type { TownSource } from '../persist';
import { yieldToEvents } from './stepLoop';
import type { InitOptions, Speed, WorkerMessage } from '../protocol';
import { ReplayHost } from './replayHost';
import { observeOccupancy } from './dashboard/occupancySampler';

const DEFAULT_SEED = 1;
/** Longest wait for IndexedDB on startup, ms. */
const STORE_OPEN_TIMEOUT_MS = 10_000;
/** Largest town `?agents=` makes in the browser (the scale target). */
const MAX_AGENTS = 1000;

/**
 * Opens the save store, or rejects: an older tab can block the database upgrade indefinitely, and
 * the town should rather run unsaved than hang on its loading screen.
 */
export async function openSaveStore(open?: () => Promise<SaveStore>): Promise<SaveStore> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the database did not open; another tab may hold it')),
      STORE_OPEN_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([open?.() ?? SaveStore.open(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A new town of a bundled scenario (`?town=`, else the default), as the init options (URL)
 * describe it, checked before it starts (`checkTown`). Errors refuse it: the thrown Error lists
 * every problem (the page shows it as the fatal message). Warnings go to the page: an unknown
 * town id, sectors whose kind had to be guessed, unknown pastime places, unreachable places.
 * `scenarioOf` loads a bundled town by id (tests pass their own).
 */
export function newTown(
  options: InitOptions,
  scenarioOf: (id: string) => Scenario = bundledScenario,
): {
  scenario: Scenario;
  source: TownSource;
  warnings: string[];
} {
  const warnings: string[] = [];
  const id = options.scenario ?? 'default';
  const known = Object.hasOwn(TOWNS, id);
  if (!known)
    warnings.push(
      `There is no town "${id}" (try ${TOWN_IDS.join(', ')}); opened the default town.`,
    );
  const bundled = scenarioOf(known ? id : 'default');
  const checked = newTownSource(bundled, options, {
    map: `src/scenarios/${bundled.id}/town.json`,
    personas: `src/scenarios/${bundled.id}/personas.json`,
  });
  return { ...checked, warnings: [...warnings, ...checked.warnings] };
}

/**
 * A new town of `scenario`, checked before it starts (`checkTown`): errors refuse it (the thrown
 * Error lists every problem), warnings are returned. Bundled towns and the scenario editor's
 * towns both start through here.
 */
export function newTownSource(
  scenario: Scenario,
  options: Pick<InitOptions, 'agents' | 'seed'>,
  labels?: TownFileLabels,
): { scenario: Scenario; source: TownSource; warnings: string[] } {
  const checked = checkTown(scenario.map, scenario.personas, scenario.storylines, labels);
  if (checked.errors.length)
    throw new Error(townProblems(checked.errors, `The town "${scenario.name}" cannot start`));
  const runnable = { ...scenario, map: checked.map };
  const { agents, seed } = options;
  const count = agents ? Math.min(MAX_AGENTS, Math.max(1, agents)) : undefined;
  const source: TownSource = {
    kind: 'new',
    scenario: runnable,
    seed: seed ?? DEFAULT_SEED,
    agents: count,
  };
  return { scenario: runnable, source, warnings: checked.warnings };
}

/** This tab's town if it still has an autosave, else the most recent autosave of any town. */
export async function findAutosave(
  store: SaveStore,
  townId?: string,
): Promise<SaveMeta | undefined> {
  const autos = (await store.list()).filter((m) => m.kind === 'autosave');
  return (townId && autos.find((m) => m.townId === townId)) || autos[0];
}

/** A slot and its decoded town; throws `TownFileError` (with a readable message) if damaged. */
export async function loadTownFile(
  store: SaveStore,
  saveId: string,
): Promise<{ slot: SaveSlot; file: TownFile }> {
  const slot = await store.load(saveId);
  const decoded = decodeTownFile(slot.bytes);
  if (!decoded.ok) throw decoded.error;
  return { slot, file: decoded.file };
}

/** Opens a save as a replay, hosted (not yet running). */
export async function openReplay(
  store: SaveStore,
  saveId: string,
  post: (msg: WorkerMessage) => void,
  speed: Speed,
): Promise<{ host: ReplayHost; slot: SaveSlot; file: TownFile; mindName: string }> {
  const { slot, file } = await loadTownFile(store, saveId);
  const replayer: Replayer = await Replayer.open(file, {
    offlineMind: new OfflineMind(),
    // The dashboard's occupancy samples the replayed town as it passes (never before it opens).
    yieldToHost: () => {
      observeOccupancy(replayer.world);
      return yieldToEvents();
    },
  });
  // Probing embeds the query: only the offline embedder matches an offline town's memories.
  const llm = file.mind?.kind === 'llm';
  const host = new ReplayHost(
    replayer,
    { saveId, name: slot.name },
    llm ? null : new OfflineMind(),
    post,
    speed,
  );
  return { host, slot, file, mindName: llm ? (file.mind?.model ?? 'llm') : 'offline' };
}
