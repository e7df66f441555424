import { STEPS_PER_HOUR } from '../../sim/clock';

/**
 * Colours for the dashboard series: the Okabe–Ito palette (distinguishable with the common colour
 * vision deficiencies), the brighter half first since the panel is dark.
 */
export const SERIES_COLOURS = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#cc79a7', '#d55e00'];

/** Dash pattern for "only saw it" (told is solid), so the two differ without colour. */
export const SAW_DASH = [7, 5];

/** A step as game hours since the first midnight (the charts' x). */
export function stepHours(step: number): number {
  return step / STEPS_PER_HOUR;
}

/** "14:00", or "Day 2" at a midnight that is not the first (axis ticks, in game hours). */
export function hourTick(hours: number): string {
  const h = Math.round(hours);
  if (h % 24 === 0 && h > 0) return `Day ${h / 24 + 1}`;
  return `${String(h % 24).padStart(2, '0')}:00`;
}

/** "Day 1 14:20" (legend values, in game hours). */
export function hourLabel(hours: number): string {
  const minutes = Math.round(hours * 60);
  const day = Math.floor(minutes / 1440) + 1;
  const m = minutes % 1440;
  return `Day ${day} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "40%" */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Background of an occupancy cell: one hue, lighter with more people (0 … max). */
export function heatColour(people: number, max: number): string {
  if (people <= 0 || max <= 0) return 'transparent';
  const t = Math.min(1, people / max);
  return `rgba(245, 185, 69, ${(0.12 + 0.78 * t).toFixed(2)})`;
}
