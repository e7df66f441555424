import { z } from 'zod';
import { LIMITS } from './limits';
import {
  EventInfoSchema,
  counter,
  list,
  name,
  names,
  nonEmptyName,
  step,
  text,
} from './schemaParts';

/** The memory stream in a town file: one schema per memory kind (see sim/memory/node.ts). */

export const ShareSchema = z.strictObject({
  gist: text,
  event: EventInfoSchema.optional(),
  news: text.optional(),
  memoryId: name.optional(),
});

const SightingSchema = z.strictObject({
  subjectId: name.optional(),
  action: text,
  object: name.optional(),
  sector: name.optional(),
  arena: name.optional(),
});

/** What every memory kind has (see sim/memory/node.ts). */
const memoryBase = {
  id: nonEmptyName,
  created: step,
  lastAccessed: step,
  description: text,
  importance: z.number().min(0).max(10),
  keywords: names,
  sharedWith: names.optional(),
};

const absent = z.never().optional();
/** The kind fields, all absent; each kind below overrides the ones it carries. */
const noKindFields = {
  subjectId: absent,
  source: absent,
  seen: absent,
  event: absent,
  news: absent,
  gist: absent,
  chatId: absent,
  opId: absent,
};
const noEvidence = z.tuple([]);

const PerceivedMemorySchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('event'),
  evidence: noEvidence,
  subjectId: name.optional(),
  seen: SightingSchema.optional(),
});

const HeardMemorySchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('event'),
  evidence: noEvidence,
  subjectId: name,
  source: name,
  gist: text,
  event: EventInfoSchema.optional(),
  news: text.optional(),
  opId: name.optional(),
});

const InnerThoughtSchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('thought'),
  evidence: noEvidence,
  gist: text.optional(),
  event: EventInfoSchema.optional(),
  news: text.optional(),
});

const ReflectionMemorySchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('thought'),
  evidence: names,
  subjectId: name.optional(),
  opId: name.optional(),
});

const ChatMemorySchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('chat'),
  evidence: noEvidence,
  subjectId: name.optional(),
  chatId: name.optional(),
  opId: name.optional(),
});

const PlanMemorySchema = z.strictObject({
  ...memoryBase,
  ...noKindFields,
  type: z.literal('plan'),
  evidence: noEvidence,
  opId: name.optional(),
});

/*
 * Checked by `type` first, so a bad memory is reported against kinds of its own type. Kinds sharing
 * a type are told apart by shape: the loose object only routes by `type` (validation only; the
 * decoder keeps the JSON as it was).
 */
export const MemoryNodeSchema = z.discriminatedUnion('type', [
  z
    .looseObject({ type: z.literal('event') })
    .pipe(z.union([PerceivedMemorySchema, HeardMemorySchema])),
  z
    .looseObject({ type: z.literal('thought') })
    .pipe(z.union([InnerThoughtSchema, ReflectionMemorySchema])),
  ChatMemorySchema,
  PlanMemorySchema,
]);

/** Base64 length of n bytes. */
const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

export const MemoryStreamStateSchema = z
  .strictObject({
    nodes: list(MemoryNodeSchema),
    nextSeq: counter,
    dim: z.int().min(0).max(LIMITS.MAX_EMBEDDING_DIM),
    embeddings: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    embedded: list(z.int().min(0).max(1)),
  })
  .superRefine((s, ctx) => {
    // A truncated or spliced matrix would silently shift every agent's embeddings.
    const expected = s.dim ? base64Length(s.nodes.length * s.dim * 4) : 0;
    if (s.embeddings.length !== expected)
      ctx.addIssue({
        code: 'custom',
        path: ['embeddings'],
        message: `the embedding matrix has the wrong size for ${s.nodes.length} memories of dimension ${s.dim}`,
      });
    if (s.embedded.length !== s.nodes.length)
      ctx.addIssue({
        code: 'custom',
        path: ['embedded'],
        message: `expected one flag per memory (${s.nodes.length}), found ${s.embedded.length}`,
      });
  });
