import { STEPS_PER_HOUR } from '../../sim/clock';
import { Rng } from '../../sim/rng';
import type { Scenario } from '../../sim/scenario';
import { restoreWorld } from '../../sim/snapshot';
import { TownMap } from '../../sim/world/townMap';
import type { WorldState } from '../../sim/world/world';
import { checkInterventions, runBranches, type SeedResult } from './run';
import type { ExperimentSpec } from './spec';

/** Steps between progress reports (ten game minutes). */
const PROGRESS_EVERY = STEPS_PER_HOUR / 6;

/**
 * An experiment that starts from a town as it is (the live town, or a replayed moment) instead of
 * a new town: the page's "What if…?".
 */
export interface StateExperiment {
  /** The town's Tiled map (its scenario's, as checked when the town started). */
  map: Scenario['map'];
  state: WorldState;
  spec: ExperimentSpec;
}

/**
 * The state with fresh randomness for `seed`: every person's and the world's generator derived
 * from the seed and the step, so seeds give different futures from the same moment, and one seed
 * always gives the same one. The control and its branches of one seed share it.
 */
export function reseedState(state: WorldState, seed: number): WorldState {
  const out = structuredClone(state);
  out.rng = Rng.fromSeed(seed, `branch@${state.step}`).getState();
  for (const a of out.agents) a.rng = Rng.fromSeed(seed, `branch@${state.step}:${a.id}`).getState();
  return out;
}

/** Runs every branch of the experiment from the state under one seed (offline mind). */
export async function runFromState(
  input: StateExperiment,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedResult> {
  const { spec } = input;
  // The map is read once for the check and every branch.
  const map = new TownMap(input.map);
  const state = reseedState(input.state, seed);
  checkInterventions(restoreWorld(map, structuredClone(state)), spec.branches);
  const spanSteps = Math.round(spec.spanHours * STEPS_PER_HOUR);
  const total = spanSteps * spec.branches.length;
  let done = 0;
  const tick = () => {
    done++;
    // Every ten game minutes: a page re-renders on each report.
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress(done, total);
  };
  const result = await runBranches(map, state, spec.branches, seed, spanSteps, tick);
  return { seed, ...result };
}
