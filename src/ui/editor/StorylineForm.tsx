import type { PersonasDraft } from '../../protocol';
import { setIn, type Path } from './draftOps';
import { SelectField, TextField, WordsField } from './fields';
import { Section, setter, type Update } from './formParts';

/** A storyline's questions: what is asked in interviews and which words count as knowing. */
export function StorylineFields({
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
