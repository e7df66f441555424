import { z } from 'zod';
import { TiledMapSchema } from '../sim/world/tiled';
import { TOWN_FILE_KIND, TOWN_FILE_VERSION, type TownFile } from './format';
import { LIMITS } from './limits';
import { MAP_IDENTITY_PATTERN } from './mapIdentity';
import {
  CommandSchema,
  PersonaSchema,
  StorylineSchema,
  WorldStateSchema,
  type Assert,
  type Equals,
} from './schema';

const name = z.string().max(LIMITS.MAX_NAME_CHARS);
const counter = z.int().min(0).max(LIMITS.MAX_COUNTER);

/** Tiled JSON as the sim reads it, plus bounds so a hostile map cannot stall map building. */
export const MapSchema = TiledMapSchema.superRefine((map, ctx) => {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (map.width > LIMITS.MAX_MAP_SIDE || map.height > LIMITS.MAX_MAP_SIDE)
    return issue(['width'], `the map is larger than ${LIMITS.MAX_MAP_SIDE} tiles on a side`);
  const tiles = map.width * map.height;
  if (tiles > LIMITS.MAX_MAP_TILES) return issue(['width'], 'the map has too many tiles');
  if (map.tilewidth > LIMITS.MAX_TILE_PX || map.tileheight > LIMITS.MAX_TILE_PX)
    return issue(['tilewidth'], `tiles are larger than ${LIMITS.MAX_TILE_PX} pixels`);
  if (map.layers.length > LIMITS.MAX_MAP_LAYERS) return issue(['layers'], 'too many layers');
  const pxW = map.width * map.tilewidth;
  const pxH = map.height * map.tileheight;
  map.layers.forEach((layer, i) => {
    if ('data' in layer && Array.isArray(layer.data) && layer.data.length !== tiles)
      issue(['layers', i, 'data'], `expected ${tiles} tiles (${map.width}×${map.height})`);
    if (!('objects' in layer) || !Array.isArray(layer.objects)) return;
    if (layer.objects.length > LIMITS.MAX_REGIONS) return issue(['layers', i], 'too many objects');
    layer.objects.forEach((o, j) => {
      // Region rectangles are scanned tile by tile when the map is built.
      const w = o.width ?? 0;
      const h = o.height ?? 0;
      if (o.x < -pxW || o.y < -pxH || o.x + w > 2 * pxW || o.y + h > 2 * pxH || w < 0 || h < 0)
        issue(['layers', i, 'objects', j], 'lies far outside the map');
    });
  });
});

export const ScenarioRecordSchema = z.strictObject({
  id: name.min(1),
  name,
  map: MapSchema,
  mapIdentity: z.string().regex(MAP_IDENTITY_PATTERN, 'expected a map identity like "100x70-…"'),
  personas: z.array(PersonaSchema).max(LIMITS.MAX_AGENTS),
  storylines: z.array(StorylineSchema).max(10_000),
  startMinute: z
    .int()
    .min(0)
    .max(24 * 60 - 1),
  firstWeekday: z.int().min(0).max(6),
});

export const RecordedCommandSchema = z.strictObject({
  step: z.int().min(0).max(LIMITS.MAX_STEP),
  command: CommandSchema,
  batch: counter.optional(),
});

export const TapeRecordSchema = z
  .strictObject({
    seed: z.int(),
    entries: z.array(RecordedCommandSchema).max(LIMITS.MAX_LIST),
    answers: z.record(z.string().regex(/^op\d{1,16}$/), z.unknown()),
    offlineOps: z
      .array(z.tuple([counter, counter]))
      .max(LIMITS.MAX_LIST)
      .optional(),
    delivered: z
      .array(z.tuple([counter, z.int().min(0).max(LIMITS.MAX_STEP)]))
      .max(LIMITS.MAX_LIST)
      .optional(),
  })
  .superRefine((tape, ctx) => {
    for (let i = 1; i < tape.entries.length; i++)
      if (tape.entries[i].step < tape.entries[i - 1].step)
        return ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'step'],
          message: 'commands are out of order',
        });
    if (Object.keys(tape.answers).length > LIMITS.MAX_LIST)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'too many recorded answers' });
  });

/** Mind info is read loosely (unknown fields, e.g. a leaked key, are dropped, not kept). */
export const MindInfoSchema = z.object({
  kind: z.enum(['offline', 'llm']),
  model: z.string().max(LIMITS.MAX_NAME_CHARS).optional(),
});

/** A town file of the current version. */
export const TownFileSchema = z
  .strictObject({
    schemaVersion: z.literal(TOWN_FILE_VERSION),
    kind: z.literal(TOWN_FILE_KIND),
    savedAt: z
      .string()
      .max(64)
      .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date and time' }),
    name: name.min(1),
    scenario: ScenarioRecordSchema,
    initial: WorldStateSchema.optional(),
    world: WorldStateSchema,
    tape: TapeRecordSchema,
    mind: MindInfoSchema.optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (f.tape.seed !== f.world.seed) issue(['tape', 'seed'], 'does not match world.seed');
    if (f.initial && f.initial.seed !== f.world.seed)
      issue(['initial', 'seed'], 'does not match world.seed');
    if (f.initial && f.initial.step > f.world.step)
      issue(['initial', 'step'], 'is after the saved step');
    const last = f.tape.entries.at(-1);
    if (last && last.step > f.world.step)
      issue(['tape', 'entries', f.tape.entries.length - 1, 'step'], 'is after the saved step');
  });

/** Compile-time guard: the schema describes exactly the `TownFile` type. */
export type TownFileSchemaMatches = Assert<Equals<z.infer<typeof TownFileSchema>, TownFile>>;
