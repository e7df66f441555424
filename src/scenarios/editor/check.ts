import {
  PersonaSchema,
  PersonasFileSchema,
  StorylineSchema,
  type Persona,
  type Storyline,
} from '../../sim/agent/persona';
import type { z } from 'zod';
import {
  checkTownMap,
  checkTownOn,
  type CheckedTownMap,
  type TownProblem,
} from '../../sim/world/townCheck';
import { fileFromDraft, type PersonasDraft } from './draft';

/** One problem of a draft: `path` names the field ("personas.2.home"; "" for the whole). */
export interface DraftProblem {
  path: string;
  message: string;
}

export interface DraftCheck {
  errors: DraftProblem[];
  warnings: DraftProblem[];
}

/** A schema issue in words a person filling in a form reads at once. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return 'Required: this cannot be empty.';
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `Needs at least ${Number(issue.minimum)}.`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Expected a number.';
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `Must be at least ${Number(issue.minimum)}.`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `Must be at most ${Number(issue.maximum)}.`;
  return issue.message;
}

/** The value at `path` in a parsed JSON value (undefined when any step is missing). */
function valueAt(json: unknown, path: (string | number)[]): unknown {
  let at = json;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** Fields that name a person by id; the town check's only problem with them is "nobody". */
const PERSON_REFS = new Set<string | number>(['hostId', 'seedAgentId']);

/** Whether a path names a person by id (a host, a storyline's seed, a relationship). */
function namesPerson(path: (string | number)[]): boolean {
  const last = path[path.length - 1];
  return PERSON_REFS.has(last) || (last === 'id' && path[path.length - 3] === 'relationships');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every problem of a draft on a map, each with the path of the field it is about: the personas
 * file schema (all its issues, not only the first, duplicate ids among them) and `checkTown` — the
 * checks a new town runs before it starts (`scenarioFromFiles`, `checkTown`). People and
 * storylines the schema refuses are left out of the town check, so one half-typed person does not
 * hide the rest's problems (nor is called "nobody" by it).
 */
export function checkDraft(map: unknown, draft: PersonasDraft): DraftCheck {
  return checkDraftOn(() => checkTownMap(map), draft);
}

/**
 * `checkDraft` on a map read by `readMap` (which may answer from a cache, see the worker's
 * ScenarioOps); when it throws, its message is the map's error.
 */
export function checkDraftOn(readMap: () => CheckedTownMap, draft: PersonasDraft): DraftCheck {
  const file = fileFromDraft(draft);
  const errors: DraftProblem[] = [];
  const warnings: DraftProblem[] = [];
  const parsed = PersonasFileSchema.safeParse(file);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors.push({ path: issue.path.join('.'), message: issueText(issue) });

  const personas: Persona[] = [];
  const people: unknown[] = Array.isArray(file.personas) ? file.personas : [];
  people.forEach((raw, i) => {
    const one = PersonaSchema.safeParse(raw);
    // Kept at its index (a placeholder when invalid), so the town check's paths map back.
    if (one.success) personas[i] = one.data;
  });
  const stories: Storyline[] = [];
  (Array.isArray(file.storylines) ? file.storylines : []).forEach((raw: unknown, k) => {
    const one = StorylineSchema.safeParse(raw);
    if (one.success) stories[k] = one.data;
  });
  const valid = personas.filter(Boolean);
  const validStories = stories.filter(Boolean);

  let problems: TownProblem[];
  try {
    problems = checkTownOn(readMap(), valid, validStories).problems;
  } catch (err) {
    errors.push({ path: 'map', message: (err as Error).message });
    return { errors, warnings };
  }
  // The town check indexes the valid people and storylines; the draft, all of them.
  const inDraft = (path: (string | number)[]): (string | number)[] => {
    const [list, n, ...rest] = path;
    if (list === 'personas') return [list, personas.indexOf(valid[Number(n)]), ...rest];
    if (list === 'storylines') return [list, stories.indexOf(validStories[Number(n)]), ...rest];
    return path;
  };
  const everyone = new Set<unknown>(people.flatMap((p) => (isRecord(p) && p.id ? [p.id] : [])));
  for (const p of problems) {
    const path = inDraft(p.path);
    // A person the schema refused is still someone (their own errors show).
    if (namesPerson(path) && everyone.has(valueAt(file, path))) continue;
    (p.level === 'error' ? errors : warnings).push({ path: path.join('.'), message: p.message });
  }
  return { errors, warnings };
}
