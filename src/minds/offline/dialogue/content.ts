import nlp from 'compromise';
import type { EventInfo, Persona } from '../../../sim/agent/persona';
import { formatHourSpoken } from '../../../sim/clock';
import type { MemoryBrief, Share } from '../../../sim/mind';
import { choose, firstName, unit } from '../text';
import { toFirstPerson } from '../voice/firstPerson';
import { whenSaid } from '../voice/timeWords';
import { capital } from './grammar';

/**
 * Grounded content for lines: events and news as data, sightings from `seen`, intentions from
 * `currently` and whispers, hobbies and work from the persona. Everything here is phrased from
 * structure; the only persona prose used is turned into first person by `toFirstPerson`.
 */

export function dayPhrase(e: EventInfo, today: number): string {
  if (e.day === today) return 'today';
  if (e.day === today + 1) return 'tomorrow';
  return `in ${e.day - today} days`;
}

export function eventTime(e: EventInfo, today: number): string {
  return `${dayPhrase(e, today)} from ${formatHourSpoken(e.startHour)} to ${formatHourSpoken(e.endHour)}`;
}

/** " at Pine Café", unless the event's name already says where. */
export function eventPlace(e: EventInfo): string {
  return e.what.includes(e.place.sector) ? '' : ` at ${e.place.sector}`;
}

/** First sentence of a text, without its final stop. */
export function firstSentence(t: string): string {
  return (t.split(/(?<=[.;!?])\s+/)[0] ?? t).replace(/[.;!?]+$/, '');
}

/** The host invites: "I'm hosting X at Y tomorrow from 5 pm to 7 pm. Would you like to come?" */
export function inviteLine(e: EventInfo, day: number, key: string): string {
  const when = eventTime(e, day);
  return choose(
    [
      `I'm hosting ${e.what}${eventPlace(e)} ${when}. Would you like to come?`,
      `You're invited! ${capital(e.what)}${eventPlace(e)}, ${when}. Will you come?`,
      `I'm putting on ${e.what}${eventPlace(e)}, ${when}. I'd love for you to be there. Can you make it?`,
      `Are you free ${dayPhrase(e, day)}? I'm hosting ${e.what}${eventPlace(e)} from ${formatHourSpoken(e.startHour)}. Do come!`,
    ],
    key,
  );
}

/** Passes on a memory's gist with a time word that matches its age, and who it came from. */
export function newsLine(
  speaker: Persona,
  m: MemoryBrief,
  day: number,
  minuteOfDay: number,
  sourceName: string | null,
  key: string,
): string {
  const e = m.event;
  const own = !m.source;
  const gist = own ? firstSentence(toFirstPerson(m.gist!, speaker)) : firstSentence(m.gist!);
  const when = whenSaid(m.ageMinutes, minuteOfDay);
  if (own)
    return choose(
      [
        `I have some news, actually: ${lowerI(gist)}.`,
        `Can I tell you something? ${capital(gist)}.`,
        `Guess what — ${lowerI(gist)}.`,
      ],
      key,
    );
  const who = sourceName ? firstName(sourceName) : 'someone';
  const fromConcerned = !!sourceName && gist.startsWith(who);
  const heard = choose(
    fromConcerned
      ? [
          `Straight from ${who} ${when}: ${gist}.`,
          `Have you heard? ${capital(gist)}. ${who} told me so ${when}.`,
          `I heard it from ${who} ${when}: ${gist}.`,
        ]
      : [
          `${capital(who)} told me ${when} that ${lowerI(gist)}.`,
          `Have you heard? ${capital(gist)}.`,
          `I heard ${when} that ${lowerI(gist)}.`,
          `${capital(who)} mentioned ${when} that ${lowerI(gist)}.`,
          `Something you might want to know: ${lowerI(gist)}.`,
        ],
    key,
  );
  const timed = gist.includes(formatHourSpoken(e?.startHour ?? 0));
  // An event can be told from its data rather than the whole gist (the share still carries it).
  if (e && unit(`${key}|short`) < 0.6) {
    const start = formatHourSpoken(e.startHour);
    const d = dayPhrase(e, day);
    const told = choose(
      [
        `There's ${e.what} ${d}, from ${start}. ${capital(who)} told me ${when}.`,
        `${capital(who)} says there's ${e.what} ${d}${eventPlace(e)}.`,
        `Word is there's ${e.what} ${d} at ${start}.`,
        `${capital(who)} told me about ${e.what}: ${d}, ${start} till ${formatHourSpoken(e.endHour)}.`,
        `I hear there's going to be ${e.what}${eventPlace(e)}, ${d} at ${start}.`,
        `Apparently there's ${e.what} ${d} — ${start} onwards.`,
      ],
      `${key}|ev`,
    );
    return `${told} ${choose(['Are you going?', 'Will you go?', 'Are you thinking of going?', 'Do you think you will go?', 'Are you going to go?'], `${key}|q`)}`;
  }
  if (e)
    return `${heard} ${choose(timed ? [`That's ${dayPhrase(e, day)}.`, `That's ${dayPhrase(e, day)}, you know.`] : [`That's ${dayPhrase(e, day)}.`, `It's ${eventTime(e, day)}.`], `${key}|when`)} ${choose(['Are you going?', 'Will you go?', 'Are you thinking of going?'], `${key}|q`)}`;
  return heard;
}

