/** One simulation step is ten game seconds, as in the Generative Agents paper. */
export const STEP_GAME_SECONDS = 10;
export const STEPS_PER_MINUTE = 60 / STEP_GAME_SECONDS;
export const STEPS_PER_HOUR = 60 * STEPS_PER_MINUTE;
export const STEPS_PER_DAY = 24 * STEPS_PER_HOUR;
export const MINUTES_PER_DAY = 24 * 60;

/** Weekday names as files write them, in order (index 0 = Monday, as `Scenario.firstWeekday`). */
export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const WEEKDAYS = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1));

/**
 * Game time derived from the integer step counter. Step 0 is midnight at the start of day 1; a
 * scenario starts at a later step (e.g. 06:00 on day 1).
 */
export interface GameTime {
  /** 1-based day number. */
  day: number;
  /** Minutes since midnight, 0–1439. */
  minuteOfDay: number;
  hour: number;
  minute: number;
  weekday: string;
}

/** Game time of a step. `firstWeekday` is the index (0 = Monday) of day 1's weekday. */
export function gameTime(step: number, firstWeekday = 0): GameTime {
  const day = Math.floor(step / STEPS_PER_DAY) + 1;
  const minuteOfDay = Math.floor((step % STEPS_PER_DAY) / STEPS_PER_MINUTE);
  return {
    day,
    minuteOfDay,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    // day ≥ 1 and firstWeekday 0–6: the index is 0–6.
    weekday: WEEKDAYS[(firstWeekday + day - 1) % 7]!,
  };
}

/** The step at which a given day and minute begin. */
export function stepAt(day: number, minuteOfDay: number): number {
  return (day - 1) * STEPS_PER_DAY + minuteOfDay * STEPS_PER_MINUTE;
}

/** "07:05" */
export function formatClock(minuteOfDay: number): string {
  const m = ((Math.round(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "5 pm", "7:30 am" — friendlier wording for agent speech. */
export function formatHourSpoken(hour: number): string {
  const h = Math.floor(hour) % 24;
  const min = Math.round((hour - Math.floor(hour)) * 60);
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return min ? `${h12}:${String(min).padStart(2, '0')} ${suffix}` : `${h12} ${suffix}`;
}

/** Steps a game duration in minutes lasts. */
export function minutesToSteps(minutes: number): number {
  return Math.max(1, Math.round(minutes * STEPS_PER_MINUTE));
}
