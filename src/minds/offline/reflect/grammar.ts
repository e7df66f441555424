import type { Persona } from '../../../sim/agent/persona';
import type { MemoryBrief, PersonBrief } from '../../../sim/mind';
import { choose, firstName } from '../text';

/** What a writer gets: who reflects, the focus's memories, everyone they may name, a hash key. */
export interface Ctx {
  agent: Persona;
  ms: MemoryBrief[];
  people: PersonBrief[];
  key: string;
  /** The run's seed (0 when the request has none). */
  seed: number;
}

/** A written insight: text, the memories it rests on, and the person it is about (if any). */
export interface Draft {
  text: string;
  evidence: MemoryBrief[];
  subjectId?: string;
}

export const nameOf = (c: Ctx, id: string) => c.people.find((p) => p.id === id)?.name;
export const strip = (s: string) => s.trim().replace(/[.!?]+$/, '');

export function mostCommon(items: string[]): [string, number] | null {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best;
}

/** "an engineer", "a baker"; phrases that already have a determiner stay as they are. */
export function article(occupation: string): string {
  if (/^(a|an|the|my)\b/i.test(occupation)) return occupation;
  return `${/^[aeiou]/i.test(occupation) ? 'an' : 'a'} ${occupation}`;
}

/** An action as an -ing phrase ("morning coffee" → "busy with morning coffee"). */
export function ingPhrase(action: string): string {
  const w = action.split(' ')[0].toLowerCase();
  return w.endsWith('ing') && !ING_NOUNS.has(w) ? action : `busy with ${action}`;
}

/** Words ending in -ing that are not verbs ("morning coffee" is not something one is "morning"). */
const ING_NOUNS = new Set([
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'building',
  'wedding',
  'meeting',
  'ceiling',
  'spring',
  'thing',
  'king',
  'ring',
  'string',
  'clothing',
  'lightning',
]);

const TIMES = ['once', 'twice', 'three times', 'four times', 'five times'];
export const times = (n: number) => TIMES[n - 1] ?? 'many times';

/** A coarse time word for a memory's age. */
export function when(ageMinutes: number): string {
  if (ageMinutes < 120) return 'a little while ago';
  if (ageMinutes < 24 * 60) return 'earlier';
  if (ageMinutes < 48 * 60) return 'yesterday';
  return 'a few days ago';
}

/**
 * What someone is usually seen doing (and where), from sightings: "restocking the shelf at
 * Dock Hardware". Sights of them with someone ("chatting with …") are left out.
 */
export function habitOf(
  c: Ctx,
  id: string,
  sights: MemoryBrief[],
  withPlace = true,
): string | null {
  // Actions with someone ("chatting with …") say more about the other person than about them.
  const names = [c.agent.name, ...c.people.map((p) => p.name)];
  const own = sights.filter(
    (m) => m.seen?.subjectId === id && !names.some((n) => m.seen!.action.includes(n)),
  );
  // Asides in brackets ("(going to …)") are the plan behind an action, not what one sees.
  const plain = (m: MemoryBrief) => m.seen!.action.replace(/\s*\([^)]*\)?/g, '').trim();
  const top = mostCommon(own.map(plain).filter(Boolean));
  if (!top) return null;
  const where = mostCommon(own.filter((m) => plain(m) === top[0]).map((m) => m.seen!.sector ?? ''));
  const at = withPlace && where?.[0] && !top[0].includes(where[0]) ? ` at ${where[0]}` : '';
  return `${ingPhrase(top[0])}${at}`;
}

/** The people most often seen or talked with among memories, by id. */
export function regularIds(c: Ctx, ms: MemoryBrief[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of ms) {
    const id = m.seen?.subjectId ?? m.subjectId;
    if (id && id !== c.agent.id && nameOf(c, id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([id]) => id);
}

export const first = (c: Ctx, id: string) => firstName(nameOf(c, id) ?? 'someone');

/**
 * Picks an opening and a tail: a grounded tail (one with content: what someone does, what was
 * said) when there is one, else a generic one. Many combinations per act, and the content keeps
 * two people's thoughts from reading alike.
 */
export function compose(
  heads: string[],
  tails: (string | null)[],
  key: string,
  generic: string[] = [''],
): string {
  const head = choose(heads, `${key}|h`);
  const grounded = tails.filter((t): t is string => t !== null);
  const tail = choose(grounded.length ? grounded : generic, `${key}|t`);
  return `${head}${tail}.`;
}

/** Objects seen in use at a place ("the fountain"), most frequent first. */
export function objectsAt(ms: MemoryBrief[], sector: string): string[] {
  const counts = new Map<string, number>();
  for (const m of ms)
    if (m.seen?.sector === sector && m.seen.object)
      counts.set(m.seen.object, (counts.get(m.seen.object) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
}
