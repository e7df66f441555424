import { z } from 'zod';
import {
  dayKind,
  eventLine,
  jointLine,
  memoryLines,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, OutputError } from './spec';

const Reply = z.object({
  wakeHour: z.number().describe('hour of day 0-23 you get up'),
  items: z.array(z.string()).min(5).max(8).describe('5 to 8 short plan items, in order'),
});

/** The broad-strokes plan for a day (paper: 5–8 items), written in the morning. */
export const planDaySpec = defineSpec({
  kind: 'planDay',
  maxTokens: () => 400,
  schema: () => Reply,
  messages: (req) => [
    systemMessage(
      'planDay',
      'It is the start of a new day. Plan your day in broad strokes, in the order it will happen: 5 to 8 short items in your own words (first person, e.g. "open the café at 7 am"), from waking up to going to bed. Keep your usual routine unless something you know of changes it: work only on working days; a day off or a weekend has its own rhythm (a later start, errands, pastimes, seeing people). Include events you intend to go to and activities agreed with others, with their time.',
      req.agent,
      '{"wakeHour": 7, "items": ["wake up at 7 am and get ready", "…"]}',
    ),
    userMessage([
      section(
        SECTION.today,
        `Day ${req.day}, ${req.weekday}.${dayKind(req.workday, !!req.agent.workplace)}`,
      ),
      section(SECTION.joint, (req.joint ?? []).map(jointLine)),
      section(
        SECTION.events,
        req.knownEvents.map((e) => eventLine(e, req.agent.id)),
      ),
      section(SECTION.memories, memoryLines(req.memories)),
    ]),
  ],
  toResult: (reply) => {
    const items = reply.items.map((s) => s.trim()).filter(Boolean);
    if (items.length < 2) throw new OutputError('"items" needs at least 2 plan items.');
    const wakeHour = Math.round(reply.wakeHour);
    if (!(wakeHour >= 0 && wakeHour <= 23))
      throw new OutputError('"wakeHour" must be an hour of the day, 0 to 23.');
    return { wakeHour, items: items.slice(0, 12) };
  },
});
