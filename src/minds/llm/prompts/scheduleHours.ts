import { z } from 'zod';
import type { PlaceOption, QuestionReq, ScheduleBlock } from '../../../sim/mind';
import {
  clock,
  dayKind,
  eventLine,
  jointLine,
  memoryLines,
  placeLines,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, enumOf, OutputError } from './spec';

const TIME = /^(\d{1,2}):(\d{2})$/;
const DAY_MIN = 24 * 60;

function replySchema(places: PlaceOption[]) {
  return z.object({
    blocks: z.array(
      z.object({
        start: z.string().regex(TIME, 'use 24-hour "HH:MM"'),
        end: z.string().regex(TIME, 'use 24-hour "HH:MM"'),
        activity: z.string(),
        sector: enumOf(places.map((p) => p.sector)),
        arena: enumOf(places.flatMap((p) => p.arenas.map((a) => a.arena))),
      }),
    ),
  });
}
type Reply = z.infer<ReturnType<typeof replySchema>>;

/** Bedtime as minutes after the day's midnight (past 24:00 for night owls). */
function bedtime(req: QuestionReq<'scheduleHours'>): number {
  const { wakeHour, sleepHour } = req.agent;
  return (sleepHour <= wakeHour ? sleepHour + 24 : sleepHour) * 60;
}

function minutes(hhmm: string): number {
  const m = TIME.exec(hhmm)!;
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The hour-by-hour schedule from now to bedtime, each block placed in a sector and arena so the
 * engine rarely needs a separate grounding question.
 */
export const scheduleHoursSpec = defineSpec({
  kind: 'scheduleHours',
  maxTokens: () => 1600,
  schema: (req) => replySchema(req.places),
  messages: (req) => {
    const until = bedtime(req);
    return [
      systemMessage(
        'scheduleHours',
        'Turn the day plan into a schedule of consecutive time blocks from the given start time until bedtime. Blocks are 15 minutes to 4 hours long and leave no gaps. Each block has a start and end time (24-hour "HH:MM"), an activity (a short phrase in the -ing form, e.g. "serving coffee at the café"), and where it happens: a sector and one of its arenas, both copied exactly from the Places list. Keep work (on working days only), meals, events you intend to go to and activities agreed with others at their usual, announced or agreed times and places. Visit a place only while it is open (its hours are given in brackets), and never go into someone else\'s home unless you are visiting the person who lives there.',
        req.agent,
        '{"blocks": [{"start": "07:00", "end": "11:00", "activity": "working at …", "sector": "<sector from the list>", "arena": "<arena of that sector>"}, …]}',
      ),
      userMessage([
        section(
          SECTION.today,
          `Day ${req.day}, ${req.weekday}. Schedule from ${clock(req.fromMinute)} until bedtime at ${clock(until)}.${dayKind(req.workday, !!req.agent.workplace)}`,
        ),
        section(SECTION.joint, (req.joint ?? []).map(jointLine)),
        section(
          SECTION.dayPlan,
          req.dayPlan.map((item, i) => `${i + 1}. ${item}`),
        ),
        section(
          SECTION.events,
          req.knownEvents.map((e) => eventLine(e, req.agent.id)),
        ),
        section(SECTION.memories, memoryLines(req.memories)),
        section(SECTION.places, placeLines(req.places, false)),
      ]),
    ];
  },
  toResult: (reply: Reply, req) => {
    const from = req.fromMinute;
    const until = bedtime(req);
    const blocks: ScheduleBlock[] = [];
    for (const b of reply.blocks) {
      const activity = b.activity.trim();
      if (!activity) continue;
      let start = minutes(b.start);
      let end = minutes(b.end);
      // For night owls, early-morning times belong to the night after midnight.
      if (start < from && start + DAY_MIN < until) start += DAY_MIN;
      if (end <= start) end += DAY_MIN;
      if (end <= from) continue;
      const sector = req.places.find((p) => p.sector === b.sector);
      // A mismatched pair is harmless here: the block is grounded by its own question later.
      const place = sector?.arenas.some((a) => a.arena === b.arena)
        ? { sector: b.sector, arena: b.arena }
        : undefined;
      blocks.push({ startMinute: start % DAY_MIN, durationMin: end - start, activity, place });
    }
    if (!blocks.length && from < until)
      throw new OutputError(
        `"blocks" has no usable block between ${clock(from)} and ${clock(until)}.`,
      );
    return { blocks };
  },
});
