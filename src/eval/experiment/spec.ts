import { z } from 'zod';
import { TOWN_IDS } from '../../scenarios';
import { PersonaSchema } from '../../sim/agent/persona';

/**
 * An experiment: a town run for a while, then split into branches that each apply some
 * interventions and run on for the same span, under one or several seeds. Plain JSON.
 */

/** Longest run (base plus span) an experiment may ask for, in game hours. */
export const MAX_EXPERIMENT_HOURS = 24 * 14;
export const MAX_BRANCHES = 12;
export const MAX_SEEDS = 32;

const id = z.string().min(1, 'must be a person id');
const text = z.string().trim().min(1, 'must not be empty');

export const InterventionSchema = z.discriminatedUnion('type', [
  /** An inner voice: the engine's `whisper` command. */
  z.strictObject({ type: z.literal('whisper'), agentId: id, text }),
  /** A town event perceived by everyone (or everyone at `place`): `announceEvent`. */
  z.strictObject({
    type: z.literal('announce'),
    text,
    place: z
      .strictObject({ sector: z.string().min(1), arena: z.string().min(1).optional() })
      .optional(),
  }),
  /** Forget every memory whose description contains `match` (case-insensitive). */
  z.strictObject({ type: z.literal('deleteMemory'), agentId: id, match: text }),
  /** Replace the persona's `currently` sentence. */
  z.strictObject({ type: z.literal('setCurrently'), agentId: id, text }),
  /** Replace the persona's innate traits ("shy", "curious"). */
  z.strictObject({
    type: z.literal('setTraits'),
    agentId: id,
    traits: z.array(text).min(1, 'give at least one trait').max(8),
  }),
  /** Move a scheduled event (every memory carrying it): another day, start hour or place. */
  z.strictObject({
    type: z.literal('moveEvent'),
    eventId: z.string().min(1, 'must be an event id'),
    day: z.number().int().min(1).optional(),
    startHour: z.number().min(0).max(23.75).optional(),
    endHour: z.number().min(0.25).max(24).optional(),
    place: z
      .strictObject({ sector: z.string().min(1), arena: z.string().min(1).optional() })
      .optional(),
  }),
  /**
   * Forget a storyline: the memories that carry it (its event or news, by their data, not their
   * words) go from its source only, or from everyone who knows it.
   */
  z.strictObject({
    type: z.literal('forgetStoryline'),
    storylineId: z.string().min(1, 'must be a storyline id'),
    who: z.enum(['source', 'everyone']).default('source'),
  }),
  /** Bring a new person into the town (a persona, as in a personas file), at home. */
  z.strictObject({ type: z.literal('addPerson'), persona: PersonaSchema }),
  /** Take a person out of the town (their ties go with them). */
  z.strictObject({ type: z.literal('removePerson'), agentId: id }),
]);
export type Intervention = z.infer<typeof InterventionSchema>;

export const BranchSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  interventions: z.array(InterventionSchema).max(50).default([]),
});
export type Branch = z.infer<typeof BranchSchema>;

export const ExperimentSpecSchema = z
  .strictObject({
    town: z.string().default('default'),
    agents: z.number().int().positive().max(500).optional(),
    seed: z.number().int().optional(),
    seeds: z.array(z.number().int()).min(1).max(MAX_SEEDS).optional(),
    startAfterHours: z.number().min(0).default(0),
    spanHours: z.number().positive(),
    branches: z.array(BranchSchema).min(1).max(MAX_BRANCHES),
  })
  .superRefine((spec, ctx) => {
    if (!TOWN_IDS.includes(spec.town))
      ctx.addIssue({
        code: 'custom',
        path: ['town'],
        message: `unknown town "${spec.town}" (one of ${TOWN_IDS.join(', ')})`,
      });
    if (spec.seed !== undefined && spec.seeds)
      ctx.addIssue({
        code: 'custom',
        path: ['seeds'],
        message: 'give "seed" or "seeds", not both',
      });
    if (spec.seeds && new Set(spec.seeds).size !== spec.seeds.length)
      ctx.addIssue({ code: 'custom', path: ['seeds'], message: 'seeds must differ' });
    if (spec.startAfterHours + spec.spanHours > MAX_EXPERIMENT_HOURS)
      ctx.addIssue({
        code: 'custom',
        path: ['spanHours'],
        message: `startAfterHours + spanHours must be at most ${MAX_EXPERIMENT_HOURS}`,
      });
    const names = spec.branches.map((b) => b.name);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['branches', i, 'name'],
          message: `branch name "${n}" is used twice`,
        });
    });
  });
export type ExperimentSpecInput = z.input<typeof ExperimentSpecSchema>;

/** A checked spec: the seeds listed, and the control branch known. */
export interface ExperimentSpec {
  town: string;
  agents?: number;
  seeds: number[];
  startAfterHours: number;
  spanHours: number;
  /** The control first (the first branch without interventions, else one named "control"). */
  branches: Branch[];
  /**
   * Set when the experiment branched from a town as it was (the page's "What if…?") rather than
   * from a new town run `startAfterHours`: the moment and the town's name.
   */
  from?: { step: number; clock: string; townName: string };
}

/** The name a control branch gets when the spec has none. */
export const CONTROL_NAME = 'control';

/** Parses an experiment spec, naming every problem (up to 8) with its place in the file. */
export function parseExperimentSpec(json: unknown, source = 'experiment spec'): ExperimentSpec {
  const res = ExperimentSpecSchema.safeParse(json);
  if (!res.success) {
    const lines = res.error.issues
      .slice(0, 8)
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(
      `Invalid ${source}:\n${lines.join('\n')}\n` +
        'Expected {"spanHours", "branches": [{"name", "interventions": [...]}], "town"?, ' +
        '"seed"? or "seeds"?, "startAfterHours"?, "agents"?} (see docs/experiments/README.md).',
    );
  }
  const spec = res.data;
  const controlAt = spec.branches.findIndex((b) => !b.interventions.length);
  let branches = spec.branches;
  if (controlAt < 0) {
    if (branches.some((b) => b.name === CONTROL_NAME))
      throw new Error(
        `Invalid ${source}: branch "${CONTROL_NAME}" has interventions; a control has none.`,
      );
    branches = [{ name: CONTROL_NAME, interventions: [] }, ...branches];
  } else if (controlAt > 0)
    branches = [branches[controlAt], ...branches.filter((_, i) => i !== controlAt)];
  return {
    town: spec.town,
    agents: spec.agents,
    seeds: spec.seeds ?? [spec.seed ?? 1],
    startAfterHours: spec.startAfterHours,
    spanHours: spec.spanHours,
    branches,
  };
}
