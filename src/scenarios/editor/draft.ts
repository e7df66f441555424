import type { z } from 'zod';
import type { PersonasFileSchema } from '../../sim/agent/persona';

/** A personas file as the editor holds it (the file's own shape, maybe not yet valid). */
export type PersonasDraft = z.input<typeof PersonasFileSchema>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Json = Record<string, unknown>;

/** `v` changed by `f` when it is an object; anything else unchanged (the schema names it). */
function ifRecord(v: unknown, f: (r: Json) => unknown): unknown {
  return isRecord(v) ? f(v) : v;
}

/** `v` with `f` applied to each entry when it is a list; anything else unchanged. */
function ifList(v: unknown, f: (entry: unknown) => unknown): unknown {
  return Array.isArray(v) ? v.map(f) : v;
}

/** An optional text field: gone when empty or blank. */
function optionalText(obj: Json, key: string): void {
  const v = obj[key];
  if (typeof v === 'string' && !v.trim()) delete obj[key];
}

/** A place with empty arena/object left out (the picker's "whole sector"). */
function place(ref: unknown): unknown {
  return ifRecord(ref, (r) => {
    const out = { ...r };
    optionalText(out, 'arena');
    optionalText(out, 'object');
    return out;
  });
}

/** An optional place: gone when its sector is empty or blank. */
function optionalPlace(ref: unknown): unknown {
  if (isRecord(ref) && typeof ref.sector === 'string' && !ref.sector.trim()) return undefined;
  return place(ref);
}

/** Sets `key` to `v`, or deletes it when `v` is undefined. */
function setOrDelete(obj: Json, key: string, v: unknown): void {
  if (v === undefined) delete obj[key];
  else obj[key] = v;
}

function personFile(p: Json): Json {
  const person: Json = { ...p };
  if ('home' in p) person.home = place(p.home);
  if ('workplace' in p) setOrDelete(person, 'workplace', optionalPlace(p.workplace));
  person.hobbies = ifList(p.hobbies ?? [], (h) =>
    ifRecord(h, (r) => ('place' in r ? { ...r, place: place(r.place) } : { ...r })),
  );
  person.seedMemories = ifList(p.seedMemories ?? [], (m) =>
    ifRecord(m, (r) => {
      const memory = { ...r };
      optionalText(memory, 'news');
      if ('event' in r)
        memory.event = ifRecord(r.event, (e) =>
          'place' in e ? { ...e, place: place(e.place) } : { ...e },
        );
      return memory;
    }),
  );
  return person;
}

/**
 * The personas file a draft stands for, exactly as it is exported and as a new town is started
 * from it: the editor's empty optional fields (no workplace, no arena, no label, no start time)
 * are left out, everything else is kept as typed, in the same order — so a problem's path in the
 * file is its path in the draft. Values of the wrong shape (an imported file's mistakes) are
 * passed through unchanged, for the schema to name.
 */
export function fileFromDraft(draft: PersonasDraft): PersonasDraft {
  const copy: unknown = structuredClone(draft);
  if (!isRecord(copy)) return copy as PersonasDraft;
  const out: Json = {};
  if (isRecord(copy.town)) {
    const town = { ...copy.town };
    optionalText(town, 'name');
    if (isRecord(town.start)) {
      const start = { ...town.start };
      optionalText(start, 'weekday');
      optionalText(start, 'time');
      setOrDelete(town, 'start', Object.keys(start).length ? start : undefined);
    }
    if (Object.keys(town).length) out.town = town;
  } else if (copy.town !== undefined) out.town = copy.town;
  out.personas = ifList(copy.personas, (p) => ifRecord(p, personFile));
  out.storylines = ifList(copy.storylines ?? [], (s) =>
    ifRecord(s, (r) => {
      const story = { ...r };
      optionalText(story, 'label');
      optionalText(story, 'eventId');
      return story;
    }),
  );
  return out as PersonasDraft;
}

/**
 * A personas file read for editing (an import or a bundled town): its missing lists filled in so
 * every field can be edited, nothing else changed (a value of the wrong shape is kept, for the
 * checks to name). Throws only when it is not a personas file at all.
 */
export function draftFromFile(json: unknown): PersonasDraft {
  if (!isRecord(json) || !Array.isArray(json.personas))
    throw new Error('Not a personas file: expected an object with a "personas" list.');
  const draft = structuredClone(json) as Json & { personas: unknown[] };
  draft.personas = draft.personas.map((p) => {
    if (!isRecord(p))
      throw new Error('Not a personas file: every entry of "personas" must be an object.');
    return {
      ...p,
      home: p.home ?? { sector: '' },
      traits: p.traits ?? [],
      hobbies: p.hobbies ?? [],
      relationships: p.relationships ?? [],
      seedMemories: p.seedMemories ?? [],
    };
  });
  draft.storylines = draft.storylines ?? [];
  return draft as PersonasDraft;
}

/** Whether parsed JSON looks like a Tiled map (rather than a personas file). */
export function looksLikeTiledMap(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json.layers) && 'tilewidth' in json;
}
