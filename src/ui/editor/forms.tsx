import type { ReactNode } from 'react';
import type { PersonasDraft } from '../../protocol';
import { Portrait } from '../Portrait';
import {
  WEEKDAYS,
  eventMemoryText,
  eventStoryline,
  eventsOf,
  moveEvent,
  renamePerson,
  setIn,
  updateEvent,
  weekdayOf,
  type EventRef,
  type Path,
} from './draftOps';
import { NumberField, PlacePicker, SelectField, TextField, TimeField, WordsField } from './fields';

export type Update = (fn: (draft: PersonasDraft) => PersonasDraft) => void;

/** Sets one field of the draft. */
function setter(update: Update, path: Path) {
  return (value: unknown) => update((d) => setIn(d, path, value));
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="ed-section">
      <legend>{title}</legend>
      <div className="ed-grid">{children}</div>
    </fieldset>
  );
}

/** The town header: name, weekday and time of the start (runs start on day 1). */
export function TownForm({ draft, update }: { draft: PersonasDraft; update: Update }) {
  const town = draft.town ?? {};
  const start = town.start ?? {};
  return (
    <div className="ed-form" data-testid="editor-town-form">
      <Section title="The town">
        <TextField
          label="Name"
          path={['town', 'name']}
          value={town.name}
          onChange={setter(update, ['town', 'name'])}
          testId="ed-town-name"
        />
        <SelectField
          label="Day 1 is a"
          path={['town', 'start', 'weekday']}
          value={(start.weekday ?? '').toLowerCase()}
          onChange={setter(update, ['town', 'start', 'weekday'])}
          options={[
            { value: '', label: '(Monday)' },
            ...WEEKDAYS.map((w) => ({ value: w, label: w[0].toUpperCase() + w.slice(1) })),
          ]}
          testId="ed-town-weekday"
        />
        <Field24
          value={start.time ?? ''}
          onChange={(t) => update((d) => setIn(d, ['town', 'start', 'time'], t))}
        />
      </Section>
      <p className="muted small">
        Runs start on day 1; events name their day counting from it. The start time and weekday are
        written in the personas file&apos;s <code>town</code> header.
      </p>
    </div>
  );
}

function Field24({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <TextField
      label="Starts at (HH:MM)"
      path={['town', 'start', 'time']}
      value={value}
      placeholder="06:00"
      onChange={onChange}
      testId="ed-town-time"
    />
  );
}

