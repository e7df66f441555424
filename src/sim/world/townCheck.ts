import type { Persona, PlaceRef, Storyline } from '../agent/persona';
import { guessPlaces, withGuessedKinds, type TownProblem } from './placeGuess';
import type { PlaceKind } from './places';
import { findObjectLayer, findTileLayer } from './tiled';
import { TownMap } from './townMap';

export type { TownProblem } from './placeGuess';

/** Names of a town's two files, put before each error (e.g. `personas file "people.json"`). */
export interface TownFileLabels {
  map?: string;
  personas?: string;
}

/** What is wrong with a town, all at once: errors refuse the town, warnings let it run. */
export interface TownCheck {
  /** The map to run (with guessed place kinds, see `checkPlaces`). */
  map: unknown;
  /** Every problem with the field it is about; `errors` and `warnings` are their lines. */
  problems: TownProblem[];
  /** The errors' lines, each after the name of its file when `labels` give one. */
  errors: string[];
  warnings: string[];
}

/**
 * A map read and checked on its own, once, to check many casts of people on it (`checkTownOn`):
 * the map work of `checkTown` (reading it, its layers, its walkable areas).
 */
export interface CheckedTownMap {
  town: TownMap;
  /** Problems of the map itself: missing layers, no sectors (all errors, path `['map']`). */
  problems: TownProblem[];
  /** Connected walkable area of each tile (-1 for blocked tiles). */
  areas: Int32Array;
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

/** Reads a Tiled map and checks what a town needs of it; throws when it cannot be read. */
export function checkTownMap(mapJson: unknown): CheckedTownMap {
  const town = new TownMap(mapJson);
  const problems: TownProblem[] = [];
  const mapError = (message: string) => problems.push({ level: 'error', path: ['map'], message });
  if (!findTileLayer(town.tiled, 'collision'))
    mapError(
      'The map has no "collision" tile layer: people would walk through walls and water. Add one (see docs/maps.md).',
    );
  const regions = findObjectLayer(town.tiled, 'regions');
  if (!regions)
    mapError(
      'The map has no "regions" object layer: there are no places. Add sector, arena and object rectangles (see docs/maps.md).',
    );
  else if (!town.sectors.length)
    mapError('The "regions" layer has no sector rectangles (objects of type "sector").');
  return { town, problems, areas: components(town) };
}

/**
 * `checkTown` on a map already checked (`checkTownMap`): its problems (the map's, then the
 * places', then the people's) and the place kinds it guessed. Paths index `personas` and
 * `storylines` as given. Does not change `map`.
 */
export function checkTownOn(
  map: CheckedTownMap,
  personas: Persona[],
  storylines: Storyline[],
): { problems: TownProblem[]; guesses: Map<string, PlaceKind> } {
  const { town, areas: comp } = map;
  const places = guessPlaces(town, personas);
  // A home not on the map is an error here (below), not a warning.
  const problems: TownProblem[] = [
    ...map.problems,
    ...places.problems.filter((p) => !(p.path[0] === 'personas' && p.path[2] === 'home')),
  ];
  const error = (path: (string | number)[], message: string) =>
    problems.push({ level: 'error', path, message });
  const warn = (path: (string | number)[], message: string) =>
    problems.push({ level: 'warning', path, message });

  const ids = new Set(personas.map((p) => p.id));
  const areas = (ref: PlaceRef) => new Set(town.targetTiles(ref).map((t) => comp[t]));
  personas.forEach((p, i) => {
    const home = placeProblem(town, p.home);
    if (home) {
      error(
        ['personas', i, 'home'],
        `${p.name} (${p.id}): home ${home}. Fix "home" in the personas file.`,
      );
      return;
    }
    const homeAreas = areas(p.home);
    const checkReach = (ref: PlaceRef, what: string, path: (string | number)[]) => {
      if (placeProblem(town, ref)) return;
      const there = areas(ref);
      if (there.size && ![...there].some((c) => homeAreas.has(c)))
        warn(
          path,
          `${p.name} cannot walk from home to ${what} "${ref.sector}": no open path. Check doors in the collision layer.`,
        );
    };
    p.relationships.forEach((r, j) => {
      if (!ids.has(r.id))
        warn(
          ['personas', i, 'relationships', j, 'id'],
          `${p.name}'s relationship "${r.relation}" names "${r.id}", who is nobody in this town: it will be ignored.`,
        );
    });
    if (p.workplace) checkReach(p.workplace, 'the workplace', ['personas', i, 'workplace']);
    p.hobbies.forEach((h, j) => {
      const path = ['personas', i, 'hobbies', j, 'place'];
      const problem = placeProblem(town, h.place);
      if (problem) warn(path, `${p.name}'s pastime "${h.activity}": ${problem}.`);
      else checkReach(h.place, 'the pastime place', path);
    });
    p.seedMemories.forEach((m, j) => {
      const e = m.event;
      if (!e) return;
      const at = ['personas', i, 'seedMemories', j, 'event'];
      const where = `${p.name}'s event "${e.id}"`;
      if (e.endHour <= e.startHour)
        error(
          [...at, 'endHour'],
          `${where} ends (${e.endHour}) before it starts (${e.startHour}). Fix startHour/endHour.`,
        );
      if (!ids.has(e.hostId))
        error([...at, 'hostId'], `${where}: host "${e.hostId}" is nobody in the personas file.`);
      const problem = placeProblem(town, e.place);
      if (problem) error([...at, 'place'], `${where}: place ${problem}.`);
    });
  });
  const storyIds = new Map<string, number>();
  storylines.forEach((s, k) => {
    const first = storyIds.get(s.id);
    if (first === undefined) storyIds.set(s.id, k);
    else
      error(
        ['storylines', k, 'id'],
        `Storyline "${s.id}": storyline ${first + 1} has this id too. Give each storyline its own id.`,
      );
    if (!ids.has(s.seedAgentId))
      error(
        ['storylines', k, 'seedAgentId'],
        `Storyline "${s.id}": seedAgentId "${s.seedAgentId}" is nobody in the personas file.`,
      );
    else if (s.eventId) {
      const seed = personas.find((p) => p.id === s.seedAgentId)!;
      if (!seed.seedMemories.some((m) => m.event?.id === s.eventId))
        error(
          ['storylines', k, 'eventId'],
          `Storyline "${s.id}": ${seed.name} has no seed memory with event "${s.eventId}".`,
        );
    }
  });
  return { problems, guesses: places.guesses };
}

/**
 * Checks a town before it runs and lists every problem at once, each naming the file part (layer,
 * sector, persona, event, storyline), what is wrong and how to fix it. Errors: the map lacks its
 * `collision` or `regions` layer or has no sectors; a person's home is not on the map; an event
 * ends before it starts, or names an unknown host or place; a storyline names an unknown person or
 * event, or two storylines share an id. Warnings: guessed place kinds (see `checkPlaces`), unknown
 * workplaces and pastime places, places nobody can walk to from their home, and relationships to
 * nobody in the town. Throws only when the map cannot be read.
 */
export function checkTown(
  mapJson: unknown,
  personas: Persona[],
  storylines: Storyline[],
  labels: TownFileLabels = {},
): TownCheck {
  const { problems, guesses } = checkTownOn(checkTownMap(mapJson), personas, storylines);
  const errors = problems
    .filter((p) => p.level === 'error')
    .map((p) => {
      const file = p.path[0] === 'map' ? labels.map : labels.personas;
      return file ? `${file}: ${p.message}` : p.message;
    });
  const warnings = problems.filter((p) => p.level === 'warning').map((p) => p.message);
  return { map: withGuessedKinds(mapJson, guesses), problems, errors, warnings };
}

/** Every error of a town as one message: "`heading` (2 problems):\n- …\n- …". */
export function townProblems(errors: string[], heading = 'This town cannot run'): string {
  const n = errors.length;
  return `${heading} (${n} problem${n === 1 ? '' : 's'}):\n- ${errors.join('\n- ')}`;
}
