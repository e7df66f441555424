import { hashString } from './rng';
import type { Scenario } from './scenario';
import { TownMap } from './world/townMap';
import { World, type WorldState } from './world/world';

/** Whole-world serialisation: plain JSON, safe to store or send. */
export function serializeWorld(world: World): WorldState {
  return world.getState();
}

/** Rebuilds a live world from its state and the scenario's map. */
export function restoreWorld(map: TownMap | Scenario['map'], state: WorldState): World {
  const town = map instanceof TownMap ? map : new TownMap(map);
  return new World(town, state);
}

/** A short, stable hash of the whole world state (for determinism and replay checks). */
export function worldHash(world: World): string {
  const json = JSON.stringify(world.getState());
  return `${hashString(json).toString(16).padStart(8, '0')}${hashString(json, 0x1234567)
    .toString(16)
    .padStart(8, '0')}`;
}
