/** Text helpers both sides of the channel use (pure: no DOM, no worker globals). */
import { formatClock } from '../sim/clock';

export { errorText, fileSafeName, slug } from '../sim/text';

/** "Day 2 07:05": game time as views, save names and labels show it. */
export function dayClock(day: number, minuteOfDay: number): string {
  return `Day ${day} ${formatClock(minuteOfDay)}`;
}
