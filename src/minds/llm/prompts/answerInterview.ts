import { z } from 'zod';
import { dayTime, memoryLines, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, OutputError } from './spec';

const replySchema = z.object({ answer: z.string(), usedMemoryIds: z.array(z.string()) });

/** An interview question from the user, answered in character from retrieved memories. */
export const answerInterviewSpec = defineSpec({
  kind: 'answerInterview',
  maxTokens: () => 500,
  schema: () => replySchema,
  messages: (req) => [
    systemMessage(
      'answerInterview',
      'Someone is interviewing you. Answer their question in character, in the first person, in a few sentences, using only what you know from your memories, your plan and your background; if you do not know, say so. List the ids of the memories you drew on.',
      req.agent,
      '{"answer": "…", "usedMemoryIds": ["<memory id>"]}',
    ),
    userMessage([
      section(SECTION.now, `${dayTime(req.day, req.minuteOfDay)}. You are ${req.currentAction}.`),
      section(
        SECTION.plan,
        req.plan.map((p) => `- ${p}`),
      ),
      section(SECTION.memories, memoryLines(req.memories)),
      section(SECTION.question, req.question),
    ]),
  ],
  toResult: (reply, req) => {
    const answer = reply.answer.trim();
    if (!answer) throw new OutputError('"answer" must not be empty.');
    const ids = new Set(req.memories.map((m) => m.id));
    // A wrong citation here only affects the inspector's links, so drop it rather than fail.
    return { answer, usedMemoryIds: [...new Set(reply.usedMemoryIds)].filter((id) => ids.has(id)) };
  },
});
