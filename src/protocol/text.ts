/** Text helpers both sides of the channel use (pure: no DOM, no worker globals). */
import { formatClock } from '../sim/clock';

/** A message for the user from anything thrown: an Error's message, or the value as text. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "Day 2 07:05": game time as views, save names and labels show it. */
export function dayClock(day: number, minuteOfDay: number): string {
  return `Day ${day} ${formatClock(minuteOfDay)}`;
}
