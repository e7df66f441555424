import type { EventInfo } from '../../../sim/agent/persona';
import type { QuestionReq, ScheduleBlock } from '../../../sim/mind';
import { planDay, scheduleHours } from '../routine';

type Req = QuestionReq<'answerInterview'>;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday `offset` days after today's (unknown weekday: null). */
export function weekdayAfter(today: string | undefined, offset: number): string | null {
  const i = today ? WEEKDAYS.indexOf(today) : -1;
  return i < 0 ? null : WEEKDAYS[(((i + offset) % 7) + 7) % 7];
}

/**
 * The schedule the offline planner will make for a later day: the same `planDay` and
 * `scheduleHours` the agent will be asked on waking, with what it knows now. So "what will you be
 * doing at 3 pm tomorrow" is answered with what it will actually do (unless something changes).
 */
export function plannedDay(req: Req, day: number): ScheduleBlock[] {
  const t = req.tomorrow;
  if (!req.places || !t) return [];
  const offset = day - t.day;
  const weekday = offset === 0 ? t.weekday : (weekdayAfter(t.weekday, offset) ?? t.weekday);
  const weekdayIndex = t.weekdayIndex === undefined ? undefined : (t.weekdayIndex + offset) % 7;
  // Joint plans and the workday hold for tomorrow; later days fall back to the planner's defaults.
  const ctx =
    offset === 0 ? { weekdayIndex, workday: t.workday, joint: t.joint } : { weekdayIndex };
  const knownEvents = req.knownEvents ?? [];
  const memories = t.memories ?? [...(req.topics ?? []), ...req.memories];
  const seed = req.seed;
  const plan = planDay({ agent: req.agent, seed, day, weekday, memories, knownEvents, ...ctx });
  return scheduleHours({
    agent: req.agent,
    seed,
    day,
    weekday,
    // The agent plans on its first waking minute (see `isNight`).
    fromMinute: Math.ceil(req.agent.wakeHour * 60),
    dayPlan: plan.items,
    knownEvents,
    memories,
    places: req.places,
    people: t.people,
    ...ctx,
  }).blocks;
}

/** The schedule of a day relative to today (0: as it stands, 1: as it will be planned). */
export function scheduleOf(req: Req, offset: number): ScheduleBlock[] {
  if (offset === 0) return req.schedule ?? [];
  if (offset > 0 && req.tomorrow) return plannedDay(req, req.day + offset);
  return [];
}

/** The block that covers a minute of the day (blocks may run past midnight). */
export function blockAt(blocks: ScheduleBlock[], minute: number): ScheduleBlock | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    const end = b.startMinute + b.durationMin;
    if ((minute >= b.startMinute && minute < end) || minute + 1440 < end) return b;
  }
  return null;
}

/**
 * The block covering a minute, or across a short gap (a re-plan leaves one between the blocks it
 * kept and its new ones) the nearest block within half an hour.
 */
export function blockNear(blocks: ScheduleBlock[], minute: number): ScheduleBlock | null {
  const hit = blockAt(blocks, minute);
  if (hit) return hit;
  let best: { b: ScheduleBlock; d: number } | null = null;
  for (const b of blocks) {
    const end = b.startMinute + b.durationMin;
    const d = b.startMinute > minute ? b.startMinute - minute : minute - end;
    if (d >= 0 && d <= 30 && (!best || d < best.d)) best = { b, d };
  }
  return best?.b ?? null;
}

/** True when the minute falls in the agent's sleeping hours. */
export function asleepAt(req: Req, minute: number): boolean {
  const wake = req.agent.wakeHour * 60;
  const sleep = (req.agent.sleepHour % 24) * 60;
  return sleep > wake ? minute >= sleep || minute < wake : minute >= sleep && minute < wake;
}

/** Whether the agent goes to an event: its own schedule for that day has it there, then. */
export function goesTo(req: Req, e: EventInfo): boolean | null {
  if (e.day < req.day) return null;
  const blocks = e.day === req.day ? (req.schedule ?? []) : plannedDay(req, e.day);
  if (!blocks.length) return null;
  const from = e.startHour * 60;
  const to = e.endHour * 60;
  return blocks.some(
    (b) =>
      b.place?.sector === e.place.sector &&
      b.startMinute < to &&
      b.startMinute + b.durationMin > from,
  );
}
