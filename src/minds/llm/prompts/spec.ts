import { z } from 'zod';
import type { QuestionKind, QuestionReq, QuestionRes } from '../../../sim/mind';
import type { LogMessage } from '../mindLog';

/** Question kinds answered by a chat completion (everything but `embed`). */
export type ChatKind = Exclude<QuestionKind, 'embed'>;

/** A reply that parsed but cannot be used; the message is sent back in the repair attempt. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/**
 * One question kind's prompt template and reply contract: how to ask (messages), what shape to
 * demand (a zod schema, also sent as JSON schema), and how to check and convert the reply into
 * the exact result type the engine expects.
 */
export interface QuestionSpec<K extends ChatKind, R> {
  kind: K;
  /** Reply-token limit; a reply that hits it is treated as truncated. */
  maxTokens(req: QuestionReq<K>): number;
  /** Reply schema. Built per request where it can list the valid places or memory ids. */
  schema(req: QuestionReq<K>): z.ZodType<R>;
  messages(req: QuestionReq<K>): LogMessage[];
  /** Semantic checks and conversion; throws `OutputError` when the reply is unusable. */
  toResult(reply: R, req: QuestionReq<K>): QuestionRes<K>;
}

/** A spec with its reply type erased, for the registry. */
export interface AnySpec<K extends ChatKind> {
  kind: K;
  maxTokens(req: QuestionReq<K>): number;
  schema(req: QuestionReq<K>): z.ZodType<unknown>;
  messages(req: QuestionReq<K>): LogMessage[];
  toResult(reply: unknown, req: QuestionReq<K>): QuestionRes<K>;
}

/** Declares a spec; erases the reply type (safe: `toResult` only ever gets `schema`'s output). */
export function defineSpec<K extends ChatKind, R>(spec: QuestionSpec<K, R>): AnySpec<K> {
  return spec as unknown as AnySpec<K>;
}

/**
 * Keywords many OpenAI-compatible servers reject or ignore in strict JSON schemas. Ranges and
 * patterns stay in the zod schema (checked on our side); the JSON schema carries the shape and
 * array lengths (minItems/maxItems), so a constrained decoder cannot produce the wrong count.
 */
const UNSUPPORTED = new Set([
  '$schema',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'format',
  'default',
]);

function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (UNSUPPORTED.has(k)) continue;
    out[k] = k === 'properties' ? mapValues(v as Record<string, unknown>, strictify) : strictify(v);
  }
  // Strict mode wants every property required and nothing extra.
  if (out.type === 'object' && out.properties) {
    out.required = Object.keys(out.properties as object);
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(o: Record<string, unknown>, fn: (v: unknown) => unknown) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fn(v)]));
}

/** The strict JSON schema sent as `response_format.json_schema.schema`. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return strictify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })) as Record<
    string,
    unknown
  >;
}

/** `z.enum` over a non-empty list that may repeat values. */
export function enumOf(values: string[]): z.ZodType<string> {
  const unique = [...new Set(values)];
  if (!unique.length) throw new Error('enumOf needs at least one value');
  return z.enum(unique as [string, ...string[]]);
}

/** One of the values or null; just null when there are none (strict servers reject empty enums). */
export function nullableEnumOf(values: string[]): z.ZodType<string | null> {
  return values.length ? enumOf(values).nullable() : z.null();
}
