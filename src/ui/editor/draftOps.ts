/**
 * Edits of a scenario draft on the page (pure): set a field by path, add people and events,
 * keep ids and the references to them in step. The worker checks the result (`checkScenario`).
 */
import { WEEKDAY_NAMES, formatClock, gameTime, stepAt } from '../../sim/clock';
import type { PersonasDraft, ScenarioCheck, ScenarioProblem } from '../../protocol';
import { slug as slugOf } from '../../protocol/text';

export type PersonDraft = PersonasDraft['personas'][number];
export type MemoryDraft = NonNullable<PersonDraft['seedMemories']>[number];
export type EventDraft = NonNullable<MemoryDraft['event']>;
export type StorylineDraft = NonNullable<PersonasDraft['storylines']>[number];
export type PlaceDraft = PersonDraft['home'];
export type Path = (string | number)[];

/** A draft's list, or none when it is missing or not a list (an import's mistake the check names). */
export function listOf<T>(v: T[] | undefined): T[] {
  return Array.isArray(v) ? v : [];
}

/** `obj` with the value at `path` replaced (copies along the path; `undefined` deletes a key). */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...rest] = path;
  const base = obj as unknown;
  const inner =
    base === null || base === undefined ? undefined : (base as Record<string, unknown>)[head];
  const next = rest.length ? setIn(inner, rest, value) : value;
  if (Array.isArray(base) || (base === undefined && typeof head === 'number')) {
    const arr = Array.isArray(base) ? [...(base as unknown[])] : [];
    arr[head as number] = next;
    return arr as T;
  }
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  if (next === undefined) delete out[head];
  else out[head] = next;
  return out as T;
}

