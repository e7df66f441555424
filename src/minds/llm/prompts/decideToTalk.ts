import { z } from 'zod';
import {
  clock,
  memoryLines,
  relationshipText,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, OutputError } from './spec';

const Reply = z.object({ talk: z.boolean(), reason: z.string() });

/** Whether to start a conversation with someone nearby (asked only after the cheap rule gate). */
export const decideToTalkSpec = defineSpec({
  kind: 'decideToTalk',
  maxTokens: () => 120,
  schema: () => Reply,
  messages: (req) => [
    systemMessage(
      'decideToTalk',
      'You notice someone nearby. Decide whether you start a conversation with them right now, as the person you are would: consider your relationship, what you are busy with, what they are doing, and whether you have something to tell them (an event that has already ended is no longer worth mentioning). Give the reason in one short first-person sentence.',
      req.agent,
      '{"talk": true, "reason": "I want to tell them about …"}',
    ),
    userMessage([
      section(
        SECTION.now,
        `${req.day ? `Day ${req.day}, ` : ''}${clock(req.minuteOfDay)}. You are ${req.ownAction}.`,
      ),
      section(
        SECTION.partner,
        `${req.partner.name}, ${req.partner.occupation}, who is ${req.partner.action}.`,
      ),
      section(SECTION.relationship, relationshipText(req.relationship, req.partner.name)),
      section(SECTION.memories, memoryLines(req.memories, { news: true })),
    ]),
  ],
  toResult: (reply) => {
    const reason = reply.reason.trim();
    if (!reason) throw new OutputError('"reason" must be a short sentence.');
    return { talk: reply.talk, reason };
  },
});
