import type { z } from 'zod';
import type { PersonasFileSchema } from '../../sim/agent/persona';

/** A personas file as the editor holds it (the file's own shape, maybe not yet valid). */
export type PersonasDraft = z.input<typeof PersonasFileSchema>;
type PersonaDraft = PersonasDraft['personas'][number];
type PlaceDraft = PersonaDraft['home'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An optional text field: trimmed, and gone when empty. */
function optionalText<T extends object, K extends keyof T>(obj: T, key: K): void {
  const v = obj[key];
  if (typeof v === 'string' && !v.trim()) delete obj[key];
}

/** A place with empty arena/object left out (the picker's "whole sector"). */
function place(ref: PlaceDraft): PlaceDraft {
  const out = { ...ref };
  optionalText(out, 'arena');
  optionalText(out, 'object');
  return out;
}

/** An optional place: gone when no sector is picked. */
function optionalPlace(ref: PlaceDraft | undefined): PlaceDraft | undefined {
  return ref && ref.sector.trim() ? place(ref) : undefined;
}

/**
 * The personas file a draft stands for, exactly as it is exported and as a new town is started
 * from it: the editor's empty optional fields (no workplace, no arena, no label, no start time)
 * are left out, everything else is kept as typed, in the same order — so a problem's path in the
 * file is its path in the draft.
 */
export function fileFromDraft(draft: PersonasDraft): PersonasDraft {
  const copy = structuredClone(draft);
  const out: PersonasDraft = { personas: [], storylines: [] };
  if (copy.town) {
    const town = { ...copy.town };
    optionalText(town, 'name');
    if (town.start) {
      const start = { ...town.start };
      optionalText(start, 'weekday');
      optionalText(start, 'time');
      if (Object.keys(start).length) town.start = start;
      else delete town.start;
    }
    if (Object.keys(town).length) out.town = town;
  }
  out.personas = copy.personas.map((p) => {
    const person: PersonaDraft = { ...p, home: place(p.home) };
    const work = optionalPlace(p.workplace);
    if (work) person.workplace = work;
    else delete person.workplace;
    person.hobbies = (p.hobbies ?? []).map((h) => ({ ...h, place: place(h.place) }));
    person.seedMemories = (p.seedMemories ?? []).map((m) => {
      const memory = { ...m };
      optionalText(memory, 'news');
      if (memory.event) memory.event = { ...memory.event, place: place(memory.event.place) };
      return memory;
    });
    return person;
  });
  out.storylines = (copy.storylines ?? []).map((s) => {
    const story = { ...s };
    optionalText(story, 'label');
    optionalText(story, 'eventId');
    return story;
  });
  return out;
}

/**
 * A personas file read for editing (an import or a bundled town): its lists filled in so every
 * field can be edited, nothing else changed. Not checked here (the checks show what is wrong);
 * throws only when it is not a personas file at all.
 */
export function draftFromFile(json: unknown): PersonasDraft {
  if (!isRecord(json) || !Array.isArray(json.personas))
    throw new Error('Not a personas file: expected an object with a "personas" list.');
  const draft = structuredClone(json) as PersonasDraft;
  draft.personas = draft.personas.map((p) => {
    if (!isRecord(p))
      throw new Error('Not a personas file: every entry of "personas" must be an object.');
    return {
      ...p,
      home: isRecord(p.home) ? p.home : { sector: '' },
      traits: Array.isArray(p.traits) ? p.traits : [],
      hobbies: p.hobbies ?? [],
      relationships: p.relationships ?? [],
      seedMemories: p.seedMemories ?? [],
    };
  });
  draft.storylines = draft.storylines ?? [];
  return draft;
}

/** Whether parsed JSON looks like a Tiled map (rather than a personas file). */
export function looksLikeTiledMap(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json.layers) && 'tilewidth' in json;
}
