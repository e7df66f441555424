import { z } from 'zod';
import {
  memoryLines,
  relationshipText,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, enumOf, OutputError } from './spec';

const MAX_INSIGHTS = 5;

const replySchema = (ids: string[]) =>
  z.object({
    insights: z
      .array(z.object({ text: z.string(), evidence: z.array(enumOf(ids)).min(1) }))
      .min(1)
      .max(MAX_INSIGHTS),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/**
 * Reflection, part two (as in the paper): for each focal question, the memories retrieved for it;
 * the model writes 1 to 5 high-level insights citing the memories they rest on (thoughts can cite
 * thoughts, which makes the tree).
 */
export const reflectSpec = defineSpec({
  kind: 'reflect',
  maxTokens: () => 1000,
  schema: (req) => replySchema(req.memories.length ? req.memories.map((m) => m.id) : ['none']),
  messages: (req) => [
    systemMessage(
      'reflect',
      `Step back and reflect. Below are questions you asked yourself, each with the ids of the memories that came to mind for it. Write 1 to ${MAX_INSIGHTS} high-level insights that answer them: each a first-person sentence that generalises beyond any single memory (about a relationship, your work, your goals, your feelings or something that keeps happening), citing the ids of the memories (in brackets) it rests on.`,
      req.agent,
      `{"insights": [{"text": "…", "evidence": ["<memory id>", "<memory id>"]}]}  — 1 to ${MAX_INSIGHTS} insights, each with at least one id`,
    ),
    userMessage([
      section(
        SECTION.focal,
        req.questions.map(
          (q, i) => `${i + 1}. ${q.question} (memories: ${q.memoryIds.join(', ')})`,
        ),
      ),
      section(
        SECTION.people,
        req.people
          .filter((p) => p.relationship)
          .map((p) => `- ${p.name}: ${relationshipText(p.relationship, p.name)}`),
      ),
      section(SECTION.memories, memoryLines(req.memories)),
    ]),
  ],
  toResult: (reply: Reply, req) => {
    const ids = new Set(req.memories.map((m) => m.id));
    const insights = reply.insights
      .map((i) => ({ text: i.text.trim(), evidence: [...new Set(i.evidence)] }))
      .filter((i) => i.text);
    for (const i of insights) {
      const bad = i.evidence.filter((id) => !ids.has(id));
      if (bad.length)
        throw new OutputError(`evidence ids ${bad.join(', ')} are not ids of the memories listed.`);
      if (!i.evidence.length)
        throw new OutputError(`insight "${i.text}" must cite at least one memory id.`);
    }
    return { insights: insights.slice(0, MAX_INSIGHTS) };
  },
});
