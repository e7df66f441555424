import nlp from 'compromise';
import type { Persona, PlaceRef } from '../../../sim/agent/persona';
import type { MemoryBrief, PersonHome, PlaceOption } from '../../../sim/mind';
import { tokens, unit } from '../text';
import { findPlace, openFor } from './places';

/** Something the agent means to do, from its `currently`, a whisper or an important thought. */
export interface Intention {
  activity: string;
  /** Where it names (null: the mind chooses). */
  place: PlaceRef | null;
  /** The hour it names ("this evening", "at 3 pm"), if any. */
  hour: number | null;
  /** Someone it involves: the plan goes where they are. */
  person: PersonHome | null;
  /** A whisper or decision (acted on today) rather than a standing concern (some days). */
  urgent: boolean;
}

/** States of mind, not things one does ("is worried", "is wondering"). */
const STATIVE = new Set(
  'thinking wondering worrying hoping feeling enjoying missing being having getting stuck nervous knowing noticing hearing deciding'.split(
    ' ',
  ),
);
/** Where a clause stops being the action ("… before she panics", "… rather than cut it"). */
const CLAUSE_END =
  /\s+(?:before|after|rather than|so that|because|but|which|who is|while|without|and|in order)\b.*$/i;
/** Words a cut clause should not end on ("… a small gallery show in"). */
const DANGLING =
  /\s+(?:at|in|on|of|for|to|by|with|the|a|an|or|that|she|he|they|is|are|could|can|would|her|his|their|my)$/i;
/** The doer must be the person (a name or pronoun before the verb), not someone they talk about. */
const SUBJECTS = new Set('he she they i you we and also still now really'.split(' '));
const MAX_WORDS = 9;

/** Conjugations already worked out (a pure function of the word, so a cache is safe). */
const GERUNDS = new Map<string, string>();

/** "tell" → "telling" (compromise), "" when it is not a verb. */
function gerund(verb: string): string {
  let g = GERUNDS.get(verb);
  if (g === undefined) {
    const forms = nlp(verb).verbs().conjugate()[0] as { Gerund?: string } | undefined;
    g = forms?.Gerund ?? '';
    GERUNDS.set(verb, g);
  }
  return g;
}

function tidy(clause: string): string {
  const words = clause
    .replace(CLAUSE_END, '')
    // How long it has gone on is not part of the action ("trying for a month to …").
    .replace(/\s+for (?:a|an|one|two|three|several|many|some) (?:day|week|month|year)s?\b/i, '')
    .trim()
    .split(/\s+/);
  let out = words
    .slice(0, MAX_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '');
  while (DANGLING.test(out)) out = out.replace(DANGLING, '');
  // "starting selling pasties" → "selling pasties".
  return out.replace(/^(?:starting|beginning|keeping|continuing) (?=\w+ing\b)/, '');
}

/**
 * Action clauses in a text, in the -ing form: "is drafting a request …" → "drafting a request …";
 * "has decided to tell him" → "telling him"; "I should visit the library" → "visiting the library".
 * Only what the person does themself: the word before the verb is their name or a pronoun.
 */
