import { z } from 'zod';
import { memoryLines, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, OutputError } from './spec';

/** Focal questions per reflection (the paper asks for 3). */
export const FOCAL_QUESTIONS = 3;

const Reply = z.object({
  questions: z
    .array(z.string())
    .min(1)
    .max(FOCAL_QUESTIONS)
    .describe(`1 to ${FOCAL_QUESTIONS} questions`),
});

/**
 * Reflection, part one (as in the paper): the most salient high-level questions the recent
 * memories raise. The simulation retrieves memories for each before insights are written.
 */
export const focalQuestionsSpec = defineSpec({
  kind: 'focalQuestions',
  maxTokens: () => 300,
  schema: () => Reply,
  messages: (req) => [
    systemMessage(
      'focalQuestions',
      `Given only the recent memories below, what are the ${FOCAL_QUESTIONS} most salient high-level questions you can answer about yourself, the people around you and what is going on? Think of relationships, your work, your goals and feelings, and anything that keeps coming up. Name people and things by name, so the questions can be used to search your memory.`,
      req.agent,
      `{"questions": ["…?", "…?", "…?"]}  — 1 to ${FOCAL_QUESTIONS} questions`,
    ),
    userMessage([section(SECTION.memories, memoryLines(req.memories))]),
  ],
  toResult: (reply: z.infer<typeof Reply>) => {
    const questions = reply.questions.map((q) => q.trim()).filter(Boolean);
    if (!questions.length) throw new OutputError('"questions" must hold at least one question.');
    return { questions: questions.slice(0, FOCAL_QUESTIONS).map((question) => ({ question })) };
  },
});
