import type { Persona, PlaceRef } from '../agent/persona';
import type { PlaceKind } from './places';
import { TownMap, type SectorNode } from './townMap';
import { findObjectLayer, objectKind, parseTiledMap } from './tiled';

/**
 * One problem of a town, as data: `path` names the field it is about in the personas file
 * (`['personas', 2, 'home']`, `['storylines', 0, 'seedAgentId']`) or `['map']` for the map;
 * `message` is one readable line (without the file name `checkTown` may put before errors).
 */
export interface TownProblem {
  level: 'error' | 'warning';
  path: (string | number)[];
  message: string;
}

/** A map made complete enough to run, and what had to be guessed or is wrong. */
export interface PlaceCheck {
  /** The map, with a guessed `kind` property on every sector that had none (a copy if changed). */
  map: unknown;
  /** One readable line per problem, naming the sector or persona, what is missing and the guess. */
  warnings: string[];
  /** The same warnings with the field each is about. */
  problems: TownProblem[];
}

/** Share of a sector's outline that must be blocked for it to count as a building. */
const WALLED = 0.5;

/** Blocked share of the tiles on a sector's outer edge: walls make a building, a park has none. */
function walledShare(map: TownMap, s: SectorNode): number {
  let edge = 0;
  let blocked = 0;
  const { x, y, w, h } = s.rect;
  for (let j = y; j < y + h; j++)
    for (let i = x; i < x + w; i++) {
      if (i !== x && i !== x + w - 1 && j !== y && j !== y + h - 1) continue;
      if (!map.inBounds(i, j)) continue;
      edge++;
      if (map.blocked[map.idx(i, j)]) blocked++;
    }
  return edge ? blocked / edge : 0;
}

/** The kind a sector most likely has, and why, from who lives and works there and its walls. */
function guessKind(
  map: TownMap,
  s: SectorNode,
  personas: Persona[],
): { kind: PlaceKind; why: string } {
  const resident = personas.find((p) => p.home.sector === s.name);
  if (resident) return { kind: 'home', why: `home of ${resident.name}` };
  // An open area stays a park even when someone (a gardener) works there.
  if (walledShare(map, s) < WALLED) return { kind: 'park', why: 'no walls around it' };
  const staff = personas.find((p) => p.workplace?.sector === s.name);
  if (staff) return { kind: 'work', why: `workplace of ${staff.name}` };
  return { kind: 'civic', why: 'a building nobody lives or works in' };
}

/** What is wrong with a persona's place (not on the map), or null. */
function refProblem(map: TownMap, p: Persona, ref: PlaceRef, what: string): string | null {
  const sector = map.sector(ref.sector);
  if (!sector) return `${p.name}'s ${what} "${ref.sector}" is not a sector on the map.`;
  if (ref.arena && !sector.arenas.some((a) => a.name === ref.arena))
    return `${p.name}'s ${what} "${ref.sector}" has no arena "${ref.arena}".`;
  return null;
}

/** Kinds guessed for sectors without one, and the warnings about places (see `checkPlaces`). */
export interface PlaceGuesses {
  guesses: Map<string, PlaceKind>;
  problems: TownProblem[];
}

/** `checkPlaces` on a map already read: the guesses, without writing them into a copy. */
export function guessPlaces(town: TownMap, personas: Persona[]): PlaceGuesses {
  const problems: TownProblem[] = [];
  const warn = (path: (string | number)[], message: string) =>
    problems.push({ level: 'warning', path, message });
  const guesses = new Map<string, PlaceKind>();
  for (const s of town.sectors) {
    if (s.kind === null) {
      const { kind, why } = guessKind(town, s, personas);
      guesses.set(s.name, kind);
      warn(['map'], `Sector "${s.name}" has no "kind" property; guessed "${kind}" (${why}).`);
    } else if (s.kind !== 'home' && s.hours === null) {
      warn(['map'], `Sector "${s.name}" (${s.kind}) has no "hours" property; always open.`);
    }
  }
  personas.forEach((p, i) => {
    const home = refProblem(town, p, p.home, 'home');
    if (home) warn(['personas', i, 'home'], home);
    const work = p.workplace && refProblem(town, p, p.workplace, 'workplace');
    if (work) warn(['personas', i, 'workplace'], work);
  });
  return { guesses, problems };
}

/**
 * Checks a Tiled map against the personas that will live on it. Sectors without a `kind` get a
 * guess (a persona's home → home, an unwalled area → park, a workplace → work, else civic),
 * written into a copy of the map so every mind sees the same categories; public sectors without
 * `hours` are noted as always open; personas whose home or workplace is not on the map are named.
 * Pure: the input map is not changed. Throws only when the map itself cannot be read.
 */
export function checkPlaces(mapJson: unknown, personas: Persona[]): PlaceCheck {
  const { guesses, problems } = guessPlaces(new TownMap(mapJson), personas);
  return {
    map: withGuessedKinds(mapJson, guesses),
    warnings: problems.map((p) => p.message),
    problems,
  };
}

/** The map with a `kind` property written on each guessed sector: a copy, or the map if none. */
export function withGuessedKinds(mapJson: unknown, guesses: Map<string, PlaceKind>): unknown {
  if (!guesses.size) return mapJson;
  const copy = structuredClone(mapJson) as Record<string, unknown>;
  const regions = findObjectLayer(parseTiledMap(copy), 'regions');
  // parseTiledMap returns new objects; patch the matching raw objects of the copy by position.
  const raw = (copy.layers as { name?: string; objects?: Record<string, unknown>[] }[]).find(
    (l) => l.name === 'regions' && Array.isArray(l.objects),
  );
  regions?.objects.forEach((o, i) => {
    const kind = objectKind(o) === 'sector' ? guesses.get(o.name) : undefined;
    const target = raw?.objects?.[i];
    if (!kind || !target) return;
    // Drop an empty `kind` (it reads as missing) so the guess is the one that is read.
    const props = (Array.isArray(target.properties) ? (target.properties as unknown[]) : []).filter(
      (x) => (x as { name?: unknown }).name !== 'kind',
    );
    target.properties = [...props, { name: 'kind', type: 'string', value: kind }];
  });
  return copy;
}
