import { z } from 'zod';
import { memoryLines, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, enumOf, OutputError } from './spec';

const MAX_INSIGHTS = 5;

const replySchema = (ids: string[]) =>
  z.object({
    questions: z.array(z.string()),
    insights: z.array(z.object({ text: z.string(), evidence: z.array(enumOf(ids)) })),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/**
 * Reflection in one call: the salient questions over recent memories, then up to five insights
 * citing the memories they rest on (thoughts can cite thoughts, which makes the tree).
 */
export const reflectSpec = defineSpec({
  kind: 'reflect',
  maxTokens: () => 1000,
  schema: (req) => replySchema(req.memories.length ? req.memories.map((m) => m.id) : ['none']),
  messages: (req) => [
    systemMessage(
      'reflect',
      'Step back and reflect on your recent memories. First ask yourself the 3 most salient high-level questions they raise about your life, the people around you and what is going on in town. Then write up to 5 high-level insights that answer them: each a first-person sentence that generalises beyond any single memory, citing the ids of the memories (in brackets below) it rests on.',
      req.agent,
      '{"questions": ["…?", "…?", "…?"], "insights": [{"text": "…", "evidence": ["<memory id>", "<memory id>"]}]}',
    ),
    userMessage([section(SECTION.memories, memoryLines(req.memories))]),
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
