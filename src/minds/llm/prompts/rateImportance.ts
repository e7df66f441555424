import { z } from 'zod';
import { section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, OutputError } from './spec';

const Reply = z.object({
  scores: z.array(z.number()).describe('one integer 1-10 per memory, in the order given'),
});

/** Batched poignancy rating: one call rates every new memory of an agent at a step. */
export const rateImportanceSpec = defineSpec({
  kind: 'rateImportance',
  maxTokens: (req) => 40 + 6 * req.descriptions.length,
  schema: () => Reply,
  messages: (req) => [
    systemMessage(
      'rateImportance',
      "You rate how poignant memories are for the person described below, on a scale of 1 to 10: 1 is purely mundane (brushing teeth, making the bed, seeing someone walk by), 5 is noteworthy (a good conversation, news about town), 10 is life-changing (a break-up, a death, being elected). Judge from this person's point of view.",
      req.agent,
      `{"scores": [2, 7]}  — exactly ${req.descriptions.length} integer${req.descriptions.length === 1 ? '' : 's'}, one per memory, in order`,
    ),
    userMessage([
      section(
        `${SECTION.rate} (${req.descriptions.length})`,
        req.descriptions.map((d, i) => `${i + 1}. ${d}`),
      ),
    ]),
  ],
  toResult: (reply, req) => {
    if (reply.scores.length !== req.descriptions.length)
      throw new OutputError(
        `"scores" has ${reply.scores.length} numbers but there are ${req.descriptions.length} memories; give exactly one score per memory.`,
      );
    return { scores: reply.scores.map((s) => Math.round(Math.min(10, Math.max(1, s)))) };
  },
});
