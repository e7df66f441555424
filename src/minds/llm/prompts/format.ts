import type { EventInfo, Persona } from '../../../sim/agent/persona';
import { formatClock } from '../../../sim/clock';
import type { JointPlan, MemoryBrief, PlaceOption, RelationshipBrief } from '../../../sim/mind';
import type { ChatKind } from './spec';

/**
 * Shared prompt building blocks. Prompts are laid out as labelled `## Section` blocks: easy for a
 * model to read, and easy for the test server (scripts/llmServer) to parse with the same constants.
 * Nothing here adds timestamps or random ids, so equal situations give byte-equal prompts (cache
 * hits, and prefix caching on servers that support it).
 */

/** First line of every system prompt; names the question so logs and the test server can tell. */
export const QUESTION_MARKER = 'question: ';

/** Section titles (the test server parses prompts by these). */
export const SECTION = {
  rate: 'Memories to rate',
  today: 'Today',
  now: 'Now',
  dayPlan: 'Day plan',
  events: 'Events you know of',
  memories: 'Memories',
  places: 'Places',
  block: 'Block',
  objects: 'Objects here',
  activity: 'Activity',
  here: 'You are in',
  partner: 'The other person',
  relationship: 'Your relationship',
  alreadyShared: 'Already told them',
  conversation: 'Conversation so far',
  question: 'Question',
  plan: 'Your plan for today',
  task: 'Task',
  focal: 'Focal questions',
  people: 'People',
  joint: 'Agreed with others',
  role: 'Your role here',
} as const;

/** " It is a working day for you." / " It is a day off work for you." / "" (not stated). */
export function dayKind(workday: boolean | undefined, hasWork: boolean): string {
  if (workday === undefined) return '';
  return workday
    ? ' It is a working day for you.'
    : hasWork
      ? ' It is a day off work for you.'
      : '';
}

/** One agreed joint activity: `- 17:00–18:00 playing chess with <first name>, at <sector> (<arena>) (with <full name>)`. */
export function jointLine(j: JointPlan): string {
  return `- ${clock(j.startMinute)}–${clock(j.startMinute + j.durationMin)} ${j.activity}, at ${placeText(j.place.sector, j.place.arena)} (with ${j.partnerName})`;
}

export const NO_ITEMS = '(none)';

export function section(title: string, body: string | string[]): string {
  const text = Array.isArray(body) ? (body.length ? body.join('\n') : NO_ITEMS) : body;
  return `## ${title}\n${text}`;
}

export const clock = formatClock;

/** Who the agent is, in the second person. Static per agent, so it sits early in the prompt. */
export function personaText(p: Persona): string {
  const lines = [
    `You are ${p.name}, ${p.age}, ${p.occupation}.`,
    `Traits: ${p.traits.join(', ')}.`,
    `Background: ${p.learned}`,
    `On your mind lately: ${p.currently}`,
    `Lifestyle: ${p.lifestyle}`,
    `You usually wake at ${clock(p.wakeHour * 60)} and go to bed at ${clock(p.sleepHour * 60)}.`,
    `Home: ${placeText(p.home.sector, p.home.arena)}`,
  ];
  if (p.workplace) {
    const hours = p.workHours
      ? `, ${clock(p.workHours[0] * 60)}–${clock(p.workHours[1] * 60)}`
      : '';
    lines.push(`Work: ${placeText(p.workplace.sector, p.workplace.arena)}${hours}`);
  }
  if (p.hobbies.length)
    lines.push(
      `Pastimes: ${p.hobbies.map((h) => `${h.activity} at ${h.place.sector}${h.place.arena ? `, ${h.place.arena}` : ''}`).join('; ')}`,
    );
  return lines.join('\n');
}

/** "Ash House (bedroom 1)" */
export function placeText(sector: string, arena?: string): string {
  return arena ? `${sector} (${arena})` : sector;
}

/**
 * The system message: question marker, the job, the persona, and the reply shape. The reply shape
 * is always spelled out because JSON mode (json_object) gets no schema from the request.
 */
