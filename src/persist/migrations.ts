import { z } from 'zod';
import { bytesToBase64 } from '../sim/memory/base64';
import { TownFileError, describeIssue } from './errors';
import { TOWN_FILE_KIND, TOWN_FILE_VERSION } from './format';
import { LIMITS } from './limits';
import { mapIdentity } from './mapIdentity';

/*
 * Town files are migrated one version at a time on load: v0 → v1 → … → TOWN_FILE_VERSION. Each
 * step validates its input loosely (enough to migrate safely; the final schema is strict), and is
 * frozen once released: constants are written out here, never read from the live sim defaults,
 * so an old file migrates the same way forever. Fixtures of every old version live in
 * `fixtures/` and are tested on every run.
 */

/*
 * Old versions are described by their own frozen shapes, never by today's sim types: a migration
 * must keep compiling and keep doing the same thing when the sim moves on. Only the parts a
 * migration touches are spelled out; the rest passes through as plain JSON.
 */

type Json = Record<string, unknown>;

/** v0: the pre-release save shape (flat scenario fields, memory as a plain list). */
export interface TownFileV0 {
  format: 'gentown-save';
  version: 0;
  savedAt: string;
  name: string;
  scenarioId: string;
  scenarioName: string;
  map: unknown;
  personas: unknown[];
  storylines: unknown[];
  startMinute: number;
  firstWeekday: number;
  seed: number;
  /** 'offline' or the model name. */
  mindName?: string;
  state: WorldStateV0;
  /** No batches, no recorded answers: v0 could only replay the offline mind. */
  commands: { step: number; command: unknown }[];
}

/** v0 world: no `schema` marker; config without the conversation-rest and enrichment knobs. */
export interface WorldStateV0 extends Json {
  config: Json;
  agents: AgentStateV0[];
}

/** v0 agent: memory as a list of nodes with inline embeddings; no caches, chat rest or backoff. */
export interface AgentStateV0 extends Json {
  memory: MemoryNodeV0[];
}

export interface MemoryNodeV0 extends Json {
  id: string;
  embedding?: number[];
}

interface Migration {
  from: number;
  to: number;
  /** Loose check of the input version: shapes the migration relies on. */
  input: z.ZodType;
  up(doc: unknown): unknown;
}

const V0Schema = z.looseObject({
  format: z.literal('gentown-save'),
  version: z.literal(0),
  savedAt: z.string(),
  name: z.string(),
  scenarioId: z.string(),
  scenarioName: z.string(),
  map: z.unknown(),
  personas: z.array(z.unknown()),
  storylines: z.array(z.unknown()),
  startMinute: z.number(),
  firstWeekday: z.number(),
  seed: z.number(),
  mindName: z.string().optional(),
  commands: z.array(z.looseObject({ step: z.number(), command: z.unknown() })),
  state: z.looseObject({
    config: z.looseObject({}),
    agents: z
      .array(
        z.looseObject({
          memory: z
            .array(
              z.looseObject({
                id: z.string().regex(/^m\d{1,15}$/),
                embedding: z.array(z.number()).max(LIMITS.MAX_EMBEDDING_DIM).optional(),
              }),
            )
            .max(LIMITS.MAX_LIST),
        }),
      )
      .max(LIMITS.MAX_AGENTS),
  }),
});

/** Values of the config knobs v1 added, as they were when v1 was released. */
const V1_CONFIG_ADDITIONS = { chatRestSteps: 270, enrichBatch: 8, enrichMaxDelaySteps: 180 };

/** Packs a v0 memory list into the v1 stream state (dense Float32 matrix as base64). */
function packMemory(nodes: MemoryNodeV0[]): Json {
  const dim = nodes.find((n) => n.embedding?.length)?.embedding?.length ?? 0;
  const matrix = new Float32Array(nodes.length * dim);
  const embedded: number[] = [];
  let maxSeq = 0;
  const plain = nodes.map((node, i) => {
    const { embedding, ...rest } = node;
    const ok = !!embedding && embedding.length === dim && dim > 0;
    if (ok) matrix.set(embedding, i * dim);
    embedded.push(ok ? 1 : 0);
    maxSeq = Math.max(maxSeq, Number(node.id.slice(1)));
    return rest;
  });
  return {
    nodes: plain,
    nextSeq: maxSeq + 1,
    dim,
    embeddings: dim ? bytesToBase64(new Uint8Array(matrix.buffer)) : '',
    embedded,
  };
}

