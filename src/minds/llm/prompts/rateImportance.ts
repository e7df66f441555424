import { z } from 'zod';
import type { ImportanceItem } from '../../../sim/mind';
import { section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, OutputError } from './spec';

/** Exactly one score per item: the array length is fixed in the schema (minItems = maxItems). */
const replySchema = (n: number) =>
  z.object({
    scores: z
      .array(z.number())
      .length(n, 'give exactly one score per memory')
      .describe(
        `exactly ${n} integer${n === 1 ? '' : 's'} 1-10, one per memory, in the order given`,
      ),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/** What the structure says about an item, in a few words ("told by Ben, your brother; an invitation"). */
export function itemNotes(item: ImportanceItem): string[] {
  const notes: string[] = [];
  if (item.source)
    notes.push(
      `told by someone who is ${item.source.relation ?? 'a new acquaintance'} to you (closeness ${item.source.closeness.toFixed(1)})${item.source.importance !== null ? `, who rated it ${item.source.importance}/10` : ''}`,
    );
  if (item.invitation) notes.push('an invitation from the host');
  if (item.concernsSelf) notes.push('it concerns you');
  if (item.fromConcerned) notes.push('news from the person it is about');
  if (item.subjectRelation && !item.source)
    notes.push(`about someone who is ${item.subjectRelation.relation} to you`);
  if (item.repeats)
    notes.push(
      `you have seen exactly this ${item.repeats} time${item.repeats === 1 ? '' : 's'} before`,
    );
  if (item.keywords?.includes('inner voice')) notes.push('your inner voice');
  return notes;
}

function itemLine(item: ImportanceItem, i: number): string {
  const notes = itemNotes(item);
  return `${i + 1}. ${item.description}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

/** Batched poignancy rating: one call rates every new memory of an agent at a step. */
export const rateImportanceSpec = defineSpec({
  kind: 'rateImportance',
  maxTokens: (req) => 40 + 6 * req.items.length,
  schema: (req) => replySchema(req.items.length),
  messages: (req) => [
    systemMessage(
      'rateImportance',
      "You rate how poignant memories are for the person described below, on a scale of 1 to 10: 1 is purely mundane (brushing teeth, making the bed, seeing someone walk by, seeing the same thing again), 5 is noteworthy (a good conversation, news about town), 10 is life-changing (a break-up, a death, a life-changing event for you). Judge from this person's point of view; the notes in brackets say who told it, whether it is an invitation or concerns you, and whether you saw it before.",
      req.agent,
      `{"scores": [2, 7]}  — exactly ${req.items.length} integer${req.items.length === 1 ? '' : 's'}, one per memory, in order`,
    ),
    userMessage([section(`${SECTION.rate} (${req.items.length})`, req.items.map(itemLine))]),
  ],
  toResult: (reply: Reply, req) => {
    if (reply.scores.length !== req.items.length)
      throw new OutputError(
        `"scores" has ${reply.scores.length} numbers but there are ${req.items.length} memories; give exactly one score per memory.`,
      );
    return { scores: reply.scores.map((s) => Math.round(Math.min(10, Math.max(1, s)))) };
  },
});