export function systemMessage(kind: ChatKind, job: string, persona: Persona | null, shape: string) {
  const parts = [`${QUESTION_MARKER}${kind}`, job];
  if (persona) parts.push(personaText(persona));
  parts.push(
    `Reply with one JSON object and nothing else, shaped like this:\n${shape}`,
    'Stay in character and ground what you write in the information given; do not invent people or places.',
  );
  return { role: 'system' as const, content: parts.join('\n\n') };
}

export function userMessage(sections: string[]) {
  return { role: 'user' as const, content: sections.join('\n\n') };
}

/** Coarse age ("about 3 hours ago"): stable across steps, so prompts repeat and cache. */
export function ageText(minutes: number): string {
  if (minutes < 15) return 'just now';
  if (minutes < 60) return 'within the hour';
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    return h === 1 ? 'about an hour ago' : `about ${h} hours ago`;
  }
  const d = Math.floor(minutes / (24 * 60));
  return d === 1 ? 'yesterday' : `${d} days ago`;
}

const TYPE_LABEL: Record<MemoryBrief['type'], string> = {
  event: 'observed',
  chat: 'conversation',
  thought: 'thought',
  plan: 'plan',
};

/**
 * One memory per line, with its id in brackets so replies can cite it:
 * `- [m12] (about 2 hours ago; thought; importance 6) …`. With `news`, memories that carry
 * retellable news say so, which is what makes gossip spread.
 */
export function memoryLines(memories: MemoryBrief[], opts: { news?: boolean } = {}): string[] {
  return memories.map((m) => {
    const meta = `${ageText(m.ageMinutes)}; ${TYPE_LABEL[m.type]}; importance ${m.importance}`;
    const news = opts.news && m.gist ? ` [news you could pass on: "${m.gist}"]` : '';
    return `- [${m.id}] (${meta}) ${m.description}${news}`;
  });
}

const DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "eatery; open 06:00–20:00 Mon, Tue, …" — what a place is for and when it is open. */
export function placeMeta(s: PlaceOption): string {
  const parts: string[] = [];
  if (s.kind) parts.push(s.kind);
  if (s.hours)
    parts.push(
      `open ${clock(s.hours.open)}–${clock(s.hours.close)} ${s.hours.days.length === 7 ? 'daily' : s.hours.days.map((d) => DAY_ABBR[d]).join(', ')}`,
    );
  return parts.join('; ');
}

/**
 * `- Sector (kind; open 08:00–18:00 Mon, Tue): arena; arena` (with objects: `arena [obj, obj]`).
 * The bracket is left out when the map says neither.
 */
export function placeLines(places: PlaceOption[], withObjects: boolean): string[] {
  return places.map(
    (s) =>
      `- ${s.sector}${placeMeta(s) ? ` (${placeMeta(s)})` : ''}: ${s.arenas
        .map((a) =>
          withObjects && a.objects.length ? `${a.arena} [${a.objects.join(', ')}]` : a.arena,
        )
        .join('; ')}`,
  );
}

export function eventLine(e: EventInfo, selfId: string): string {
  const host = e.hostId === selfId ? ' (you are hosting it)' : '';
  return `- ${e.what}${host}: day ${e.day}, ${clock(e.startHour * 60)}–${clock(e.endHour * 60)} at ${placeText(e.place.sector, e.place.arena)}`;
}

export function relationshipText(rel: RelationshipBrief | null, name: string): string {
  if (!rel) return `You have not really met ${name} before.`;
  const feeling =
    rel.closeness >= 0.6
      ? 'close'
      : rel.closeness >= 0.2
        ? 'friendly'
        : rel.closeness > -0.2
          ? 'neutral'
          : 'strained';
  const times = rel.timesTalked === 1 ? 'once' : `${rel.timesTalked} times`;
  const summary = rel.summary && rel.summary !== rel.relation ? ` ${rel.summary}` : '';
  return `How you know ${name}: ${rel.relation}. You feel ${feeling} towards them (closeness ${rel.closeness.toFixed(2)} on -1..1) and have talked ${times}.${summary}`;
}

/** "Day 2 (Tuesday), 14:30" */
export function dayTime(day: number, minuteOfDay: number, weekday?: string): string {
  return `Day ${day}${weekday ? ` (${weekday})` : ''}, ${clock(minuteOfDay)}`;
}

export { firstName } from '../../../sim/text';
