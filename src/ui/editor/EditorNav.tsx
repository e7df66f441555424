import type { ReactNode } from 'react';
import type { PersonasDraft, ScenarioProblem } from '../../protocol';
import {
  addEvent,
  addStoryline,
  newPerson,
  problemsAt,
  type EventRef,
  type PlaceDraft,
} from './draftOps';
import type { Update } from './formParts';
import type { Selection } from './navigation';

/**
 * The editor's left column: the town, its people, events and storylines (each with its number of
 * problems), and buttons that add one and show it.
 */
export function EditorNav({
  personas,
  shown,
  setSelection,
  update,
  errors,
  events,
  firstPlace,
}: {
  personas: PersonasDraft;
  shown: Selection;
  setSelection(s: Selection): void;
  update: Update;
  errors: ScenarioProblem[];
  events: EventRef[];
  /** A place for someone or something new (a home on the map). */
  firstPlace(): PlaceDraft;
}) {
  return (
    <nav className="ed-nav" aria-label="Parts of the scenario">
      <NavButton
        on={shown.kind === 'town'}
        onClick={() => setSelection({ kind: 'town' })}
        problems={problemsAt(errors, ['town']).length}
        testId="ed-nav-town"
      >
        🏘 {personas.town?.name || 'The town'}
      </NavButton>
      <h3>
        People <span className="muted">({personas.personas.length})</span>
      </h3>
      <ul data-testid="ed-people">
        {personas.personas.map((p, i) => (
          <li key={i}>
            <NavButton
              on={shown.kind === 'person' && shown.index === i}
              onClick={() => setSelection({ kind: 'person', index: i })}
              problems={problemsAt(errors, ['personas', i]).length}
              testId={`ed-nav-person-${i}`}
            >
              {p.name || p.id || 'Unnamed'}
            </NavButton>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => {
          update((d) => ({
            ...d,
            personas: [...d.personas, newPerson(d.personas, firstPlace())],
          }));
          setSelection({ kind: 'person', index: personas.personas.length });
        }}
        data-testid="ed-add-person"
      >
        + Add person
      </button>
      <h3>
        Events <span className="muted">({events.length})</span>
      </h3>
      <ul data-testid="ed-events">
        {events.map((e) => (
          <li key={`${e.person}.${e.memory}`}>
            <NavButton
              on={shown.kind === 'event' && shown.person === e.person && shown.memory === e.memory}
              onClick={() => setSelection({ kind: 'event', person: e.person, memory: e.memory })}
              problems={
                problemsAt(errors, ['personas', e.person, 'seedMemories', e.memory]).length +
                (e.storyline >= 0 ? problemsAt(errors, ['storylines', e.storyline]).length : 0)
              }
              testId={`ed-nav-event-${e.event.id}`}
            >
              {e.event.what || e.event.id}
            </NavButton>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn--small"
        disabled={!personas.personas.length}
        onClick={() => {
          const host = shown.kind === 'person' ? shown.index : 0;
          const before = personas.personas[host].seedMemories?.length ?? 0;
          const host0 = personas.personas[host];
          update((d) =>
            addEvent(
              d,
              host,
              host0.workplace?.sector ? { sector: host0.workplace.sector } : firstPlace(),
            ),
          );
          setSelection({ kind: 'event', person: host, memory: before });
        }}
        title="An event hosted by the person shown (or the first)"
        data-testid="ed-add-event"
      >
        + Add event
      </button>
      <h3>
        Storylines <span className="muted">({(personas.storylines ?? []).length})</span>
      </h3>
      <ul data-testid="ed-storylines">
        {(personas.storylines ?? []).map((s, k) =>
          events.some((e) => e.storyline === k) ? null : (
            <li key={k}>
              <NavButton
                on={shown.kind === 'storyline' && shown.index === k}
                onClick={() => setSelection({ kind: 'storyline', index: k })}
                problems={problemsAt(errors, ['storylines', k]).length}
                testId={`ed-nav-storyline-${k}`}
              >
                {s.label || s.id || 'Unnamed'}
              </NavButton>
            </li>
          ),
        )}
      </ul>
      <button
        type="button"
        className="btn btn--small"
        disabled={!personas.personas.length}
        onClick={() => {
          const seed = personas.personas[shown.kind === 'person' ? shown.index : 0];
          update((d) => addStoryline(d, seed.id));
          setSelection({ kind: 'storyline', index: (personas.storylines ?? []).length });
        }}
        data-testid="ed-add-storyline"
      >
        + Add storyline
      </button>
    </nav>
  );
}

function NavButton({
  on,
  onClick,
  problems,
  children,
  testId,
}: {
  on: boolean;
  onClick(): void;
  problems: number;
  children: ReactNode;
  testId: string;
}) {
  return (
    <button
      type="button"
      className={`ed-nav__item${on ? ' is-on' : ''}`}
      aria-current={on}
      onClick={onClick}
      data-testid={testId}
    >
      <span className="ed-nav__label">{children}</span>
      {problems > 0 && (
        <span className="ed-badge" title={`${problems} problem${problems === 1 ? '' : 's'}`}>
          {problems}
        </span>
      )}
    </button>
  );
}
