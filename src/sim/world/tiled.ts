import { z } from 'zod';
import { TiledPropertiesSchema } from './places';

/** The subset of the Tiled JSON map format the simulation reads (see docs/maps.md). */
const TileLayerSchema = z.object({
  type: z.literal('tilelayer'),
  name: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  data: z.array(z.number()),
  visible: z.boolean().optional(),
});

const TiledObjectSchema = z.object({
  id: z.number().optional(),
  name: z.string().default(''),
  type: z.string().optional(),
  class: z.string().optional(),
  x: z.number(),
  y: z.number(),
  width: z.number().default(0),
  height: z.number().default(0),
  point: z.boolean().optional(),
  properties: TiledPropertiesSchema,
});
export type TiledObject = z.infer<typeof TiledObjectSchema>;

const ObjectLayerSchema = z.object({
  type: z.literal('objectgroup'),
  name: z.string(),
  objects: z.array(TiledObjectSchema),
});

const OtherLayerSchema = z.object({ type: z.string(), name: z.string() }).passthrough();

export const TiledMapSchema = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    tilewidth: z.number().int().positive(),
    tileheight: z.number().int().positive(),
    orientation: z.literal('orthogonal').optional(),
    layers: z.array(z.union([TileLayerSchema, ObjectLayerSchema, OtherLayerSchema])),
    tilesets: z.array(z.object({ firstgid: z.number() }).passthrough()).optional(),
  })
  .passthrough();
export type TiledMap = z.infer<typeof TiledMapSchema>;
export type TileLayer = z.infer<typeof TileLayerSchema>;
export type ObjectLayer = z.infer<typeof ObjectLayerSchema>;

/** Parses and validates a Tiled JSON map, with a message that names what is wrong. */
export function parseTiledMap(json: unknown): TiledMap {
  const result = TiledMapSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new Error(`Not a valid Tiled map: ${where}: ${issue?.message ?? result.error.message}`);
  }
  return result.data;
}

export function findTileLayer(map: TiledMap, name: string): TileLayer | undefined {
  return map.layers.find((l): l is TileLayer => l.type === 'tilelayer' && l.name === name);
}

export function findObjectLayer(map: TiledMap, name: string): ObjectLayer | undefined {
  return map.layers.find((l): l is ObjectLayer => l.type === 'objectgroup' && l.name === name);
}

/** Region kind of a Tiled object: `type` (Tiled < 1.9) or `class` (Tiled ≥ 1.9). */
export function objectKind(o: TiledObject): string {
  return (o.type || o.class || '').toLowerCase();
}
