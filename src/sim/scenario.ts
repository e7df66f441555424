import {
  PersonasFileSchema,
  WEEKDAY_NAMES,
  type Persona,
  type PersonasFile,
  type Storyline,
  type TownHeader,
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

/** Name and start of a town whose personas file has no `town` header. */
export const DEFAULT_TOWN_START = { startMinute: 6 * 60, firstWeekday: 0 } as const;

/**
 * Validates a personas file, naming the first problem clearly (with `source`, e.g. the file's
 * path, in the message when given).
 */
export function parsePersonasFile(json: unknown, source?: string): PersonasFile {
  const what = source ? `Invalid personas file "${source}"` : 'Invalid personas file';
  const result = PersonasFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new Error(`${what}: ${where}: ${issue?.message ?? result.error.message}`);
  }
  return result.data;
}

/** "06:30" → 390 (the header schema has checked the shape). */
function minuteOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/**
 * The scenario with a personas file's `town` header applied: its name, start time and weekday
 * replace the scenario's; fields the header leaves out keep the scenario's values.
 */
export function applyTownHeader(scenario: Scenario, header: TownHeader | undefined): Scenario {
  if (!header) return scenario;
  const start = header.start;
  return {
    ...scenario,
    ...(header.name ? { name: header.name } : {}),
    ...(start?.time ? { startMinute: minuteOf(start.time) } : {}),
    ...(start?.weekday ? { firstWeekday: WEEKDAY_NAMES.indexOf(start.weekday) } : {}),
  };
}

/**
 * A scenario from a map and a personas file: its header gives the name and start, else `id` and
 * `DEFAULT_TOWN_START`.
 */
export function scenarioFromFiles(id: string, map: unknown, personasJson: unknown): Scenario {
  const file = parsePersonasFile(personasJson);
  const base: Scenario = {
    id,
    name: id,
    map,
    personas: file.personas,
    storylines: file.storylines,
    ...DEFAULT_TOWN_START,
  };
  return applyTownHeader(base, file.town);
}