export function actionClauses(text: string, selfName = ''): string[] {
  const out: string[] = [];
  const self = selfName.split(' ')[0].toLowerCase();
  const own = (word: string | undefined) =>
    word === undefined || SUBJECTS.has(word.toLowerCase()) || word.toLowerCase() === self;
  const ing =
    /(?:(\w+)\s+)?(?:is|are|am|'s|'m|has been|have been)\s+(?:also\s+)?(\w+ing)\b([^,;.!?]*)/gi;
  for (const m of text.matchAll(ing)) {
    if (STATIVE.has(m[2].toLowerCase()) || !own(m[1])) continue;
    out.push(tidy(`${m[2].toLowerCase()}${m[3]}`));
  }
  const to =
    /(?:(\w+)\s+)?(?:wants?|hopes?|plans?|needs?|has decided|decided|is determined|means?|intends?|is going|am going|have|has) to (\w+)\b([^,;.!?]*)|(?:(\w+)\s+)?(?:should|must|will|'ll) (\w+)\b([^,;.!?]*)/gi;
  for (const m of text.matchAll(to)) {
    const [subject, verb, rest] = m[2] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const g = gerund(verb.toLowerCase());
    if (!g || STATIVE.has(g) || !own(subject)) continue;
    out.push(tidy(`${g}${rest}`));
  }
  // Something to do needs more than the verb ("telling him so" says nothing).
  return [...new Set(out)].filter((c) => tokens(c).length >= 3);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The person a clause names, among those the agent knows. */
export function personIn(text: string, people: PersonHome[]): PersonHome | null {
  return (
    people.find((p) =>
      [p.name, p.name.split(' ')[0]].some((n) => new RegExp(`\\b${escape(n)}\\b`).test(text)),
    ) ?? null
  );
}

function hourMentioned(text: string): number | null {
  const t = text.toLowerCase();
  const m = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/.exec(t);
  if (m) return (Number(m[1]) % 12) + (m[3] === 'pm' ? 12 : 0);
  if (/\bthis morning\b/.test(t)) return 10;
  if (/\b(this afternoon|after lunch)\b/.test(t)) return 15;
  if (/\b(this evening|tonight)\b/.test(t)) return 19;
  return null;
}

/**
 * What the agent means to do: its `currently` (a standing concern, planned on some days), and
 * recent whispers and important thoughts (acted on the same or next day). Reflections, plans and
 * things heard are not intentions.
 */
export function intentionsOf(
  p: Persona,
  memories: MemoryBrief[],
  places: PlaceOption[],
  people: PersonHome[],
): Intention[] {
  const out: Intention[] = [];
  const add = (text: string, urgent: boolean) => {
    for (const activity of actionClauses(text, p.name).slice(0, 1)) {
      out.push({
        activity,
        place: findPlace(activity, places, p),
        hour: hourMentioned(text),
        person: personIn(activity, people),
        urgent,
      });
    }
  };
  for (const m of memories) {
    if (m.event || m.news || m.gist || m.evidence?.length || m.type !== 'thought') continue;
    if (m.ageMinutes > 2 * 24 * 60) continue;
    const whisper = m.keywords?.includes('inner voice') ?? false;
    if (whisper || m.importance >= 7) add(m.description, true);
  }
  add(p.currently, false);
  return out.slice(-3);
}

/** A slot of an hour for an intention: where and when (null when nothing fits today). */
export function placeIntention(
  it: Intention,
  p: Persona,
  opts: {
    day: number;
    weekdayIndex: number;
    from: number;
    bed: number;
    busy: (start: number, end: number) => boolean;
    places: PlaceOption[];
  },
): { start: number; place: PlaceRef } | null {
  const { weekdayIndex: wd, places } = opts;
  // With someone: where they work, while they work (that is where they can be found).
  if (it.person) {
    const w = it.person.workToday;
    if (!w) return null;
    for (let s = Math.max(w.startMinute, opts.from + 15); s + 30 <= w.endMinute; s += 30) {
      if (!opts.busy(s, s + 30) && openFor(places, w.place.sector, wd, s, s + 30))
        return { start: s, place: w.place };
    }
    return null;
  }
  const place = it.place ?? { sector: p.home.sector, arena: p.home.arena ?? 'living room' };
  const first =
    it.hour !== null
      ? it.hour * 60
      : opts.from + 30 + Math.floor(unit(`${p.id}|${opts.day}|${it.activity}`) * 6) * 30;
  for (let s = Math.max(first, opts.from + 15); s + 60 <= opts.bed - 60; s += 30) {
    if (!opts.busy(s, s + 60) && openFor(places, place.sector, wd, s, s + 60))
      return { start: s, place };
  }
  return null;
}
