import { OccupancyRecorder, type OccupancySample } from '../../eval/series';
import { gameTime } from '../../sim/clock';
import type { TownMap } from '../../sim/world/townMap';
import type { World } from '../../sim/world/world';

/**
 * Where people were through the day, for the dashboard: one occupancy recorder per town, kept
 * by the town's map (a replay restores other world objects on the same map when it seeks back,
 * and its samples stay valid: a replay always replays the same run).
 *
 * Hooked where the hosts are made: after every live step (sim.worker.ts, the engine's `stepped`
 * event) and whenever a replay yields (townFiles.ts: every 60 steps of a seek and after each step).
 */
const recorders = new WeakMap<TownMap, OccupancyRecorder>();

/** Takes a sample if the world's ten-minute slot has none yet. */
export function observeOccupancy(world: World): void {
  let rec = recorders.get(world.map);
  if (!rec) recorders.set(world.map, (rec = new OccupancyRecorder()));
  rec.observe(world);
}

/** The samples of the day shown, up to the step shown. */
export function occupancySamples(world: World): OccupancySample[] {
  return recorders.get(world.map)?.samples(gameTime(world.step).day, world.step) ?? [];
}
