import {
  PersonasFileSchema,
  type Persona,
  type PersonasFile,
  type Storyline,
} from './agent/persona';

/** A town to simulate: a Tiled map plus personas and storylines. */
export interface Scenario {
  id: string;
  name: string;
  /** Tiled JSON map. */
  map: unknown;
  personas: Persona[];
  storylines: Storyline[];
  /** Minute of day 1 at which the run starts (e.g. 06:00 → 360). */
  startMinute: number;
  /** Weekday of day 1 (0 = Monday). */
  firstWeekday: number;
}

/** Validates a personas file, naming the first problem clearly. */
export function parsePersonasFile(json: unknown): PersonasFile {
  const result = PersonasFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid personas file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ids = new Set(result.data.personas.map((p) => p.id));
  if (ids.size !== result.data.personas.length)
    throw new Error('Invalid personas file: duplicate id');
  return result.data;
}
