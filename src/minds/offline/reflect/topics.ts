import type { Persona } from '../../../sim/agent/persona';
import type { MemoryBrief, PersonBrief } from '../../../sim/mind';
import { wordWeight } from '../importance';

/**
 * What a reflection can be about, read from the memories' structure: a person (who they keep
 * seeing, talking with, hearing from), an event or a piece of news, work, goals and intentions,
 * feelings, or a place where things keep happening. A focus is written as a tag the simulation
 * passes back unchanged with the question ("person:ada", "event:fair", "work" …).
 */
export type Focus =
  | { kind: 'person'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'news'; id: string }
  | { kind: 'work' }
  | { kind: 'goals' }
  | { kind: 'feelings' }
  | { kind: 'place'; id: string };

export function focusTag(f: Focus): string {
  return 'id' in f ? `${f.kind}:${f.id}` : f.kind;
}

export function parseFocus(tag: string | undefined): Focus | null {
  if (!tag) return null;
  const i = tag.indexOf(':');
  const kind = i < 0 ? tag : tag.slice(0, i);
  const id = i < 0 ? '' : tag.slice(i + 1);
  switch (kind) {
    case 'person':
    case 'event':
    case 'news':
    case 'place':
      return id ? { kind, id } : null;
    case 'work':
    case 'goals':
    case 'feelings':
      return { kind };
    default:
      return null;
  }
}

/** A whisper: a thought tagged as the inner voice. */
export const isWhisper = (m: MemoryBrief) =>
  m.type === 'thought' && (m.keywords?.includes('inner voice') ?? false);

/** A reflection written earlier (a thought with evidence). */
export const isInsight = (m: MemoryBrief) => m.type === 'thought' && !!m.evidence?.length;

/** The memories that belong to a focus, among those given. */
export function memoriesOf(f: Focus, ms: MemoryBrief[], agent: Persona): MemoryBrief[] {
  switch (f.kind) {
    case 'person':
      return ms.filter(
        (m) => m.subjectId === f.id || m.source === f.id || m.event?.hostId === f.id,
      );
    case 'event':
      return ms.filter((m) => m.event?.id === f.id);
    case 'news':
      return ms.filter((m) => m.news === f.id);
    case 'work': {
      const at = agent.workplace?.sector;
      return ms.filter((m) => (at && m.seen?.sector === at) || m.type === 'plan');
    }
    case 'goals':
      return ms.filter((m) => isWhisper(m) || (m.type === 'thought' && !isInsight(m)));
    case 'feelings':
      return ms.filter((m) => !m.seen && (m.type === 'chat' || wordWeight(m.description) >= 5));
    case 'place':
      return ms.filter((m) => m.seen?.sector === f.id);
  }
}

export interface Candidate {
  focus: Focus;
  score: number;
  memories: MemoryBrief[];
}

/** Weight of a memory as material for a new reflection: what earlier insights already cite counts less. */
function weight(m: MemoryBrief, cited: Set<string>): number {
  const w = Math.max(1, m.importance) * (m.type === 'chat' ? 2 : 1);
  return cited.has(m.id) ? w / 4 : w;
}

/**
 * The candidate topics of the recent memories, most salient first. Salience is the summed weight of
 * a topic's memories; memories earlier insights already rest on weigh less, so successive
 * reflections move on to what is new.
 */
export function candidates(
  agent: Persona,
  memories: MemoryBrief[],
  people: PersonBrief[],
): Candidate[] {
  const cited = new Set(memories.flatMap((m) => m.evidence ?? []));
  const known = new Set(people.map((p) => p.id));
  const out: Candidate[] = [];
  const add = (focus: Focus, min: number, bonus = 0, scale = 1) => {
    const ms = memoriesOf(focus, memories, agent);
    if (ms.length < min) return;
    const score = scale * ms.reduce((s, m) => s + weight(m, cited), 0) + bonus;
    out.push({ focus, score, memories: ms });
  };
  const ids = new Set<string>();
  for (const m of memories) for (const id of [m.subjectId, m.source]) if (id) ids.add(id);
  for (const id of ids) if (known.has(id) && id !== agent.id) add({ kind: 'person', id }, 3);
  for (const id of new Set(memories.map((m) => m.event?.id).filter(Boolean) as string[]))
    add({ kind: 'event', id }, 1, 10);
  for (const id of new Set(memories.map((m) => m.news).filter(Boolean) as string[]))
    add({ kind: 'news', id }, 1, 10);
  for (const id of new Set(memories.map((m) => m.seen?.sector).filter(Boolean) as string[]))
    // Places are a weaker theme than people or news: only a place one keeps returning to.
    if (id !== agent.home.sector && id !== agent.workplace?.sector)
      add({ kind: 'place', id }, 8, 0, 0.5);
  if (agent.workplace) add({ kind: 'work' }, 3);
  // Goals and feelings rest on the persona as well as memories: always some salience.
  add({ kind: 'goals' }, 0, 12);
  add({ kind: 'feelings' }, 2);
  return out.sort(
    (a, b) => b.score - a.score || focusTag(a.focus).localeCompare(focusTag(b.focus)),
  );
}