const V0_TO_V1: Migration = {
  from: 0,
  to: 1,
  input: V0Schema,
  up(doc) {
    const v0 = doc as TownFileV0;
    const { config, agents, ...state } = v0.state;
    const world: Json = {
      schema: 1,
      ...state,
      config: { ...config, ...V1_CONFIG_ADDITIONS },
      agents: agents.map((a) => ({
        ...a,
        nextEnrichStep: 0,
        lastChatEndStep: -1,
        talkConsidered: {},
        placeCache: {},
        memory: packMemory(a.memory),
      })),
    };
    const offline = !v0.mindName || v0.mindName === 'offline';
    const file: Json = {
      schemaVersion: 1,
      kind: TOWN_FILE_KIND,
      savedAt: v0.savedAt,
      name: v0.name,
      scenario: {
        id: v0.scenarioId,
        name: v0.scenarioName,
        map: v0.map,
        personas: v0.personas,
        storylines: v0.storylines,
        startMinute: v0.startMinute,
        firstWeekday: v0.firstWeekday,
      },
      // v0 did not keep the starting world, so these towns continue but cannot be replayed.
      world,
      tape: { seed: v0.seed, entries: v0.commands, answers: {} },
      mind: offline ? { kind: 'offline' } : { kind: 'llm', model: v0.mindName },
    };
    return file;
  },
};

/** v1: as v2 without `scenario.mapIdentity`. Only the map is read; the rest passes through. */
const V1Schema = z.looseObject({
  schemaVersion: z.literal(1),
  kind: z.literal(TOWN_FILE_KIND),
  scenario: z.looseObject({
    map: z.looseObject({ width: z.int().min(1), height: z.int().min(1) }),
  }),
});

const V1_TO_V2: Migration = {
  from: 1,
  to: 2,
  input: V1Schema,
  up(doc) {
    const v1 = doc as Json & { scenario: Json };
    // The identity of the map the file carries (a v1 file cannot tell whether it was swapped).
    // `mapIdentity` is itself part of the format, frozen with v2, so this step stays frozen.
    const { map, ...rest } = v1.scenario;
    return {
      ...v1,
      schemaVersion: 2,
      scenario: { ...rest, map, mapIdentity: mapIdentity(map) },
    };
  },
};

/** v2: the same content as v3, written as one JSON document (v3 writes it in lines). */
const V2Schema = z.looseObject({
  schemaVersion: z.literal(2),
  kind: z.literal(TOWN_FILE_KIND),
});

const V2_TO_V3: Migration = {
  from: 2,
  to: 3,
  input: V2Schema,
  // Only the layout changed (framing.ts); the reader already turned either into one document.
  up: (doc) => ({ ...(doc as Json), schemaVersion: 3 }),
};

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [V0_TO_V1, V1_TO_V2, V2_TO_V3];

/** The oldest file version this app can still open. */
export const OLDEST_SUPPORTED_VERSION = MIGRATIONS[0]?.from ?? TOWN_FILE_VERSION;

/**
 * The format version of a parsed document, or null if it is not a town file at all.
 * Throws `TownFileError` for a town file with a broken version field.
 */
export function versionOf(doc: unknown): number | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const d = doc as Record<string, unknown>;
  if (d.kind === TOWN_FILE_KIND) {
    if (!Number.isSafeInteger(d.schemaVersion) || (d.schemaVersion as number) < 1)
      throw new TownFileError(
        'invalid',
        `Invalid town file: schemaVersion: expected a whole number, found ${JSON.stringify(d.schemaVersion) ?? 'nothing'}`,
        'schemaVersion',
      );
    return d.schemaVersion as number;
  }
  if (d.format === 'gentown-save' && d.version === 0) return 0;
  return null;
}

/** Runs the migrations from `version` up to the current version. Throws `TownFileError`. */
export function migrateToCurrent(doc: unknown, version: number): unknown {
  let current = doc;
  for (let v = version; v < TOWN_FILE_VERSION;) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step)
      throw new TownFileError(
        'invalid',
        `This town was saved by an old version (${version}) that this app can no longer open.`,
      );
    const check = step.input.safeParse(current);
    if (!check.success) {
      const { path, text } = describeIssue(check.error.issues[0], current);
      throw new TownFileError('invalid', `Invalid town file (version ${v}): ${text}`, path);
    }
    current = step.up(current);
    v = step.to;
  }
  return current;
}
