import type { Persona, PlaceRef, Storyline } from '../agent/persona';
import { checkPlaces } from './placeGuess';
import { findObjectLayer, findTileLayer, parseTiledMap } from './tiled';
import { TownMap } from './townMap';

/** Names of a town's two files, put before each error (e.g. `personas file "people.json"`). */
export interface TownFileLabels {
  map?: string;
  personas?: string;
}

/** What is wrong with a town, all at once: errors refuse the town, warnings let it run. */
export interface TownCheck {
  /** The map to run (with guessed place kinds, see `checkPlaces`). */
  map: unknown;
  errors: string[];
  warnings: string[];
}

/** Connected walkable areas: component id per tile (-1 for blocked tiles). */
function components(map: TownMap): Int32Array {
  const comp = new Int32Array(map.width * map.height).fill(-1);
  let next = 0;
  for (let start = 0; start < comp.length; start++) {
    if (comp[start] !== -1 || !map.isWalkable(start)) continue;
    const queue = [start];
    comp[start] = next;
    while (queue.length) {
      const t = queue.pop()!;
      for (const n of map.sides(t)) {
        if (comp[n] === -1 && map.isWalkable(n)) {
          comp[n] = next;
          queue.push(n);
        }
      }
    }
    next++;
  }
  return comp;
}

function placeProblem(map: TownMap, ref: PlaceRef): string | null {
  const sector = map.sector(ref.sector);
  if (!sector) return `"${ref.sector}" is not a sector on the map`;
  const arena = ref.arena ? sector.arenas.find((a) => a.name === ref.arena) : undefined;
  if (ref.arena && !arena) return `"${ref.sector}" has no arena "${ref.arena}"`;
  if (ref.object && arena && !arena.objects.some((o) => o.name === ref.object))
    return `"${ref.sector}, ${ref.arena}" has no object "${ref.object}"`;
  return null;
}

/**
 * Checks a town before it runs and lists every problem at once, each naming the file part (layer,
 * sector, persona, event, storyline), what is wrong and how to fix it. Errors: the map lacks its
 * `collision` or `regions` layer or has no sectors; a person's home is not on the map; an event
 * ends before it starts, or names an unknown host or place; a storyline names an unknown person or
 * event. Warnings: guessed place kinds (see `checkPlaces`), unknown workplaces and pastime places,
 * and places nobody can walk to from their home.
 */
export function checkTown(
  mapJson: unknown,
  personas: Persona[],
  storylines: Storyline[],
  labels: TownFileLabels = {},
): TownCheck {
  const errors: string[] = [];
  const mapError = (text: string) => errors.push(labels.map ? `${labels.map}: ${text}` : text);
  const peopleError = (text: string) =>
    errors.push(labels.personas ? `${labels.personas}: ${text}` : text);
  const tiled = parseTiledMap(mapJson);
  if (!findTileLayer(tiled, 'collision'))
    mapError(
      'The map has no "collision" tile layer: people would walk through walls and water. Add one (see docs/maps.md).',
    );
  if (!findObjectLayer(tiled, 'regions'))
    mapError(
      'The map has no "regions" object layer: there are no places. Add sector, arena and object rectangles (see docs/maps.md).',
    );
  const places = checkPlaces(mapJson, personas);
  const warnings = places.warnings.filter((w) => !/'s home "/.test(w));
  const map = new TownMap(places.map);
  if (findObjectLayer(tiled, 'regions') && !map.sectors.length)
    mapError('The "regions" layer has no sector rectangles (objects of type "sector").');

  const ids = new Set(personas.map((p) => p.id));
  const comp = components(map);
  const areas = (ref: PlaceRef) => new Set(map.targetTiles(ref).map((t) => comp[t]));
  for (const p of personas) {
    const home = placeProblem(map, p.home);
    if (home) {
      peopleError(`${p.name} (${p.id}): home ${home}. Fix "home" in the personas file.`);
      continue;
    }
    const homeAreas = areas(p.home);
    const checkReach = (ref: PlaceRef, what: string) => {
      if (placeProblem(map, ref)) return;
      const there = areas(ref);
      if (there.size && ![...there].some((c) => homeAreas.has(c)))
        warnings.push(
          `${p.name} cannot walk from home to ${what} "${ref.sector}": no open path. Check doors in the collision layer.`,
        );
    };
    if (p.workplace) checkReach(p.workplace, 'the workplace');
    for (const h of p.hobbies) {
      const problem = placeProblem(map, h.place);
      if (problem) warnings.push(`${p.name}'s pastime "${h.activity}": ${problem}.`);
      else checkReach(h.place, 'the pastime place');
    }
    for (const m of p.seedMemories) {
      const e = m.event;
      if (!e) continue;
      const where = `${p.name}'s event "${e.id}"`;
      if (e.endHour <= e.startHour)
        peopleError(
          `${where} ends (${e.endHour}) before it starts (${e.startHour}). Fix startHour/endHour.`,
        );
      if (!ids.has(e.hostId))
        peopleError(`${where}: host "${e.hostId}" is nobody in the personas file.`);
      const problem = placeProblem(map, e.place);
      if (problem) peopleError(`${where}: place ${problem}.`);
    }
  }
  for (const s of storylines) {
    if (!ids.has(s.seedAgentId))
      peopleError(
        `Storyline "${s.id}": seedAgentId "${s.seedAgentId}" is nobody in the personas file.`,
      );
    else if (s.eventId) {
      const seed = personas.find((p) => p.id === s.seedAgentId)!;
      if (!seed.seedMemories.some((m) => m.event?.id === s.eventId))
        peopleError(
          `Storyline "${s.id}": ${seed.name} has no seed memory with event "${s.eventId}".`,
        );
    }
  }
  return { map: places.map, errors, warnings };
}

/** Every error of a town as one message: "`heading` (2 problems):\n- …\n- …". */
export function townProblems(errors: string[], heading = 'This town cannot run'): string {
  const n = errors.length;
  return `${heading} (${n} problem${n === 1 ? '' : 's'}):\n- ${errors.join('\n- ')}`;
}
