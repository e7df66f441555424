import { formatHourSpoken } from '../../../sim/clock';
import type { MemoryBrief, QuestionReq, ScheduleBlock } from '../../../sim/mind';
import { capitalise, firstName } from '../text';
import type { Voice } from './voice';
import { toFirstPerson } from '../voice/firstPerson';
import { own, withArticle } from './facts';

type Req = QuestionReq<'answerInterview'>;

/** What the composers hand back: sentences and the memories they used. */
export interface Composed {
  sentences: string[];
  used: string[];
}

/** Everything a composer needs. */
export interface Ctx {
  req: Req;
  voice: Voice;
  /** Hash key for wording choices (the question's wording may change it; facts never). */
  key: string;
}

/** When a memory was made, in words that match its age ("this morning", "yesterday evening"). */
export function whenPhrase(ageMinutes: number, minuteOfDay: number): string {
  if (ageMinutes < 45) return 'a little while ago';
  const created = minuteOfDay - ageMinutes;
  const part = (m: number) => (m < 12 * 60 ? 'morning' : m < 17 * 60 ? 'afternoon' : 'evening');
  if (created >= 0) return `this ${part(created)}`;
  if (created >= -1440) return `yesterday ${part(created + 1440)}`;
  return created >= -3 * 1440 ? 'a couple of days ago' : 'a while back';
}

/** A memory told as the agent would say it. */
export function memorySentence(ctx: Ctx, m: MemoryBrief, people: Map<string, string>): string {
  const p = ctx.req.agent;
  if (m.seen?.subjectId) {
    const who = people.get(m.seen.subjectId);
    const name = who ? firstName(who) : null;
    if (name) {
      const where = m.seen.sector ? ` at ${m.seen.sector}` : '';
      return `I saw ${name} ${whenPhrase(m.ageMinutes, ctx.req.minuteOfDay)}${where}, ${m.seen.action}.`;
    }
  }
  const d = m.description.trim().replace(/\s*\.$/, '');
  // Seeded memories are written about the agent in the third person.
  const text = m.source || /^(I|I'm|My)\b/.test(d) ? d : own(p, d).replace(/\.$/, '');
  return `${capitalise(text)}.`;
}

/** "3 pm" */
export function atTime(minute: number): string {
  return formatHourSpoken(minute / 60);
}

/** A planned time as people say it: "5 pm", "around 5:15 pm" (plans are not to the minute). */
export function roughTime(minute: number): string {
  const q = Math.round(minute / 15) * 15;
  return q === minute ? atTime(minute) : `around ${atTime(q)}`;
}

/** "at 5 pm" or "around 5:15 pm". */
export function whenAt(minute: number): string {
  const r = roughTime(minute);
  return r.startsWith('around') ? r : `at ${r}`;
}

/** Where a block happens, in words: "in the kitchen at home", "at the park in Green Park". */
export function blockPlace(req: Req, b: ScheduleBlock): string {
  const place = b.place;
  if (!place) return '';
  const lower = b.activity.toLowerCase();
  if (place.sector === req.agent.home.sector) {
    const room = place.arena ? `in the ${place.arena.replace(/\s*\d+$/, '')}` : '';
    if (/\bhome\b/.test(lower)) return room ? `, ${room}` : '';
    return room ? ` at home, ${room}` : ' at home';
  }
  if (lower.includes(place.sector.toLowerCase())) return '';
  const arena = place.arena && !lower.includes(place.arena.toLowerCase()) ? place.arena : null;
  return arena && arena.toLowerCase() !== place.sector.toLowerCase()
    ? ` at ${place.sector}, in the ${arena}`
    : ` at ${place.sector}`;
}

/** A block as a verb phrase: "working as a gardener at Elm Square". */
export function blockPhrase(req: Req, b: ScheduleBlock): string {
  // Pastimes come from persona text ("cooking with herbs from her windowsill pots").
  const activity = asGerund(toFirstPerson(b.activity, req.agent)).replace(
    /^working as (.+)$/,
    (_, occ: string) => `working as ${withArticle(occ)}`,
  );
  return `${activity}${blockPlace(req, b)}`;
}

/** Names of the people in the request, by id. */
export function peopleNames(req: Req): Map<string, string> {
  return new Map((req.people ?? []).map((p) => [p.id, p.name]));
}

/**
 * A pastime as a gerund phrase, so it fits "I'll be …" / "I was …": persona pastimes may be noun
 * phrases ("a walk on the green", "black tea at the kiosk", "cards with Oskar").
 */
export function asGerund(activity: string): string {
  const first = activity.split(/\s+/)[0].toLowerCase();
  if (first.endsWith('ing')) return activity;
  const np = activity.replace(/^(An?|The)\b/, (d) => d.toLowerCase());
  if (/\b(walk|stroll|run|swim|jog|ride|hike|kick-about|pint|drink)\b/i.test(activity))
    return `going for ${np}`;
  if (/^(cards|darts|chess|dominoes|quiz|pool|bingo|board games?)\b/i.test(activity))
    return `playing ${np}`;
  return `having ${np}`;
}
