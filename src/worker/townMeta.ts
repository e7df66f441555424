import type { World } from '../sim/world/world';
import type { TownMeta } from '../protocol';

/** What the page needs to draw and list a town (the same for a live town and a replay). */
export function townMeta(
  world: World,
  scenarioName: string,
  mapJson: unknown,
  mindName: string,
): TownMeta {
  const map = world.map;
  return {
    scenarioName,
    mind: mindName,
    seed: world.seed,
    map: mapJson,
    width: map.width,
    height: map.height,
    tileSize: map.tileSize,
    agents: world.agents.map((a) => ({
      id: a.id,
      name: a.name,
      sprite: a.persona.sprite,
      age: a.persona.age,
      occupation: a.persona.occupation,
    })),
    places: map.sectors.map((s) => ({
      sector: s.name,
      arenas: s.arenas.map((a) => a.name),
      rect: { ...s.rect },
    })),
    weights: { ...world.config.weights },
  };
}
