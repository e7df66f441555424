import type { PersonasDraft } from '../../protocol';
import {
  eventMemoryText,
  eventStoryline,
  eventsOf,
  listOf,
  moveEvent,
  setIn,
  updateEvent,
  weekdayOf,
  type EventRef,
  type Path,
} from './draftOps';
import type { Selection } from './navigation';
import { NumberField, PlacePicker, SelectField, TextField, TimeField } from './fields';
import { Section, setter, type Update } from './formParts';
import { StorylineFields } from './StorylineForm';

/**
 * One event ("a book club at the library on Saturday 18:00, hosted by …"): it lives in the file as
 * a seed memory of the person who knows of it first, with its structured event, and a storyline
 * that measures who hears of it and who comes.
 */
export function EventForm({
  draft,
  eventRef,
  update,
  setSelection,
}: {
  draft: PersonasDraft;
  eventRef: EventRef;
  update: Update;
  /** Shows another pane (the event again, when it moves to another person). */
  setSelection(s: Selection): void;
}) {
  const e = eventRef.event;
  const at: Path = ['personas', eventRef.person, 'seedMemories', eventRef.memory];
  const people = draft.personas.map((p) => ({ value: p.id, label: p.name || p.id }));
  const first = draft.town?.start?.weekday;
  const setEvent = (patch: Partial<typeof e>) =>
    update((d) => {
      const ref =
        eventsOf(d).find((r) => r.person === eventRef.person && r.memory === eventRef.memory) ??
        eventRef;
      return updateEvent(d, ref, { ...ref.event, ...patch });
    });
  const story = eventRef.storyline >= 0 ? draft.storylines?.[eventRef.storyline] : undefined;
  const sat: Path = ['storylines', eventRef.storyline];
  return (
    <div className="ed-form" data-testid="editor-event-form">
      <Section title="The event">
        <TextField
          label="What (a short noun phrase)"
          path={[...at, 'event', 'what']}
          value={e.what}
          placeholder="a book club"
          onChange={(v) => setEvent({ what: v })}
          testId="ed-event-what"
        />
        <TextField
          label="Id"
          path={[...at, 'event', 'id']}
          value={e.id}
          onChange={(v) => setEvent({ id: v })}
          testId="ed-event-id"
        />
        <SelectField
          label="Hosted by"
          path={[...at, 'event', 'hostId']}
          value={e.hostId}
          onChange={(v) => setEvent({ hostId: v })}
          options={people}
          testId="ed-event-host"
        />
        <PlacePicker
          label="Where"
          path={[...at, 'event', 'place']}
          value={e.place}
          onChange={(v) => setEvent({ place: v ?? { sector: '' } })}
          testId="ed-event-place"
        />
        <SelectField
          label="Day"
          path={[...at, 'event', 'day']}
          value={String(e.day)}
          onChange={(v) => setEvent({ day: Number(v) })}
          options={Array.from({ length: Math.max(7, e.day) }, (_, i) => ({
            value: String(i + 1),
            label: `Day ${i + 1} · ${weekdayOf(i + 1, first)}`,
          }))}
          testId="ed-event-day"
        />
        <TimeField
          label="Starts"
          path={[...at, 'event', 'startHour']}
          value={e.startHour}
          onChange={(v) => setEvent({ startHour: v })}
          testId="ed-event-start"
        />
        <TimeField
          label="Ends"
          path={[...at, 'event', 'endHour']}
          value={e.endHour}
          onChange={(v) => setEvent({ endHour: v })}
          testId="ed-event-end"
        />
      </Section>
      <Section title="Who knows of it at the start">
        <SelectField
          label="Known first by"
          path={['personas', eventRef.person, 'id']}
          value={draft.personas[eventRef.person].id}
          onChange={(v) => {
            const to = draft.personas.findIndex((p) => p.id === v);
            if (to < 0 || to === eventRef.person) return;
            // The event goes to the end of their memories: show it there.
            const memory = listOf(draft.personas[to].seedMemories).length;
            update((d) => moveEvent(d, eventRef, to));
            setSelection({ kind: 'event', person: to, memory });
          }}
          options={people}
          hint="They remember it from the start and may tell others."
          testId="ed-event-knower"
        />
        <NumberField
          label="Importance (1–10)"
          path={[...at, 'importance']}
          value={draft.personas[eventRef.person].seedMemories?.[eventRef.memory]?.importance}
          optional
          min={1}
          max={10}
          onChange={setter(update, [...at, 'importance'])}
        />
        <TextField
          label="What they remember"
          path={[...at, 'text']}
          value={eventRef.text}
          multiline
          onChange={setter(update, [...at, 'text'])}
          testId="ed-event-text"
        />
        <button
          type="button"
          className="btn btn--small ed-wide-btn"
          onClick={() => update((d) => setIn(d, [...at, 'text'], eventMemoryText(d, e)))}
          data-testid="ed-event-write"
        >
          ✎ Write it from the fields
        </button>
      </Section>
      <Section title="Measure it (storyline)">
        <label className="ed-check ed-wide">
          <input
            type="checkbox"
            checked={!!story}
            onChange={(ev) =>
              update((d) =>
                ev.target.checked
                  ? setIn(
                      d,
                      ['storylines'],
                      [...(d.storylines ?? []), eventStoryline(e, d.personas[eventRef.person].id)],
                    )
                  : setIn(
                      d,
                      ['storylines'],
                      (d.storylines ?? []).filter((_, k) => k !== eventRef.storyline),
                    ),
              )
            }
            data-testid="ed-event-measure"
          />
          Measure who hears of it and who comes (the dashboard and Evaluate)
        </label>
        {story && <StorylineFields story={story} at={sat} update={update} eventFixed />}
      </Section>
    </div>
  );
}
