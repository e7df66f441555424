import type { Persona } from '../../../sim/agent/persona';
import { formatHourSpoken } from '../../../sim/clock';
import type { InterviewPerson, MemoryBrief, QuestionReq } from '../../../sim/mind';
import { firstName, tokens } from '../text';
import { toFirstPerson } from '../voice/firstPerson';

/**
 * Grounded facts an interview answer is built from: the persona said in the first person, the
 * people the agent knows, and the memories about a person or a topic. Facts never depend on the
 * question's wording (only on what it is about), so asking twice gives the same facts.
 */

type Req = QuestionReq<'answerInterview'>;

/** The sentences of a persona text. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A persona text (or one of its sentences) in the persona's own words, ending in a stop. */
export function own(p: Persona, text: string): string {
  const t = toFirstPerson(text, p).trim().replace(/;$/, '.');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** "a gardener", "an owner of…", "the librarian…" (kept when it has a determiner already). */
export function withArticle(phrase: string): string {
  if (/^(a|an|the|my|our)\b/i.test(phrase)) return phrase;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** The job, with the workplace named: "a pharmacist at <workplace>". */
export function jobPhrase(p: Persona): string {
  const occ = withArticle(p.occupation);
  const sector = p.workplace?.sector;
  return sector && !p.occupation.toLowerCase().includes(sector.toLowerCase())
    ? `${occ} at ${sector}`
    : occ;
}

/** "from 8 am to 4 pm" for the working hours (empty without them). */
export function workHoursPhrase(p: Persona): string {
  if (!p.workHours) return '';
  return `from ${formatHourSpoken(p.workHours[0])} to ${formatHourSpoken(p.workHours[1] % 24)}`;
}

/** The relation trimmed to one phrase ("my neighbor at the market; she runs…" → "my neighbor at the market"). */
export function relationPhrase(person: InterviewPerson): string | null {
  const r = person.relationship?.relation.split(/[;,(]/)[0].trim();
  return r ? r : null;
}

/** "my husband <name>", "<name>, my neighbor", "<name> (a regular)" for naming someone in passing. */
export function personPhrase(person: InterviewPerson): string {
  const first = firstName(person.name);
  const rel = relationPhrase(person);
  if (!rel) return person.name;
  if (
    /^my (husband|wife|partner|son|daughter|mother|father|mom|dad|brother|sister|grandfather|grandmother|grandson|granddaughter|uncle|aunt|cousin|niece|nephew|fianc\w*|boyfriend|girlfriend)$/i.test(
      rel,
    )
  )
    return `${rel} ${first}`;
  return `${first}, ${rel}`;
}

/** People who share the agent's home. */
export function housemates(req: Req): InterviewPerson[] {
  return (req.people ?? []).filter((p) => p.sharesHome);
}

/** Memories about a person: what the agent saw of them, talked about with them, heard from them. */
export function memoriesAbout(req: Req, person: { id: string; name: string }): MemoryBrief[] {
  const first = firstName(person.name).toLowerCase();
  return req.memories.filter(
    (m) =>
      m.subjectId === person.id ||
      m.seen?.subjectId === person.id ||
      m.source === person.id ||
      m.description.toLowerCase().includes(first),
  );
}

/** Content words of a text, for matching a question to memories. */
export function contentWords(text: string): Set<string> {
  return new Set(tokens(text));
}

/** Words that say nothing about a question's topic. */
const QUESTION_WORDS = contentWords(
  'know anyone anything heard hear tell think who what about happen happening going go come ' +
    'attend news anybody someone something',
);

/** The topic words of a question (its content words minus question words). */
export function topicWords(question: string): Set<string> {
  return new Set([...contentWords(question)].filter((w) => !QUESTION_WORDS.has(w)));
}

/** How many of a memory's words (with its event or news data) the topic words hit. */
export function topicHits(m: MemoryBrief, topic: Set<string>): number {
  const text = `${m.description} ${m.gist ?? ''} ${m.event?.what ?? ''} ${m.event?.place.sector ?? ''} ${m.news ?? ''}`;
  let n = 0;
  for (const w of contentWords(text)) if ([...topic].some((t) => sameWord(t, w))) n++;
  return n;
}

/** Same word, or one a longer form of the other ("garden" / "gardener", "bake" / "bakery"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // Five letters at least: "part" is not "partner".
  return short.length >= 5 && long.startsWith(short);
}
