import { errorText } from '../../sim/text';
import OpenAI from 'openai';
import { z } from 'zod';
import type { Persona } from '../../sim/agent/persona';
import { resolveConfig, type LlmConfig } from './config';
import { QUESTION_MARKER } from './prompts/format';

/** What the judge sees of one interview answer. */
export interface JudgeInput {
  persona: Persona;
  question: string;
  answer: string;
  memories: string[];
}

export interface JudgeVerdict {
  score: number;
  reason: string;
}

const VerdictSchema = z.object({
  score: z.number().min(1).max(10),
  reason: z.string().max(400),
});

/** The judge's prompt, in the layout our other prompts use (the test server reads the marker). */
export function judgeMessages(input: JudgeInput): { role: 'system' | 'user'; content: string }[] {
  const p = input.persona;
  return [
    {
      role: 'system',
      content: [
        "You rate how believable a simulated person's interview answer is, as in the Generative Agents evaluation.",
        'Believable: in character, consistent with who they are and what they remember, specific, natural.',
        'Reply with JSON {"score": 1-10, "reason": "one short sentence"}.',
        `${QUESTION_MARKER}judgeAnswer`,
      ].join('\n'),
    },
    {
      role: 'user',
      content: [
        `## Person\n${p.name}, ${p.age}, ${p.occupation}. Traits: ${p.traits.join(', ')}.\n${p.learned}\n${p.currently}`,
        `## Memories the answer drew on\n${input.memories.map((m) => `- ${m}`).join('\n') || '(none)'}`,
        `## Question\n${input.question}`,
        `## Answer\n${input.answer}`,
      ].join('\n\n'),
    },
  ];
}

/**
 * A judge backed by an OpenAI-compatible model. It returns null (and says why through `onError`)
 * when the model cannot give a valid verdict, so one bad reply never stops an evaluation.
 */
export function createLlmJudge(
  input: LlmConfig,
  onError: (message: string) => void = () => {},
): (req: JudgeInput) => Promise<JudgeVerdict | null> {
  const cfg = resolveConfig(input);
  const client = new OpenAI({
    baseURL: cfg.baseURL,
    // Local servers need no key, but the SDK insists on one; this placeholder is not a secret.
    apiKey: cfg.apiKey || 'no-key',
    maxRetries: 2,
    timeout: cfg.timeoutMs,
  });
  return async (req) => {
    try {
      const res = await client.chat.completions.create({
        model: cfg.chatModel,
        messages: judgeMessages(req),
        temperature: 0,
        response_format: { type: 'json_object' },
      });
      const text = res.choices[0]?.message?.content ?? '';
      const parsed = VerdictSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`invalid verdict: ${parsed.error.issues[0].message}`);
      return { score: Math.round(parsed.data.score), reason: parsed.data.reason };
    } catch (err) {
      onError(`judge: ${errorText(err)}`);
      return null;
    }
  };
}
