import type { ClockView } from '../protocol';
import { dayClock } from '../protocol/text';
import { STEPS_PER_DAY, stepAt } from '../sim/clock';

/** How far a run at Max goes before the town pauses by itself. */
export type MaxRun = 'morning' | 'day' | 'stopped';

/** The hour "the next morning" means. */
export const MORNING_HOUR = 7;

/** Where a run at Max stops: the step and how to say it. */
export interface RunTarget {
  step: number;
  label: string;
}

export const MAX_RUN_LABEL: Record<MaxRun, string> = {
  morning: `To the next morning (${String(MORNING_HOUR).padStart(2, '0')}:00)`,
  day: 'One day (24 game hours)',
  stopped: 'Until I stop it',
};

/** Where a run at Max that starts at `clock` stops (null: it runs until stopped). */
export function runTarget(run: MaxRun, clock: ClockView): RunTarget | null {
  if (run === 'stopped') return null;
  if (run === 'day')
    return { step: clock.step + STEPS_PER_DAY, label: dayClock(clock.day + 1, clock.minuteOfDay) };
  const morning = MORNING_HOUR * 60;
  const day = clock.minuteOfDay < morning ? clock.day : clock.day + 1;
  return { step: stepAt(day, morning), label: dayClock(day, morning) };
}

const KEY = 'generative-town:max-run';

/** The choice made this session (sessionStorage: per tab, kept on reload), or null. */
export function readMaxRun(storage: Storage | null = sessionStorageOrNull()): MaxRun | null {
  const v = safe(() => storage?.getItem(KEY) ?? null, null);
  return v === 'morning' || v === 'day' || v === 'stopped' ? v : null;
}

export function writeMaxRun(run: MaxRun, storage: Storage | null = sessionStorageOrNull()): void {
  safe(() => storage?.setItem(KEY, run), undefined);
}

function sessionStorageOrNull(): Storage | null {
  return safe(() => (typeof sessionStorage === 'undefined' ? null : sessionStorage), null);
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
