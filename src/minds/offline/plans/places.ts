import type { PlaceRef } from '../../../sim/agent/persona';
import type { Persona } from '../../../sim/agent/persona';
import type { PlaceOption } from '../../../sim/mind';
import { isOpen, type PlaceKind } from '../../../sim/world/places';
import { tokens, unit } from '../text';
import { seatScore } from './objects';

/** Kinds one may visit in free time (a home only when one lives there; work and school are private). */
const OUTING_KINDS: (PlaceKind | null)[] = ['park', 'eatery', 'bar', 'shop', 'civic', null];

/** The place option of a sector, if the map has it. */
export function placeOf(places: PlaceOption[], sector: string): PlaceOption | undefined {
  return places.find((s) => s.sector === sector);
}

/** Open for the whole of [start, end) on a weekday (unknown places count as open). */
export function openFor(
  places: PlaceOption[],
  sector: string,
  weekdayIndex: number,
  start: number,
  end: number,
): boolean {
  const hours = placeOf(places, sector)?.hours ?? null;
  const wd = (weekdayIndex + Math.floor(start / 1440)) % 7;
  return isOpen(hours, wd, start % 1440) && isOpen(hours, wd, (end - 1) % 1440);
}

/** The arena of a sector a visitor would use: the one with the most seats, ties by hash. */
export function visitorArena(s: PlaceOption, key: string): string {
  let best = s.arenas[0]?.arena ?? '';
  let score = -1;
  for (const a of s.arenas) {
    const sc = a.objects.reduce((n, o) => n + seatScore(o), 0) + unit(`${key}|${a.arena}`) * 0.5;
    if (sc > score) {
      best = a.arena;
      score = sc;
    }
  }
  return best;
}

/**
 * Places of the given kinds open for [start, end), excluding other people's homes and the agent's
 * own workplace. Chosen by kind from the map, never by name.
 */
export function outings(
  p: Persona,
  places: PlaceOption[],
  kinds: (PlaceKind | null)[],
  weekdayIndex: number,
  start: number,
  end: number,
): PlaceOption[] {
  // A map without kinds: someone's workplace with seats for visitors may serve as a café.
  const seated = (s: PlaceOption) =>
    s.kind === 'work' &&
    kinds.some((k) => k === 'eatery' || k === null) &&
    s.arenas.some((a) => a.objects.some((o) => seatScore(o) > 0));
  return places.filter(
    (s) =>
      s.arenas.length > 0 &&
      ((kinds.includes(s.kind) && OUTING_KINDS.includes(s.kind)) || seated(s)) &&
      s.sector !== p.home.sector &&
      s.sector !== p.workplace?.sector &&
      openFor(places, s.sector, weekdayIndex, start, end),
  );
}

/** A ref to a sector's visitor arena. */
export function visitRef(s: PlaceOption, key: string): PlaceRef {
  return { sector: s.sector, arena: visitorArena(s, key) };
}

/**
 * The place a text names, by matching arena and sector names. Another person's home counts only
 * when the text names the home itself, never through a generic room ("kitchen").
 */
export function findPlace(text: string, places: PlaceOption[], own?: Persona): PlaceRef | null {
  const words = new Set(tokens(text));
  let best: { ref: PlaceRef; score: number } | null = null;
  for (const s of places) {
    const sectorHits = tokens(s.sector).filter((t) => words.has(t)).length;
    for (const a of s.arenas) {
      const arenaToks = tokens(a.arena).filter((t) => !/^\d+$/.test(t));
      const arenaHits = arenaToks.filter((t) => words.has(t)).length;
      const ownHome = own !== undefined && s.sector === own.home.sector;
      if (arenaHits && !sectorHits && s.kind === 'home' && !ownHome) continue;
      const score = sectorHits * 2 + arenaHits * 3 + (ownHome && arenaHits ? 1 : 0);
      if (score > 0 && (!best || score > best.score))
        best = { ref: { sector: s.sector, arena: a.arena }, score };
    }
  }
  return best?.ref ?? null;
}
