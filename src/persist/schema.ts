import { z } from 'zod';
import type { AgentState } from '../sim/agent/agent';
import type { Persona, Storyline } from '../sim/agent/persona';
import type { Command } from '../sim/commands';
import type { SimConfig } from '../sim/config';
import type { MemoryNode } from '../sim/memory/node';
import type { MemoryStreamState } from '../sim/memory/stream';
import type { Conversation } from '../sim/world/conversation';
import type { WorldState } from '../sim/world/world';
import { LIMITS } from './limits';

/*
 * Zod schemas for everything a town file carries. They VALIDATE only: the decoder keeps the parsed
 * JSON as it was (key order included) so a restored world hashes exactly like the one saved. That
 * is why objects are strict (an unknown field is an error, not silently dropped) and nothing has a
 * default. The `SchemaMatchesSim` checks at the bottom fail to compile when a sim type changes
 * without its schema — the moment to bump TOWN_FILE_VERSION and add a migration.
 */

import {
  AddressSchema,
  EventInfoSchema,
  PlaceRefSchema,
  closeness,
  counter,
  hour,
  list,
  minuteOfDay,
  name,
  names,
  nonEmptyName,
  step,
  stepOrNever,
  text,
  type Assert,
  type Equals,
} from './schemaParts';
import { MemoryNodeSchema, MemoryStreamStateSchema, ShareSchema } from './memorySchema';

export { EventInfoSchema, MemoryNodeSchema, MemoryStreamStateSchema, PlaceRefSchema };
export type { Assert, Equals, Normalize } from './schemaParts';

export const PersonaSchema = z.strictObject({
  id: z
    .string()
    .max(LIMITS.MAX_NAME_CHARS)
    .regex(/^[a-z0-9-]+$/),
  name: nonEmptyName,
  age: z.int().min(1).max(120),
  traits: list(name, 100).min(1),
  learned: text.min(1),
  currently: text.min(1),
  lifestyle: text.min(1),
  wakeHour: z.number().min(0).max(23),
  sleepHour: hour,
  occupation: nonEmptyName,
  workplace: PlaceRefSchema.optional(),
  workHours: z.tuple([z.number(), z.number()]).optional(),
  home: PlaceRefSchema,
  hobbies: list(
    z.strictObject({
      activity: nonEmptyName,
      place: PlaceRefSchema,
      hour: z.int().min(0).max(23).optional(),
    }),
    1_000,
  ),
  relationships: list(
    z.strictObject({ id: nonEmptyName, relation: nonEmptyName, closeness }),
    LIMITS.MAX_AGENTS,
  ),
  sprite: z.int().min(0).max(1_000_000),
  seedMemories: list(
    z.strictObject({
      text: text.min(1),
      importance: z.int().min(1).max(10).optional(),
      event: EventInfoSchema.optional(),
      news: text.optional(),
    }),
    10_000,
  ),
});

export const StorylineSchema = z.strictObject({
  id: nonEmptyName,
  seedAgentId: nonEmptyName,
  question: text.min(1),
  knowsIfMentions: names.min(1),
  eventId: name.optional(),
  label: text.min(1).optional(),
});

const ScheduleBlockSchema = z.strictObject({
  startMinute: minuteOfDay,
  durationMin: z
    .number()
    .min(0)
    .max(48 * 60),
  activity: text,
  place: PlaceRefSchema.optional(),
});

const DecomposedStepSchema = z.strictObject({
  description: text,
  durationMin: z
    .number()
    .min(0)
    .max(48 * 60),
  object: name.optional(),
  emoji: name.optional(),
});

const ActionSchema = z.strictObject({
  description: text,
  emoji: name,
  address: AddressSchema.nullable(),
  startStep: step,
  endStep: step,
  kind: z.enum(['sleep', 'act', 'chat', 'idle']),
  objectState: text.optional(),
  opId: name.optional(),
});

const DayPlanSchema = z.strictObject({
  day: z.int().min(1).max(LIMITS.MAX_STEP),
  wakeHour: hour,
  items: list(text, 1_000),
  blocks: list(ScheduleBlockSchema, 1_000),
  decomp: z
    .strictObject({
      blockIndex: z.int().min(0).max(1_000),
      steps: list(DecomposedStepSchema, 1_000),
      opId: name.optional(),
    })
    .nullable(),
});

const RelationshipSchema = z.strictObject({
  relation: text,
  closeness,
  summary: text,
  timesTalked: counter,
  since: stepOrNever,
  lastTalkStep: stepOrNever,
});

const RngStateSchema = z.tuple([
  z
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32 - 1),
  z
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32 - 1),
  z
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32 - 1),
  z
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32 - 1),
]);

const WeightsSchema = z.strictObject({
  recency: z.number().min(0),
  importance: z.number().min(0),
  relevance: z.number().min(0),
});

export const SimConfigSchema = z.strictObject({
  visionRadius: z.number().min(0).max(10_000),
  attentionBandwidth: z.int().min(0).max(10_000),
  retention: z.int().min(0).max(10_000),
  reflectThreshold: z.number().min(0),
  reflectWindow: z.int().min(0).max(1_000_000),
  weights: WeightsSchema,
  maxChatRounds: z.int().min(0).max(1_000),
  lineSteps: z.int().min(0).max(10_000),
  chatCooldownSteps: z.int().min(0).max(LIMITS.MAX_STEP),
  chatRestSteps: z.int().min(0).max(LIMITS.MAX_STEP),
  chatDistance: z.number().min(0).max(10_000),
  chatHours: z.tuple([hour, hour]),
  enrichBatch: z.int().min(0).max(1_000_000),
  enrichMaxDelaySteps: z.int().min(0).max(LIMITS.MAX_STEP),
  ablate: z
    .strictObject({
      reflection: z.boolean().optional(),
      planning: z.boolean().optional(),
      memory: z.boolean().optional(),
    })
    .optional(),
});