/** Lower-cases a sentence's first letter for use mid-line, unless it starts a name or "I". */
export function lowerI(s: string): string {
  if (/^(I\b|I'|[A-Z][a-z]+ [A-Z])/.test(s)) return s;
  // A capitalised first word may be a name ("<Name> is …"): only function words are lowered.
  const doc = nlp(s.split(' ')[0]).json() as { terms: { tags: string[] }[] }[];
  const tags = doc[0]?.terms[0]?.tags ?? [];
  const functionWord =
    /^(There|It|This|That|These|Those|Some|Everyone|Someone)$/.test(s.split(' ')[0]) ||
    [
      'Preposition',
      'Determiner',
      'Pronoun',
      'Conjunction',
      'Adverb',
      'Adjective',
      'Verb',
      'Value',
    ].some((t) => tags.includes(t));
  return functionWord ? s[0].toLowerCase() + s.slice(1) : s;
}

/** A sighting of someone, told with a time word that fits its age; null without structured data. */
export function sightingLine(
  m: MemoryBrief,
  minuteOfDay: number,
  key: string,
  exclude: string[] = [],
): string | null {
  const s = m.seen;
  const name = m.keywords?.find((k) => k !== 'inner voice');
  if (!s?.subjectId || !name || exclude.includes(s.subjectId) || !/^\w+ing\b/.test(s.action))
    return null;
  // "(going to …)" notes and sightings of someone with a person present are left out
  const action = s.action.replace(/\s*\(.*?\)/g, '').trim();
  if (exclude.some((n) => action.includes(n))) return null;
  const when = whenSaid(m.ageMinutes, minuteOfDay);
  // the action often says where already ("reading the paper at the café")
  const where = s.sector && !/\b(at|in) /.test(action) ? ` at ${s.sector}` : '';
  const who = firstName(name);
  return choose(
    [
      `I saw ${who} ${action}${where} ${when}.`,
      `${capital(when)} I ran into ${who}${where}; ${pronounless(action)}.`,
      `I passed ${who}${where} ${when}, ${action}.`,
      `${who} was ${action}${where} ${when}.`,
    ],
    key,
  );
}

/** "was busy reading the paper" — a sighting's action as a clause about the one seen. */
function pronounless(action: string): string {
  return `busy ${action}`;
}

/** The speaker's intentions as conversation goals: whispers first (newest), then `currently`. */
export function intentions(
  speaker: Persona,
  memories: MemoryBrief[],
): { text: string; listenerNamed: (n: string) => boolean }[] {
  const whispers = memories
    .filter((m) => m.type === 'thought' && m.keywords?.includes('inner voice'))
    .sort((a, b) => a.ageMinutes - b.ageMinutes)
    .map((m) => ownThought(speaker, m.description));
  const all = [...whispers, firstSentence(toFirstPerson(speaker.currently, speaker))];
  return all.map((text) => ({ text, listenerNamed: (n: string) => text.includes(firstName(n)) }));
}

/** A whisper in the speaker's own words: "You want to…" → "I want to…", third person → first. */
export function ownThought(speaker: Persona, text: string): string {
  const t = firstSentence(text.trim());
  if (/^you\b/i.test(t))
    return t
      .replace(/^you're\b/i, "I'm")
      .replace(/^you\b/i, 'I')
      .replace(/\byour\b/g, 'my')
      .replace(/\byourself\b/g, 'myself');
  return toFirstPerson(t, speaker);
}

/** The speaker's next hobby of the day (after now), in first person, or null. */
export function nextHobby(
  speaker: Persona,
  minuteOfDay: number,
): { activity: string; sector: string } | null {
  const later = speaker.hobbies.filter((h) => h.hour !== undefined && h.hour * 60 > minuteOfDay);
  const h = later.sort((a, b) => a.hour! - b.hour!)[0];
  return h ? { activity: toFirstPerson(h.activity, speaker), sector: h.place.sector } : null;
}

/** A hobby to propose doing together (one not already done with someone named). */
export function sharedActivity(
  speaker: Persona,
  key: string,
): { activity: string; sector: string } | null {
  const solo = speaker.hobbies.filter((h) => !/\bwith\b/.test(h.activity));
  const pool = solo.length ? solo : speaker.hobbies;
  if (!pool.length) return null;
  const h = choose(pool, key);
  return {
    activity: toFirstPerson(h.activity, speaker).replace(/\bmy\b/g, 'the'),
    sector: h.place.sector,
  };
}

/** The events the speaker knows of that have not ended, with whether it will go. */
export function liveEvents(memories: MemoryBrief[], live: (e: EventInfo) => boolean): EventInfo[] {
  const seen = new Set<string>();
  const out: EventInfo[] = [];
  for (const m of memories)
    if (m.event && live(m.event) && !seen.has(m.event.id)) {
      seen.add(m.event.id);
      out.push(m.event);
    }
  return out;
}

/** The event a line is about: the first share that carries one. */
export function sharedEvent(shares: Share[] | undefined): EventInfo | null {
  return shares?.find((s) => s.event)?.event ?? null;
}

/** A hashed yes/no with probability p. */
export function chance(p: number, key: string): boolean {
  return unit(key) < p;
}
