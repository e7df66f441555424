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

/** Fields that name a person by id; the town check's only error on them is "nobody". */
const PERSON_REFS = new Set<string | number>(['hostId', 'seedAgentId']);

/**
 * Every problem of a draft on a map, each with the path of the field it is about: the personas
 * file schema (all its issues, not only the first), duplicate ids, and `checkTown` — the checks a
 * new town runs before it starts (`scenarioFromFiles`, `checkTown`). People and storylines the
 * schema refuses are left out of the town check, so one half-typed person does not hide the
 * rest's problems. Warnings also name relationships to nobody in the town (they would be dropped).
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
  const seen = new Map<string, number>();
  file.personas.forEach((raw, i) => {
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string' && id) {
      if (seen.has(id))
        errors.push({
          path: `personas.${i}.id`,
          message: `Duplicate id "${id}" (person ${(seen.get(id) ?? 0) + 1} has it too).`,
        });
      else seen.set(id, i);
    }
    const one = PersonaSchema.safeParse(raw);
    // Kept at its index (a placeholder when invalid), so the town check's paths map back.
    if (one.success) personas[i] = one.data;
  });
  const stories: Storyline[] = [];
  (file.storylines ?? []).forEach((raw, k) => {
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
  const everyone = new Set(file.personas.map((p) => (p as { id?: unknown }).id));
  for (const p of problems) {
    const path = inDraft(p.path);
    // A host or seed person the schema refused is still someone (their own errors show).
    if (p.level === 'error' && PERSON_REFS.has(path[path.length - 1]))
      if (everyone.has(valueAt(file, path))) continue;
    (p.level === 'error' ? errors : warnings).push({ path: path.join('.'), message: p.message });
  }
  personas.forEach((p, i) => {
    if (!p) return;
    p.relationships.forEach((r, j) => {
      if (!everyone.has(r.id))
        warnings.push({
          path: `personas.${i}.relationships.${j}.id`,
          message: `${p.name}'s relationship "${r.relation}" names "${r.id}", who is nobody in this town: it will be ignored.`,
        });
    });
  });
  return { errors, warnings };
}
