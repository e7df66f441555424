import type { PersonasDraft, ScenarioProblem } from '../../protocol';
import { removeEvent, removePerson, setIn, type EventRef } from './draftOps';
import { EventForm } from './EventForm';
import type { Update } from './formParts';
import { describePath, type Selection } from './navigation';
import { PersonForm } from './PersonForm';
import { ProblemList } from './ProblemList';
import { StorylineForm } from './StorylineForm';
import { TownForm } from './TownForm';

/** The editor's middle pane: the form of what is selected (and its remove button), or all problems. */
export function EditorPane({
  personas,
  shown,
  setSelection,
  update,
  events,
  errors,
  warnings,
  goTo,
}: {
  personas: PersonasDraft;
  shown: Selection;
  setSelection(s: Selection): void;
  update: Update;
  events: EventRef[];
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  /** Shows the field of a problem. */
  goTo(path: string): void;
}) {
  return (
    <main className="ed-main">
      {shown.kind === 'town' && <TownForm draft={personas} update={update} />}
      {shown.kind === 'person' && (
        <>
          <PersonForm key={shown.index} draft={personas} index={shown.index} update={update} />
          <button
            type="button"
            className="btn btn--small btn--danger-text"
            onClick={() => {
              update((d) => removePerson(d, shown.index));
              setSelection({ kind: 'town' });
            }}
            data-testid="ed-remove-person"
          >
            Remove this person
          </button>
        </>
      )}
      {shown.kind === 'event' &&
        (() => {
          const ref = events.find((e) => e.person === shown.person && e.memory === shown.memory)!;
          return (
            <>
              <EventForm
                key={`${shown.person}.${shown.memory}`}
                draft={personas}
                eventRef={ref}
                update={update}
                setSelection={setSelection}
              />
              <button
                type="button"
                className="btn btn--small btn--danger-text"
                onClick={() => {
                  update((d) => removeEvent(d, ref));
                  setSelection({ kind: 'town' });
                }}
              >
                Remove this event
              </button>
            </>
          );
        })()}
      {shown.kind === 'storyline' && (
        <>
          <StorylineForm key={shown.index} draft={personas} index={shown.index} update={update} />
          <button
            type="button"
            className="btn btn--small btn--danger-text"
            onClick={() => {
              update((d) =>
                setIn(
                  d,
                  ['storylines'],
                  (d.storylines ?? []).filter((_, k) => k !== shown.index),
                ),
              );
              setSelection({ kind: 'town' });
            }}
          >
            Remove this storyline
          </button>
        </>
      )}
      {shown.kind === 'problems' && (
        <ProblemList
          errors={errors}
          warnings={warnings}
          onGo={goTo}
          where={(path) => describePath(personas, path)}
          full
        />
      )}
    </main>
  );
}
