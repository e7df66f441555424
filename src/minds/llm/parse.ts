import type { z } from 'zod';
import type { QuestionReq, QuestionRes } from '../../sim/mind';
import { OutputError, type AnySpec, type ChatKind } from './prompts';

/**
 * The JSON object in a reply. Tolerates what real models add around it: a `<think>` block,
 * Markdown code fences, or a sentence before or after.
 */
export function extractJson(text: string): unknown {
  const clean = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  if (!clean) throw new OutputError('The reply was empty; answer with the JSON object.');
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(clean);
  const body = fenced ? fenced[1].trim() : clean;
  try {
    return JSON.parse(body);
  } catch (err) {
    const start = body.indexOf('{');
    const end = body.lastIndexOf('}');
    if (start >= 0 && end > start) {
      try {
        return JSON.parse(body.slice(start, end + 1));
      } catch {
        // fall through to the original error, which names the position
      }
    }
    throw new OutputError(`The reply is not valid JSON (${(err as Error).message}).`);
  }
}

/** Zod issues as one line a model can act on: `blocks.0.start: use 24-hour "HH:MM"`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Parses, schema-checks and converts a reply into the question's result, or throws OutputError. */
export function validateReply<K extends ChatKind>(
  spec: AnySpec<K>,
  text: string,
  req: QuestionReq<K>,
  schema: z.ZodType<unknown> = spec.schema(req),
): QuestionRes<K> {
  const json = extractJson(text);
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new OutputError(`The JSON does not match the schema: ${describeIssues(parsed.error)}.`);
  return spec.toResult(parsed.data, req);
}
