import { z } from 'zod';
import type { DecomposedStep } from '../../../sim/mind';
import { clock, placeText, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, nullableEnumOf, OutputError } from './spec';

const replySchema = (objects: string[]) =>
  z.object({
    steps: z.array(
      z.object({
        description: z.string(),
        durationMin: z.number(),
        object: nullableEnumOf(objects),
        emoji: z.string(),
      }),
    ),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/** Staff or visitor: staff work the counter, oven or desk; visitors sit, browse and order. */
function roleText(worksHere: boolean | undefined, kind: string | null): string {
  const place = kind ? `This is a place of kind "${kind}". ` : '';
  if (worksHere === undefined) return `${place}(not stated)`;
  return worksHere
    ? `${place}You work here: do your own job with the objects staff use.`
    : `${place}You are not working here: use what visitors use (seats, tables, shelves to browse), not the staff's counter, oven or desk.`;
}

/** Splits a schedule block into 5–15 minute steps, each maybe using an object in the arena. */
export const decomposeSpec = defineSpec({
  kind: 'decompose',
  maxTokens: (req) => Math.min(2400, 200 + Math.ceil(req.block.durationMin / 5) * 40),
  schema: (req) => replySchema(req.objects),
  messages: (req) => {
    const b = req.block;
    const where = b.place ? ` at ${placeText(b.place.sector, b.place.arena)}` : '';
    return [
      systemMessage(
        'decompose',
        'Break one block of your schedule into the concrete steps you will take, in order, each 5 to 15 minutes long (a little longer only for long, uniform stretches). The durations must add up to the whole block. For each step give a short description in the -ing form, the object you use (copied exactly from the objects list, or null), and one emoji that shows it.',
        req.agent,
        '{"steps": [{"description": "brewing the first pot of coffee", "durationMin": 10, "object": "<object from the list, or null>", "emoji": "☕"}, …]}',
      ),
      userMessage([
        section(
          SECTION.block,
          `${clock(b.startMinute)}–${clock(b.startMinute + b.durationMin)} (${b.durationMin} minutes): ${b.activity}${where}`,
        ),
        section(SECTION.objects, req.objects.length ? req.objects.join('; ') : '(none)'),
        section(SECTION.role, roleText(req.worksHere, req.kind ?? null)),
      ]),
    ];
  },
  toResult: (reply: Reply, req) => {
    const total = req.block.durationMin;
    const raw = reply.steps.filter((s) => s.description.trim() && s.durationMin > 0);
    if (!raw.length) throw new OutputError('"steps" needs at least one step with a duration.');
    // Models are loose with arithmetic: rescale to the block so the schedule stays consistent.
    const sum = raw.reduce((a, s) => a + s.durationMin, 0);
    const steps: DecomposedStep[] = [];
    let used = 0;
    raw.forEach((s, i) => {
      const left = total - used;
      if (left <= 0) return;
      const dur =
        i === raw.length - 1
          ? left
          : Math.min(left, Math.max(1, Math.round((s.durationMin * total) / sum)));
      used += dur;
      steps.push({
        description: s.description.trim(),
        durationMin: dur,
        object: s.object && req.objects.includes(s.object) ? s.object : undefined,
        emoji: s.emoji.trim() || undefined,
      });
    });
    return { steps };
  },
});
