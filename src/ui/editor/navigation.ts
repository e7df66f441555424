import type { PersonasDraft } from '../../protocol';
import { eventsOf } from './draftOps';

/** What the editor's middle pane shows. */
export type Selection =
  | { kind: 'town' }
  | { kind: 'person'; index: number }
  | { kind: 'event'; person: number; memory: number }
  | { kind: 'storyline'; index: number }
  | { kind: 'problems' };

/** The pane a problem's field is in (an event's memory and its storyline go to the event). */
export function selectionOf(draft: PersonasDraft, path: string): Selection {
  const parts = path.split('.');
  if (parts[0] === 'town') return { kind: 'town' };
  if (parts[0] === 'personas' && parts.length > 1) {
    const person = Number(parts[1]);
    if (parts[2] === 'seedMemories' && parts.length > 3) {
      const memory = Number(parts[3]);
      if (draft.personas[person]?.seedMemories?.[memory]?.event)
        return { kind: 'event', person, memory };
    }
    return { kind: 'person', index: person };
  }
  if (parts[0] === 'storylines' && parts.length > 1) {
    const index = Number(parts[1]);
    const ev = eventsOf(draft).find((e) => e.storyline === index);
    return ev
      ? { kind: 'event', person: ev.person, memory: ev.memory }
      : { kind: 'storyline', index };
  }
  return { kind: 'problems' };
}

/** The selection still points at something in `draft` (else the town pane). */
export function validSelection(draft: PersonasDraft, s: Selection): Selection {
  if (s.kind === 'person' && !draft.personas[s.index]) return { kind: 'town' };
  if (s.kind === 'event' && !draft.personas[s.person]?.seedMemories?.[s.memory]?.event)
    return { kind: 'town' };
  if (s.kind === 'storyline' && !draft.storylines?.[s.index]) return { kind: 'town' };
  return s;
}

/** A problem's place in words: "Quinn › event “a book swap” › endHour". */
export function describePath(draft: PersonasDraft, path: string): string {
  if (!path) return 'The file';
  if (path === 'map') return 'The map';
  const parts = path.split('.');
  if (parts[0] === 'town') return ['The town', ...parts.slice(1)].join(' › ');
  if (parts[0] === 'personas' && parts.length > 1) {
    const p = draft.personas[Number(parts[1])];
    const who = p?.name || p?.id || `Person ${Number(parts[1]) + 1}`;
    const m = parts[2] === 'seedMemories' ? p?.seedMemories?.[Number(parts[3])] : undefined;
    if (m?.event) {
      const rest = parts.slice(parts[4] === 'event' ? 5 : 4);
      return [who, `event “${m.event.what || m.event.id}”`, ...rest].join(' › ');
    }
    return [who, ...parts.slice(2)].join(' › ');
  }
  if (parts[0] === 'storylines' && parts.length > 1) {
    const s = draft.storylines?.[Number(parts[1])];
    return [`Storyline “${s?.label || s?.id || Number(parts[1]) + 1}”`, ...parts.slice(2)].join(
      ' › ',
    );
  }
  return path;
}
