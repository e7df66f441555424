import { WEEKDAY_NAMES } from '../clock';
import { z } from 'zod';

/** A place reference by name: a sector (building / area) and optionally an arena (room) and object. */
export const PlaceRefSchema = z.object({
  sector: z.string().min(1),
  arena: z.string().min(1).optional(),
  object: z.string().min(1).optional(),
});
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

/** A hobby or recurring activity that fills free time in the offline mind's routine. */
export const HobbySchema = z.object({
  activity: z.string().min(1),
  place: PlaceRefSchema,
  /** Preferred hour of day (0–23) for this activity, if any. */
  hour: z.number().int().min(0).max(23).optional(),
});

export const RelationshipSeedSchema = z.object({
  id: z.string().min(1),
  /** How this person sees the other, e.g. "my wife", "a regular at my café". */
  relation: z.string().min(1),
  /** -1 (dislike) … 1 (close). */
  closeness: z.number().min(-1).max(1).default(0.5),
});

/** Structured data attached to a seeded memory that describes a scheduled event. */
export const EventInfoSchema = z.object({
  /** Stable id of the event, e.g. "fair". Used to count diffusion and attendance. */
  id: z.string().min(1),
  /** Short noun phrase: "a spring fair". */
  what: z.string().min(1),
  hostId: z.string().min(1),
  place: PlaceRefSchema,
  /** 1-based game day. */
  day: z.number().int().min(1),
  startHour: z.number().min(0).max(24),
  endHour: z.number().min(0).max(24),
});
export type EventInfo = z.infer<typeof EventInfoSchema>;

export const SeedMemorySchema = z.object({
  text: z.string().min(1),
  importance: z.number().int().min(1).max(10).optional(),
  event: EventInfoSchema.optional(),
  /** Marks a topic the agent wants to spread (e.g. a candidacy). */
  news: z.string().optional(),
});

export const PersonaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  age: z.number().int().min(1).max(120),
  /** Innate traits, three to five adjectives. */
  traits: z.array(z.string()).min(1),
  /** Background: who they are, in a few sentences. */
  learned: z.string().min(1),
  /** What is on their mind right now. */
  currently: z.string().min(1),
  /** Lifestyle in one sentence. */
  lifestyle: z.string().min(1),
  wakeHour: z.number().min(0).max(23),
  sleepHour: z.number().min(0).max(24),
  occupation: z.string().min(1),
  workplace: PlaceRefSchema.optional(),
  /** [startHour, endHour) of the working day, e.g. [9, 17]. */
  workHours: z.tuple([z.number(), z.number()]).optional(),
  home: PlaceRefSchema,
  hobbies: z.array(HobbySchema).default([]),
  relationships: z.array(RelationshipSeedSchema).default([]),
  /** Index into the character sprite sheet. */
  sprite: z.number().int().min(0).default(0),
  seedMemories: z.array(SeedMemorySchema).default([]),
});
export type Persona = z.infer<typeof PersonaSchema>;
export type PersonaInput = z.input<typeof PersonaSchema>;

/** A seeded storyline the headless runs measure (diffusion and, for events, attendance). */
export const StorylineSchema = z.object({
  id: z.string().min(1),
  seedAgentId: z.string().min(1),
  /** Interview question used to test whether an agent knows of it. */
  question: z.string().min(1),
  /** An answer counts as knowing when it mentions every one of these words (case-insensitive). */
  knowsIfMentions: z.array(z.string()).min(1),
  /** For events: the event id in a seed memory, to measure attendance. */
  eventId: z.string().optional(),
  /** A short noun phrase naming it, for evaluation questions ("the bake sale"). */
  label: z.string().min(1).optional(),
});
export type Storyline = z.infer<typeof StorylineSchema>;

/** Weekday names a personas file may use (index 0 = Monday, as `Scenario.firstWeekday`). */
export { WEEKDAY_NAMES };

/**
 * When a run begins. Runs always begin on day 1 (event `day`s count from it), so `day` may only
 * be 1; it is accepted so files can say so.
 */
export const TownStartSchema = z.strictObject({
  day: z.literal(1, { error: 'runs start on day 1 (event days count from it); use 1' }).optional(),
  /** Weekday of day 1, by name (any case). */
  weekday: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(WEEKDAY_NAMES, { error: `expected a weekday name: ${WEEKDAY_NAMES.join(', ')}` }))
    .optional(),
  /** Time of day the run starts, "HH:MM" (24-hour clock). */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time "HH:MM", e.g. "06:00"')
    .optional(),
});

/** Optional header of a personas file: the town's name and when its runs start. */
export const TownHeaderSchema = z.strictObject({
  name: z.string().trim().min(1, 'expected a name').max(120).optional(),
  start: TownStartSchema.optional(),
});
export type TownHeader = z.infer<typeof TownHeaderSchema>;

export const PersonasFileSchema = z
  .object({
    town: TownHeaderSchema.optional(),
    personas: z.array(PersonaSchema).min(1),
    storylines: z.array(StorylineSchema).default([]),
  })
  .superRefine(
    (file, ctx) => {
      // Also run on a file with other problems (the editor shows them all), so read ids warily.
      const seen = new Set<unknown>();
      file.personas.forEach((p: unknown, i) => {
        const id = typeof p === 'object' && p !== null ? (p as { id?: unknown }).id : undefined;
        if (typeof id !== 'string' || !id) return;
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['personas', i, 'id'],
            message: `duplicate id "${id}"`,
          });
        seen.add(id);
      });
    },
    {
      when: ({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as { personas?: unknown }).personas),
    },
  );
export type PersonasFile = z.infer<typeof PersonasFileSchema>;