const tileIndex = z.int().min(0).max(LIMITS.MAX_MAP_TILES);

export const AgentStateSchema = z.strictObject({
  id: nonEmptyName,
  persona: PersonaSchema,
  tile: tileIndex,
  facing: z.enum(['down', 'left', 'right', 'up']),
  path: list(tileIndex, LIMITS.MAX_MAP_TILES),
  action: ActionSchema,
  plan: DayPlanSchema.nullable(),
  chat: z
    .strictObject({ conversationId: nonEmptyName, partnerId: nonEmptyName, untilStep: step })
    .nullable(),
  relationships: z.record(name, RelationshipSchema),
  recentPerceived: list(text, 10_000),
  importanceSinceReflect: z.number().min(0),
  lastReflectStep: step,
  replanRequested: z.boolean(),
  nextEnrichStep: step,
  lastChatEndStep: stepOrNever,
  talkConsidered: z.record(name, stepOrNever),
  chatsToday: z.strictObject({ day: z.int().min(0), count: z.int().min(0) }).optional(),
  placeCache: z.record(text, AddressSchema.extend({ emoji: name })),
  memory: MemoryStreamStateSchema,
  rng: RngStateSchema,
});

export const ConversationSchema = z.strictObject({
  id: nonEmptyName,
  participants: z.tuple([nonEmptyName, nonEmptyName]),
  startStep: step,
  endStep: step,
  place: text,
  lines: list(
    z.strictObject({
      speakerId: nonEmptyName,
      text,
      step,
      shares: list(ShareSchema, 1_000).optional(),
      opId: name.optional(),
    }),
    10_000,
  ),
});

export const WorldStateSchema = z
  .strictObject({
    schema: z.literal(1),
    scenarioId: nonEmptyName,
    seed: z.int(),
    step,
    startStep: step,
    firstWeekday: z.int().min(0).max(6),
    nextId: counter,
    rng: RngStateSchema,
    config: SimConfigSchema,
    agents: list(AgentStateSchema, LIMITS.MAX_AGENTS),
    objectStates: z.record(text, z.strictObject({ state: text, agentId: name })),
    conversations: list(ConversationSchema),
    storylines: list(StorylineSchema, 10_000),
    stats: z.strictObject({
      conversations: counter,
      mindCalls: z.record(name, counter),
    }),
  })
  .superRefine((w, ctx) => {
    if (w.step < w.startStep)
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'is before the start of the run' });
    const seen = new Set<string>();
    w.agents.forEach((a, i) => {
      if (seen.has(a.id))
        ctx.addIssue({
          code: 'custom',
          path: ['agents', i, 'id'],
          message: `duplicate agent "${a.id}"`,
        });
      seen.add(a.id);
      if (a.persona.id !== a.id)
        ctx.addIssue({
          code: 'custom',
          path: ['agents', i, 'persona', 'id'],
          message: `does not match the agent id "${a.id}"`,
        });
    });
  });

export const CommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('whisper'), agentId: nonEmptyName, text }),
  z.strictObject({
    type: z.literal('interview'),
    agentId: nonEmptyName,
    question: text,
    remember: z.boolean(),
    requestId: name,
  }),
  z.strictObject({ type: z.literal('announceEvent'), text, place: PlaceRefSchema.optional() }),
  z.strictObject({ type: z.literal('setWeights'), weights: WeightsSchema }),
  z.strictObject({
    type: z.literal('forgetMemory'),
    agentId: nonEmptyName,
    memoryId: nonEmptyName,
  }),
  z.strictObject({
    type: z.literal('rewriteMemory'),
    agentId: nonEmptyName,
    memoryId: nonEmptyName,
    text,
  }),
]);

// ---- compile-time guards: each schema describes exactly the sim's type ----

/**
 * Never used at run time; a compile error here means a sim type changed and its schema did not.
 * Fix: update the schema above. If files of the current TOWN_FILE_VERSION may exist in the wild,
 * also bump the version, add a migration (migrations.ts) and a frozen fixture (make-fixtures.ts).
 */
export type SchemaMatchesSim = [
  Assert<Equals<z.infer<typeof PersonaSchema>, Persona>>,
  Assert<Equals<z.infer<typeof StorylineSchema>, Storyline>>,
  Assert<Equals<z.infer<typeof MemoryNodeSchema>, MemoryNode>>,
  Assert<Equals<z.infer<typeof MemoryStreamStateSchema>, MemoryStreamState>>,
  Assert<Equals<z.infer<typeof SimConfigSchema>, SimConfig>>,
  Assert<Equals<z.infer<typeof AgentStateSchema>, AgentState>>,
  Assert<Equals<z.infer<typeof ConversationSchema>, Conversation>>,
  Assert<Equals<z.infer<typeof WorldStateSchema>, WorldState>>,
  Assert<Equals<z.infer<typeof CommandSchema>, Command>>,
];
