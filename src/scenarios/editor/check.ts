import {
  PersonaSchema,
  PersonasFileSchema,
  StorylineSchema,
  type Persona,
  type Storyline,
} from '../../sim/agent/persona';
import type { z } from 'zod';
import { checkTown } from '../../sim/world/townCheck';
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

/** Where a `checkTown` line belongs: the first field whose wording it starts with. */
interface Rule {
  starts: string;
  path: string;
}

/**
 * The field each of `checkTown`'s lines is about, from the wording it builds out of the same data
 * (names, ids, event ids, activities, sectors); most specific first.
 */
function rules(personas: Persona[], storylines: Storyline[]): Rule[] {
  const out: Rule[] = [];
  personas.forEach((p, i) => {
    const at = `personas.${i}`;
    out.push({ starts: `${p.name} (${p.id}): home `, path: `${at}.home` });
    p.seedMemories.forEach((m, j) => {
      const e = m.event;
      if (!e) return;
      const where = `${p.name}'s event "${e.id}"`;
      const ev = `${at}.seedMemories.${j}.event`;
      out.push({ starts: `${where} ends (`, path: `${ev}.endHour` });
      out.push({ starts: `${where}: host `, path: `${ev}.hostId` });
      out.push({ starts: `${where}: place `, path: `${ev}.place` });
    });
    p.hobbies.forEach((h, j) =>
      out.push({
        starts: `${p.name}'s pastime "${h.activity}": `,
        path: `${at}.hobbies.${j}.place`,
      }),
    );
    out.push({ starts: `${p.name}'s workplace "`, path: `${at}.workplace` });
    out.push({ starts: `${p.name}'s home "`, path: `${at}.home` });
    out.push({
      starts: `${p.name} cannot walk from home to the workplace `,
      path: `${at}.workplace`,
    });
    p.hobbies.forEach((h, j) =>
      out.push({
        starts: `${p.name} cannot walk from home to the pastime place "${h.place.sector}"`,
        path: `${at}.hobbies.${j}.place`,
      }),
    );
  });
  storylines.forEach((s, k) => {
    const at = `storylines.${k}`;
    out.push({ starts: `Storyline "${s.id}": seedAgentId `, path: `${at}.seedAgentId` });
    out.push({ starts: `Storyline "${s.id}": `, path: `${at}.eventId` });
  });
  out.push({ starts: 'The map ', path: 'map' });
  out.push({ starts: 'The "regions" layer', path: 'map' });
  out.push({ starts: 'Sector "', path: 'map' });
  return out;
}

function place(lines: string[], table: Rule[]): DraftProblem[] {
  return lines.map((message) => ({
    path: table.find((r) => message.startsWith(r.starts))?.path ?? '',
    message,
  }));
}

/**
 * Every problem of a draft on a map, each with the path of the field it is about: the personas
 * file schema (all its issues, not only the first), duplicate ids, and `checkTown` — the checks a
 * new town runs before it starts (`scenarioFromFiles`, `checkTown`). People and storylines the
 * schema refuses are left out of the town check, so one half-typed person does not hide the
 * rest's problems. Warnings also name relationships to nobody in the town (they would be dropped).
 */
export function checkDraft(map: unknown, draft: PersonasDraft): DraftCheck {
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
    // Kept at its index (a placeholder when invalid), so the town check's paths line up.
    if (one.success) personas[i] = one.data;
  });
  const stories: Storyline[] = [];
  (file.storylines ?? []).forEach((raw, k) => {
    const one = StorylineSchema.safeParse(raw);
    if (one.success) stories[k] = one.data;
  });
  const valid = personas.filter(Boolean);
  const validStories = stories.filter(Boolean);

  let town;
  try {
    town = checkTown(map, valid, validStories);
  } catch (err) {
    errors.push({ path: 'map', message: (err as Error).message });
    return { errors, warnings };
  }
  // Paths by index in the whole draft, not in the valid subset.
  const table = rules(valid, validStories).map((r) => ({
    ...r,
    path: r.path
      .replace(
        /^personas\.(\d+)/,
        (_, i: string) => `personas.${personas.indexOf(valid[Number(i)])}`,
      )
      .replace(
        /^storylines\.(\d+)/,
        (_, k: string) => `storylines.${stories.indexOf(validStories[Number(k)])}`,
      ),
  }));
  const everyone = new Set(file.personas.map((p) => (p as { id?: unknown }).id));
  for (const e of place(town.errors, table)) {
    // A host or seed person the schema refused is still someone (their own errors show).
    const nobody = /"([^"]+)" is nobody in the personas file\.$/.exec(e.message)?.[1];
    if (nobody && everyone.has(nobody)) continue;
    errors.push(e);
  }
  warnings.push(...place(town.warnings, table));
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
