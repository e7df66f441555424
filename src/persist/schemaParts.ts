import { z } from 'zod';
import { LIMITS } from './limits';

/** Building blocks of the town file schemas (schema.ts, memorySchema.ts): bounded values and shared shapes. */

export const text = z.string().max(LIMITS.MAX_TEXT_CHARS);
export const name = z.string().max(LIMITS.MAX_NAME_CHARS);
export const nonEmptyName = name.min(1);
export const step = z.int().min(0).max(LIMITS.MAX_STEP);
/** Steps that may be -1 ("never"). */
export const stepOrNever = z.int().min(-1).max(LIMITS.MAX_STEP);
export const counter = z.int().min(0).max(LIMITS.MAX_COUNTER);
export const list = <T extends z.ZodType>(item: T, max: number = LIMITS.MAX_LIST) =>
  z.array(item).max(max);
export const names = list(name, 10_000);
export const hour = z.number().min(0).max(24);
export const minuteOfDay = z
  .number()
  .min(0)
  .max(48 * 60);
export const closeness = z.number().min(-1).max(1);

export const PlaceRefSchema = z.strictObject({
  sector: nonEmptyName,
  arena: nonEmptyName.optional(),
  object: nonEmptyName.optional(),
});

/** Same shape as a PlaceRef; addresses are produced by the map, so they may be empty strings. */
export const AddressSchema = z.strictObject({
  sector: name,
  arena: name.optional(),
  object: name.optional(),
});

export const EventInfoSchema = z.strictObject({
  id: nonEmptyName,
  what: nonEmptyName,
  hostId: nonEmptyName,
  place: PlaceRefSchema,
  day: z.int().min(1).max(LIMITS.MAX_STEP),
  startHour: hour,
  endHour: hour,
});

/** Flattens intersections (`A & B`) into plain objects, recursively, so they compare as equal. */
export type Normalize<T> = T extends object ? { [K in keyof T]: Normalize<T[K]> } : T;
export type Equals<A, B> =
  (<T>() => T extends Normalize<A> ? 1 : 2) extends <T>() => T extends Normalize<B> ? 1 : 2
    ? true
    : false;
export type Assert<T extends true> = T;