/** One person: who they are, their day, their places, pastimes, people and memories. */
export function PersonForm({
  draft,
  index,
  update,
}: {
  draft: PersonasDraft;
  index: number;
  update: Update;
}) {
  const p = draft.personas[index];
  const at: Path = ['personas', index];
  const set = (key: string) => setter(update, [...at, key]);
  const others = draft.personas.filter((_, i) => i !== index);
  const hobbies = p.hobbies ?? [];
  const relationships = p.relationships ?? [];
  const memories = (p.seedMemories ?? []).map((m, j) => ({ m, j })).filter(({ m }) => !m.event);
  return (
    <div className="ed-form" data-testid="editor-person-form">
      <Section title="Who">
        <div className="ed-portrait">
          <Portrait sprite={p.sprite ?? 0} size={48} colour="#232a3b" label={p.name} />
        </div>
        <TextField
          label="Name"
          path={[...at, 'name']}
          value={p.name}
          onChange={(v) => update((d) => renamePerson(d, index, v))}
          testId="ed-person-name"
        />
        <TextField
          label="Id"
          path={[...at, 'id']}
          value={p.id}
          hint="lower-case letters, digits and dashes"
          onChange={set('id')}
          testId="ed-person-id"
        />
        <NumberField
          label="Age"
          path={[...at, 'age']}
          value={p.age}
          min={1}
          max={120}
          onChange={set('age')}
          testId="ed-person-age"
        />
        <NumberField
          label="Sprite"
          path={[...at, 'sprite']}
          value={p.sprite}
          min={0}
          optional
          onChange={set('sprite')}
          testId="ed-person-sprite"
        />
        <TextField
          label="Occupation"
          path={[...at, 'occupation']}
          value={p.occupation}
          onChange={set('occupation')}
          testId="ed-person-occupation"
        />
        <WordsField
          label="Traits"
          path={[...at, 'traits']}
          value={p.traits}
          hint="three to five adjectives, with commas"
          onChange={set('traits')}
          testId="ed-person-traits"
        />
        <TextField
          label="Background (learned)"
          path={[...at, 'learned']}
          value={p.learned}
          multiline
          onChange={set('learned')}
          testId="ed-person-learned"
        />
        <TextField
          label="On their mind (currently)"
          path={[...at, 'currently']}
          value={p.currently}
          multiline
          onChange={set('currently')}
          testId="ed-person-currently"
        />
        <TextField
          label="Lifestyle"
          path={[...at, 'lifestyle']}
          value={p.lifestyle}
          wide
          onChange={set('lifestyle')}
          testId="ed-person-lifestyle"
        />
      </Section>
      <Section title="Their day">
        <NumberField
          label="Wakes at (hour)"
          path={[...at, 'wakeHour']}
          value={p.wakeHour}
          min={0}
          max={23}
          onChange={set('wakeHour')}
          testId="ed-person-wake"
        />
        <NumberField
          label="Sleeps at (hour)"
          path={[...at, 'sleepHour']}
          value={p.sleepHour}
          min={0}
          max={24}
          onChange={set('sleepHour')}
          testId="ed-person-sleep"
        />
        <NumberField
          label="Works from (hour)"
          path={[...at, 'workHours', 0]}
          value={p.workHours?.[0]}
          optional
          min={0}
          max={24}
          onChange={(v) =>
            update((d) =>
              setIn(
                d,
                [...at, 'workHours'],
                v === undefined ? undefined : [v, p.workHours?.[1] ?? 17],
              ),
            )
          }
          testId="ed-person-work-from"
        />
        <NumberField
          label="Works until (hour)"
          path={[...at, 'workHours', 1]}
          value={p.workHours?.[1]}
          optional
          min={0}
          max={24}
          onChange={(v) =>
            update((d) =>
              setIn(
                d,
                [...at, 'workHours'],
                v === undefined ? undefined : [p.workHours?.[0] ?? 9, v],
              ),
            )
          }
          testId="ed-person-work-until"
        />
        <PlacePicker
          label={`Home of ${p.name || 'this person'}`}
          path={[...at, 'home']}
          value={p.home}
          onChange={(v) => update((d) => setIn(d, [...at, 'home'], v ?? { sector: '' }))}
          testId="ed-person-home"
        />
        <PlacePicker
          label={`Workplace of ${p.name || 'this person'}`}
          path={[...at, 'workplace']}
          value={p.workplace}
          optional
          onChange={set('workplace')}
          testId="ed-person-work"
        />
      </Section>
      <Section title="Pastimes">
        {hobbies.map((h, j) => (
          <div className="ed-item" key={j} data-testid="ed-hobby">
            <TextField
              label="Activity"
              path={[...at, 'hobbies', j, 'activity']}
              value={h.activity}
              onChange={setter(update, [...at, 'hobbies', j, 'activity'])}
            />
            <NumberField
              label="Preferred hour"
              path={[...at, 'hobbies', j, 'hour']}
              value={h.hour}
              optional
              min={0}
              max={23}
              onChange={setter(update, [...at, 'hobbies', j, 'hour'])}
            />
            <PlacePicker
              label={`Pastime ${j + 1} place`}
              path={[...at, 'hobbies', j, 'place']}
              value={h.place}
              onChange={(v) =>
                update((d) => setIn(d, [...at, 'hobbies', j, 'place'], v ?? { sector: '' }))
              }
              testId={`ed-hobby-${j}-place`}
            />
            <RemoveButton
              onClick={() =>
                update((d) =>
                  setIn(
                    d,
                    [...at, 'hobbies'],
                    hobbies.filter((_, k) => k !== j),
                  ),
                )
              }
              what="pastime"
            />
          </div>
        ))}
        <AddButton
          onClick={() =>
            update((d) =>
              setIn(d, [...at, 'hobbies'], [...hobbies, { activity: '', place: { ...p.home } }]),
            )
          }
          what="pastime"
        />
      </Section>
      <Section title="People they know">
        {relationships.map((r, j) => (
          <div className="ed-item" key={j} data-testid="ed-relationship">
            <SelectField
              label="Person"
              path={[...at, 'relationships', j, 'id']}
              value={r.id}
              onChange={setter(update, [...at, 'relationships', j, 'id'])}
              options={[
                ...(others.some((o) => o.id === r.id)
                  ? []
                  : [{ value: r.id, label: `${r.id || '—'} (nobody here)` }]),
                ...others.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
            <TextField
              label="How they see them"
              path={[...at, 'relationships', j, 'relation']}
              value={r.relation}
              placeholder="my sister"
              onChange={setter(update, [...at, 'relationships', j, 'relation'])}
            />
            <NumberField
              label="Closeness (−1 … 1)"
              path={[...at, 'relationships', j, 'closeness']}
              value={r.closeness}
              optional
              min={-1}
              max={1}
              step={0.1}
              onChange={setter(update, [...at, 'relationships', j, 'closeness'])}
            />
            <RemoveButton
              onClick={() =>
                update((d) =>
                  setIn(
                    d,
                    [...at, 'relationships'],
                    relationships.filter((_, k) => k !== j),
                  ),
                )
              }
              what="relationship"
            />
          </div>
        ))}
        <AddButton
          disabled={!others.length}
          onClick={() =>
            update((d) =>
              setIn(
                d,
                [...at, 'relationships'],
                [
                  ...relationships,
                  { id: others[0]?.id ?? '', relation: 'a friend', closeness: 0.5 },
                ],
              ),
            )
          }
          what="relationship"
        />
      </Section>
      <Section title="Memories they start with">
        {memories.map(({ m, j }) => (
          <div className="ed-item" key={j} data-testid="ed-memory">
            <TextField
              label="Memory"
              path={[...at, 'seedMemories', j, 'text']}
              value={m.text}
              multiline
              onChange={setter(update, [...at, 'seedMemories', j, 'text'])}
            />
            <NumberField
              label="Importance (1–10)"
              path={[...at, 'seedMemories', j, 'importance']}
              value={m.importance}
              optional
              min={1}
              max={10}
              onChange={setter(update, [...at, 'seedMemories', j, 'importance'])}
            />
            <TextField
              label="News to spread (optional tag)"
              path={[...at, 'seedMemories', j, 'news']}
              value={m.news}
              onChange={setter(update, [...at, 'seedMemories', j, 'news'])}
            />
            <RemoveButton
              onClick={() =>
                update((d) =>
                  setIn(
                    d,
                    [...at, 'seedMemories'],
                    (p.seedMemories ?? []).filter((_, k) => k !== j),
                  ),
                )
              }
              what="memory"
            />
          </div>
        ))}
        <AddButton
          onClick={() =>
            update((d) =>
              setIn(
                d,
                [...at, 'seedMemories'],
                [...(p.seedMemories ?? []), { text: '', importance: 5 }],
              ),
            )
          }
          what="memory"
        />
        <p className="muted small ed-wide">Events they know of are under Events.</p>
      </Section>
    </div>
  );
}

function AddButton({
  onClick,
  what,
  disabled,
}: {
  onClick(): void;
  what: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="btn btn--small ed-add"
      onClick={onClick}
      disabled={disabled}
      data-testid={`ed-add-${what}`}
    >
      + Add {what}
    </button>
  );
}

function RemoveButton({ onClick, what }: { onClick(): void; what: string }) {
  return (
    <button
      type="button"
      className="btn btn--small btn--danger-text ed-remove"
      onClick={onClick}
      aria-label={`Remove this ${what}`}
    >
      Remove
    </button>
  );
}

/**
 * One event ("a book club at the library on Saturday 18:00, hosted by …"): it lives in the file as
 * a seed memory of the person who knows of it first, with its structured event, and a storyline
 * that measures who hears of it and who comes.
 */
export function EventForm({
  draft,
  eventRef,
  update,
}: {
  draft: PersonasDraft;
  eventRef: EventRef;
  update: Update;
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
          onChange={(v) =>
            update((d) =>
              moveEvent(
                d,
                eventRef,
                d.personas.findIndex((p) => p.id === v),
              ),
            )
          }
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
          onClick={() =>
            update((d) =>
              setIn(d, [...at, 'text'], eventMemoryText(d, e, d.personas[eventRef.person].id)),
            )
          }
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

/** A storyline's questions: what is asked in interviews and which words count as knowing. */
function StorylineFields({
  story,
  at,
  update,
  eventFixed,
}: {
  story: NonNullable<PersonasDraft['storylines']>[number];
  at: Path;
  update: Update;
  eventFixed?: boolean;
}) {
  return (
    <>
      {!eventFixed && (
        <TextField
          label="Id"
          path={[...at, 'id']}
          value={story.id}
          onChange={setter(update, [...at, 'id'])}
          testId="ed-story-id"
        />
      )}
      <TextField
        label="Label"
        path={[...at, 'label']}
        value={story.label}
        placeholder="the book club"
        onChange={setter(update, [...at, 'label'])}
      />
      <TextField
        label="Interview question"
        path={[...at, 'question']}
        value={story.question}
        wide
        onChange={setter(update, [...at, 'question'])}
      />
      <WordsField
        label="Knows it if the answer mentions"
        path={[...at, 'knowsIfMentions']}
        value={story.knowsIfMentions}
        hint="every one of these words"
        onChange={setter(update, [...at, 'knowsIfMentions'])}
      />
    </>
  );
}

/** A storyline not tied to an editor event (news, a rumour, a candidacy). */
export function StorylineForm({
  draft,
  index,
  update,
}: {
  draft: PersonasDraft;
  index: number;
  update: Update;
}) {
  const s = draft.storylines![index];
  const at: Path = ['storylines', index];
  const seed = draft.personas.find((p) => p.id === s.seedAgentId);
  const seedEvents = (seed?.seedMemories ?? []).flatMap((m) => (m.event ? [m.event.id] : []));
  return (
    <div className="ed-form" data-testid="editor-storyline-form">
      <Section title="Storyline">
        <StorylineFields story={s} at={at} update={update} />
        <SelectField
          label="Starts with"
          path={[...at, 'seedAgentId']}
          value={s.seedAgentId}
          onChange={setter(update, [...at, 'seedAgentId'])}
          options={[
            ...(seed
              ? []
              : [{ value: s.seedAgentId, label: `${s.seedAgentId || '—'} (nobody here)` }]),
            ...draft.personas.map((p) => ({ value: p.id, label: p.name || p.id })),
          ]}
        />
        <SelectField
          label="Event it is about"
          path={[...at, 'eventId']}
          value={s.eventId ?? ''}
          onChange={(v) => update((d) => setIn(d, [...at, 'eventId'], v || undefined))}
          options={[
            { value: '', label: '— none (news) —' },
            ...(s.eventId && !seedEvents.includes(s.eventId)
              ? [{ value: s.eventId, label: `${s.eventId} (not one of theirs)` }]
              : []),
            ...seedEvents.map((id) => ({ value: id, label: id })),
          ]}
        />
      </Section>
    </div>
  );
}