/** "Ana María López" → "ana-maria-lopez" (the personas file's id alphabet). */
export function slug(text: string): string {
  return slugOf(text, 'person');
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The draft with a new storyline seeded by `seedAgentId` (at the end, its id unused). */
export function addStoryline(draft: PersonasDraft, seedAgentId: string): PersonasDraft {
  const stories = listOf(draft.storylines);
  const story: StorylineDraft = {
    id: uniqueId(
      'news',
      stories.map((s) => s.id),
    ),
    seedAgentId,
    question: 'Have you heard any news lately?',
    knowsIfMentions: ['news'],
  };
  return setIn(draft, ['storylines'], [...stories, story]);
}

/** An empty scenario: one person to fill in, no storylines. */
export function emptyPersonas(home: PlaceDraft): PersonasDraft {
  return {
    town: { name: 'New town', start: { day: 1, weekday: 'monday', time: '07:00' } },
    personas: [newPerson([], home)],
    storylines: [],
  };
}

/** A new person with sensible hours, living at `home`. */
export function newPerson(existing: PersonDraft[], home: PlaceDraft): PersonDraft {
  const id = uniqueId(
    'new-person',
    existing.map((p) => p.id),
  );
  return {
    id,
    name: 'New person',
    age: 30,
    traits: ['friendly', 'curious', 'patient'],
    learned: '',
    currently: '',
    lifestyle: '',
    wakeHour: 7,
    sleepHour: 23,
    occupation: '',
    home: { ...home },
    hobbies: [],
    relationships: [],
    sprite: existing.length % 24,
    seedMemories: [],
  };
}

/**
 * Renames a person: the id follows the name while it was made from the old one (or is a new
 * person's), and every reference to the id (relationships, event hosts, storylines) follows it.
 */
export function renamePerson(draft: PersonasDraft, index: number, name: string): PersonasDraft {
  const p = draft.personas[index];
  let next = setIn(draft, ['personas', index, 'name'], name);
  const auto = p.id === slug(p.name) || /^new-person(-\d+)?$/.test(p.id);
  if (!auto || !name.trim()) return next;
  const others = draft.personas.filter((_, i) => i !== index).map((x) => x.id);
  const id = uniqueId(slug(name), others);
  if (id !== p.id) next = changeId(next, p.id, id);
  return next;
}

/** Changes a person's id and every reference to it. */
export function changeId(draft: PersonasDraft, from: string, to: string): PersonasDraft {
  const ref = (id: string) => (id === from ? to : id);
  return {
    ...draft,
    personas: draft.personas.map((p) => ({
      ...p,
      id: ref(p.id),
      relationships: listOf(p.relationships).map((r) => ({ ...r, id: ref(r.id) })),
      seedMemories: listOf(p.seedMemories).map((m) =>
        m.event ? { ...m, event: { ...m.event, hostId: ref(m.event.hostId) } } : m,
      ),
    })),
    storylines: listOf(draft.storylines).map((s) => ({ ...s, seedAgentId: ref(s.seedAgentId) })),
  };
}

/** Removes a person, with the relationships to them and the storylines they seed. */
export function removePerson(draft: PersonasDraft, index: number): PersonasDraft {
  const id = draft.personas[index]?.id;
  return {
    ...draft,
    personas: draft.personas
      .filter((_, i) => i !== index)
      .map((p) => ({ ...p, relationships: listOf(p.relationships).filter((r) => r.id !== id) })),
    storylines: listOf(draft.storylines).filter((s) => s.seedAgentId !== id),
  };
}

/** An event where it lives in the file: a seed memory of the person who knows it first. */
export interface EventRef {
  person: number;
  memory: number;
  event: EventDraft;
  text: string;
  /** Index of the storyline that measures it, or -1. */
  storyline: number;
}

/** Every event of the draft, in file order. */
export function eventsOf(draft: PersonasDraft): EventRef[] {
  const out: EventRef[] = [];
  draft.personas.forEach((p, person) =>
    listOf(p.seedMemories).forEach((m, memory) => {
      if (!m.event) return;
      const storyline = listOf(draft.storylines).findIndex(
        (s) => s.eventId === m.event!.id && s.seedAgentId === p.id,
      );
      out.push({ person, memory, event: m.event, text: m.text, storyline });
    }),
  );
  return out;
}

/** "18:00" for 18, "18:30" for 18.5 ("" when not a number). */
export function hourText(hour: number): string {
  return Number.isFinite(hour) ? formatClock(hour * 60) : '';
}

/** "18:30" → 18.5 (NaN when not a time). */
export function hourOf(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  return m ? Number(m[1]) + Number(m[2]) / 60 : Number.NaN;
}

/** The weekday of game day `day` ("Saturday"), given the weekday of day 1 (default Monday). */
export function weekdayOf(day: number, firstWeekday: string | undefined): string {
  if (!Number.isInteger(day) || day < 1) return '';
  const first = (WEEKDAY_NAMES as readonly string[]).indexOf(firstWeekday?.toLowerCase() ?? '');
  return gameTime(stepAt(day, 0), Math.max(0, first)).weekday;
}

function placeText(p: PlaceDraft): string {
  return p.arena ? `the ${p.arena} of ${p.sector}` : p.sector;
}

/** What the person who knows of the event first remembers (the seed memory's text). */
export function eventMemoryText(draft: PersonasDraft, e: EventDraft): string {
  const host = draft.personas.find((p) => p.id === e.hostId);
  const weekday = weekdayOf(e.day, draft.town?.start?.weekday);
  const when = `on ${weekday} (day ${e.day}) from ${hourText(e.startHour)} to ${hourText(e.endHour)}`;
  return `${host?.name ?? 'Someone'} is hosting ${e.what} at ${placeText(e.place)} ${when}, and wants everyone in town to come.`;
}

/**
 * Adds an event hosted by person `host` (its seed memory goes to the host) and a storyline that
 * measures who hears of it and who comes.
 */
export function addEvent(draft: PersonasDraft, host: number, place: PlaceDraft): PersonasDraft {
  const p = draft.personas[host];
  const taken = eventsOf(draft)
    .map((e) => e.event.id)
    .concat(listOf(draft.storylines).map((s) => s.id));
  const id = uniqueId('event', taken);
  const event: EventDraft = {
    id,
    what: 'a gathering',
    hostId: p.id,
    place: { ...place },
    day: 2,
    startHour: 18,
    endHour: 20,
  };
  const memory: MemoryDraft = { text: eventMemoryText(draft, event), importance: 8, event };
  const memories = [...listOf(p.seedMemories), memory];
  const next = setIn(draft, ['personas', host, 'seedMemories'], memories);
  return setIn(next, ['storylines'], [...listOf(draft.storylines), eventStoryline(event, p.id)]);
}

/** A storyline measuring an event: knowers ask about what it is, attendance by its id. */
export function eventStoryline(event: EventDraft, seedAgentId: string): StorylineDraft {
  const words = event.what
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3 && !['about', 'with', 'the'].includes(w));
  return {
    id: event.id,
    seedAgentId,
    question: `Do you know about ${event.what}?`,
    knowsIfMentions: words.length ? [words[words.length - 1]] : [event.id],
    eventId: event.id,
    label: event.what,
  };
}

