import { describe, expect, it } from 'vitest';
import type { PersonasDraft } from '../../protocol';
import { checkDraft, draftFromFile, editorMapInfo, fileFromDraft } from '../../scenarios/editor';
import defaultPersonas from '../../scenarios/default/personas.json';
import defaultMap from '../../scenarios/default/town.json';
import {
  addEvent,
  addStoryline,
  changeId,
  eventsOf,
  hourOf,
  hourText,
  moveEvent,
  newPerson,
  removeEvent,
  removePerson,
  renamePerson,
  setIn,
  updateEvent,
  weekdayOf,
} from './draftOps';
import { describePath, selectionOf } from './navigation';

function draft(): PersonasDraft {
  return draftFromFile(defaultPersonas);
}

/** A draft with a complete new person at a house and an event they host at a public place. */
function withNewcomer(): { d: PersonasDraft; n: number } {
  const places = editorMapInfo(defaultMap).places;
  let d = draft();
  const n = d.personas.length;
  d = { ...d, personas: [...d.personas, newPerson(d.personas, { sector: places[0].sector })] };
  d = renamePerson(d, n, 'Quinn Arbor');
  for (const [k, v] of [
    ['occupation', 'bookbinder'],
    ['learned', 'Quinn repairs books.'],
    ['currently', 'Quinn wants readers.'],
    ['lifestyle', 'Quinn reads late.'],
  ])
    d = setIn(d, ['personas', n, k], v);
  const pub = places.find((p) => p.kind !== 'home')!;
  d = addEvent(d, n, { sector: pub.sector });
  return { d, n };
}

describe('draft edits', () => {
  it('sets a field by path without touching the rest', () => {
    const d = draft();
    const next = setIn(d, ['personas', 1, 'age'], 44);
    expect(next.personas[1].age).toBe(44);
    expect(d.personas[1].age).not.toBe(44);
    expect(next.personas[0]).toBe(d.personas[0]);
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
  });

  it('a new person with an event they host is a valid town, and survives the file round trip', () => {
    const { d, n } = withNewcomer();
    expect(d.personas[n].id).toBe('quinn-arbor');
    const [ev] = eventsOf(d).filter((e) => e.person === n);
    expect(ev.event.hostId).toBe('quinn-arbor');
    expect(d.storylines![ev.storyline]).toMatchObject({
      seedAgentId: 'quinn-arbor',
      eventId: ev.event.id,
    });
    expect(checkDraft(defaultMap, d).errors).toEqual([]);
    // draft → file → draft → file: the same file.
    const file = fileFromDraft(d);
    expect(fileFromDraft(draftFromFile(JSON.parse(JSON.stringify(file))))).toEqual(file);
  });

  it('keeps references in step when an id changes, and drops them with the person', () => {
    const { d, n } = withNewcomer();
    const friend = d.personas[0].id;
    let next = setIn(
      d,
      ['personas', 0, 'relationships'],
      [{ id: 'quinn-arbor', relation: 'a neighbour' }],
    );
    next = changeId(next, 'quinn-arbor', 'q-arbor');
    expect(next.personas[0].relationships![0].id).toBe('q-arbor');
    const ev = eventsOf(next).find((e) => e.person === n)!;
    expect(ev.event.hostId).toBe('q-arbor');
    expect(next.storylines![ev.storyline].seedAgentId).toBe('q-arbor');
    const gone = removePerson(next, n);
    expect(gone.personas.some((p) => p.id === 'q-arbor')).toBe(false);
    expect(gone.personas[0].relationships).toEqual([]);
    expect(gone.storylines!.some((s) => s.seedAgentId === 'q-arbor')).toBe(false);
    expect(gone.personas[0].id).toBe(friend);
  });

  it('a renamed event takes its storyline along; moving and removing it too', () => {
    const { d, n } = withNewcomer();
    const ref = eventsOf(d).find((e) => e.person === n)!;
    const renamed = updateEvent(d, ref, { ...ref.event, id: 'book-swap', what: 'a book swap' });
    const story = renamed.storylines![ref.storyline];
    expect(story).toMatchObject({
      id: 'book-swap',
      eventId: 'book-swap',
      label: 'a book swap',
      question: 'Do you know about a book swap?',
      knowsIfMentions: ['swap'],
    });
    // Words typed by hand stay.
    const typed = setIn(renamed, ['storylines', ref.storyline, 'knowsIfMentions'], ['books']);
    const again = updateEvent(
      typed,
      eventsOf(typed).find((e) => e.person === n)!,
      {
        ...ref.event,
        id: 'book-swap',
        what: 'a book fair',
      },
    );
    expect(again.storylines![ref.storyline]).toMatchObject({
      label: 'a book fair',
      knowsIfMentions: ['books'],
    });
    const ref2 = eventsOf(renamed).find((e) => e.person === n)!;
    const moved = moveEvent(renamed, ref2, 0);
    const ref3 = eventsOf(moved).find((e) => e.event.id === 'book-swap')!;
    expect(ref3.person).toBe(0);
    expect(moved.storylines![ref3.storyline].seedAgentId).toBe(moved.personas[0].id);
    expect(checkDraft(defaultMap, moved).errors).toEqual([]);
    const removed = removeEvent(moved, ref3);
    expect(eventsOf(removed).some((e) => e.event.id === 'book-swap')).toBe(false);
    expect(removed.storylines!.some((s) => s.id === 'book-swap')).toBe(false);
  });

  it('a problem path leads to its pane and reads as words', () => {
    const { d, n } = withNewcomer();
    const j = d.personas[n].seedMemories!.length - 1;
    expect(selectionOf(d, `personas.${n}.seedMemories.${j}.event.endHour`)).toEqual({
      kind: 'event',
      person: n,
      memory: j,
    });
    expect(selectionOf(d, `personas.${n}.home`)).toEqual({ kind: 'person', index: n });
    expect(selectionOf(d, 'town.start.time')).toEqual({ kind: 'town' });
    const k = d.storylines!.length - 1;
    expect(selectionOf(d, `storylines.${k}.question`)).toMatchObject({ kind: 'event', person: n });
    expect(describePath(d, `personas.${n}.learned`)).toBe('Quinn Arbor › learned');
    expect(describePath(d, `personas.${n}.seedMemories.${j}.event.endHour`)).toBe(
      'Quinn Arbor › event “a gathering” › endHour',
    );
  });

  it('writes times and weekdays as the form shows them', () => {
    expect(hourText(18.5)).toBe('18:30');
    expect(hourOf('09:15')).toBe(9.25);
    expect(hourOf('')).toBeNaN();
    expect(weekdayOf(2, 'friday')).toBe('Saturday');
    expect(weekdayOf(1, undefined)).toBe('Monday');
  });

  it('gives a new storyline an id no other storyline has, also after a removal', () => {
    let d: PersonasDraft = { ...draft(), storylines: [] };
    const seed = d.personas[0].id;
    d = addStoryline(addStoryline(d, seed), seed);
    d = { ...d, storylines: d.storylines!.slice(1) };
    d = addStoryline(d, seed);
    const ids = d.storylines!.map((s) => s.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(d.storylines![1]).toMatchObject({ seedAgentId: seed, knowsIfMentions: ['news'] });
  });
});
