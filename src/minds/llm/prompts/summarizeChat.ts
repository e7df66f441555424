import { z } from 'zod';
import { relationshipText, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, OutputError } from './spec';

/** Largest change of closeness one conversation may make. */
const MAX_CLOSENESS_DELTA = 0.2;

const Reply = z.object({
  summary: z.string(),
  relationship: z.string(),
  closenessDelta: z.number(),
});

/** After a chat: a first-person memory of it and an updated view of the other person. */
export const summarizeChatSpec = defineSpec({
  kind: 'summarizeChat',
  maxTokens: () => 300,
  schema: () => Reply,
  messages: (req) => {
    const names: Record<string, string> = {
      [req.agent.id]: req.agent.name,
      [req.partner.id]: req.partner.name,
    };
    return [
      systemMessage(
        'summarizeChat',
        `You just talked with ${req.partner.name}. Write what you will remember of it in one or two first-person sentences, keeping any news, plans or invitations you heard or passed on (with who, what, where and when). Then describe in one sentence how you now see ${req.partner.name}, and how much closer (positive) or more distant (negative) you feel, from -0.2 to 0.2.`,
        req.agent,
        '{"summary": "I talked with … about …", "relationship": "…", "closenessDelta": 0.05}',
      ),
      userMessage([
        section(SECTION.partner, `${req.partner.name}, ${req.partner.occupation}.`),
        section(SECTION.relationship, relationshipText(req.relationship, req.partner.name)),
        section(
          SECTION.conversation,
          req.transcript.map((u) => `${names[u.speakerId] ?? u.speakerId}: ${u.text}`),
        ),
      ]),
    ];
  },
  toResult: (reply) => {
    const summary = reply.summary.trim();
    if (!summary) throw new OutputError('"summary" must not be empty.');
    const delta = Number.isFinite(reply.closenessDelta) ? reply.closenessDelta : 0;
    return {
      summary,
      relationship: reply.relationship.trim(),
      closenessDelta: Math.max(-MAX_CLOSENESS_DELTA, Math.min(MAX_CLOSENESS_DELTA, delta)),
    };
  },
});