/**
 * Changes an event's fields. Its storyline follows: a new id, and — while they are still the ones
 * made from the event — its label, question and words for a new "what".
 */
export function updateEvent(draft: PersonasDraft, ref: EventRef, event: EventDraft): PersonasDraft {
  const next = setIn(draft, ['personas', ref.person, 'seedMemories', ref.memory, 'event'], event);
  if (ref.storyline < 0) return next;
  const story = draft.storylines![ref.storyline];
  const made = eventStoryline(ref.event, story.seedAgentId);
  const fresh = eventStoryline(event, story.seedAgentId);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return setIn(next, ['storylines', ref.storyline], {
    ...story,
    eventId: event.id,
    ...(story.id === ref.event.id ? { id: event.id } : {}),
    ...(story.label === made.label ? { label: fresh.label } : {}),
    ...(story.question === made.question ? { question: fresh.question } : {}),
    ...(same(story.knowsIfMentions, made.knowsIfMentions)
      ? { knowsIfMentions: fresh.knowsIfMentions }
      : {}),
  });
}

/** Moves an event's seed memory to another person (who then knows of it first). */
export function moveEvent(draft: PersonasDraft, ref: EventRef, to: number): PersonasDraft {
  if (to === ref.person) return draft;
  const memory = draft.personas[ref.person].seedMemories![ref.memory];
  const from = listOf(draft.personas[ref.person].seedMemories).filter((_, j) => j !== ref.memory);
  let next = setIn(draft, ['personas', ref.person, 'seedMemories'], from);
  next = setIn(
    next,
    ['personas', to, 'seedMemories'],
    [...listOf(next.personas[to].seedMemories), memory],
  );
  if (ref.storyline >= 0)
    next = setIn(next, ['storylines', ref.storyline, 'seedAgentId'], draft.personas[to].id);
  return next;
}

/** Removes an event and the storyline that measures it. */
export function removeEvent(draft: PersonasDraft, ref: EventRef): PersonasDraft {
  const memories = listOf(draft.personas[ref.person].seedMemories).filter(
    (_, j) => j !== ref.memory,
  );
  const next = setIn(draft, ['personas', ref.person, 'seedMemories'], memories);
  return { ...next, storylines: listOf(next.storylines).filter((_, k) => k !== ref.storyline) };
}

/** Problems of a field: those at its path or below it. */
export function problemsAt(problems: ScenarioProblem[], path: Path): ScenarioProblem[] {
  const key = path.join('.');
  return problems.filter((p) => p.path === key || p.path.startsWith(`${key}.`));
}

/** Errors and warnings of a field. */
export function fieldProblems(check: ScenarioCheck | null, path: Path) {
  return {
    errors: check ? problemsAt(check.errors, path) : [],
    warnings: check ? problemsAt(check.warnings, path) : [],
  };
}
