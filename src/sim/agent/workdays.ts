import type { OpeningHours } from '../world/places';
import type { Persona } from './persona';

/** A number in [0, 1) from a string (FNV-1a), so the same person gets the same shifts. */
function unit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

/** Monday–Friday, the working week when the map gives the workplace no opening days. */
const WEEK = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];

/** True for Saturday and Sunday (0 = Monday). */
export function isWeekend(weekdayIndex: number): boolean {
  return WEEKEND.includes(((weekdayIndex % 7) + 7) % 7);
}

/**
 * Whether a person works on a weekday (0 = Monday): on the workplace's open weekdays
 * (Monday–Friday when the map has no hours), and, where the workplace also opens at the weekend,
 * on about half of those days (a weekend shift fixed per person, so the week repeats).
 */
export function worksOn(p: Persona, hours: OpeningHours | null, weekdayIndex: number): boolean {
  if (!p.workplace || !p.workHours) return false;
  const w = ((weekdayIndex % 7) + 7) % 7;
  const open = hours?.days ?? WEEK;
  if (!open.includes(w)) return false;
  if (!isWeekend(w)) return true;
  return unit(`${p.id}|weekend shift|${w}`) < 0.5;
}
