// @vitest-environment jsdom
import { act, createElement as h, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonasDraft } from '../../protocol';
import { draftFromFile } from '../../scenarios/editor';
import defaultPersonas from '../../scenarios/default/personas.json';
import { $, mount, type Mounted } from '../testing/dom';
import { EditorContext, type PickTarget } from './context';
import { eventsOf } from './draftOps';
import { EditorPane } from './EditorPane';
import type { Selection } from './navigation';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/**
 * The pane over a draft and a selection it may change (with the editor's map picker); `state`
 * shows them after each render and can select another pane.
 */
function paneOn(start: PersonasDraft, selection: Selection) {
  const state = {
    draft: start,
    selection,
    pickTarget: null as PickTarget | null,
    select: (_: Selection) => undefined as void,
  };
  function Host() {
    const [draft, setDraft] = useState(start);
    const [shown, setSelection] = useState<Selection>(selection);
    const [pickTarget, setPickTarget] = useState<PickTarget | null>(null);
    state.draft = draft;
    state.selection = shown;
    state.pickTarget = pickTarget;
    state.select = setSelection;
    const ctx = { map: null, check: null, pickTarget, setPickTarget };
    return h(
      EditorContext.Provider,
      { value: ctx },
      h(EditorPane, {
        personas: draft,
        shown,
        setSelection,
        update: (fn) => setDraft((d) => fn(d)),
        events: eventsOf(draft),
        errors: [],
        warnings: [],
        goTo: () => undefined,
      }),
    );
  }
  mounted = mount(h(Host));
  return state;
}

/** Picks `value` in a <select> as a person would (React listens for the change event). */
function choose(select: HTMLElement, value: string): void {
  act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('EditorPane', () => {
  it('keeps showing an event moved to another person ("Known first by")', () => {
    const draft = draftFromFile(defaultPersonas);
    const ref = eventsOf(draft)[0]!;
    const to = draft.personas.findIndex((_, i) => i !== ref.person);
    const before = draft.personas[to].seedMemories?.length ?? 0;
    const state = paneOn(draft, { kind: 'event', person: ref.person, memory: ref.memory });
    choose($('[data-testid="ed-event-knower"]'), draft.personas[to].id);
    expect(state.selection).toEqual({ kind: 'event', person: to, memory: before });
    const shown = eventsOf(state.draft).find((e) => e.person === to && e.memory === before);
    expect(shown?.event.id).toBe(ref.event.id);
    expect(($('[data-testid="ed-event-id"]') as HTMLInputElement).value).toBe(ref.event.id);
  });

  it('drops a map pick asked for by a person no longer shown', () => {
    const draft = draftFromFile(defaultPersonas);
    const state = paneOn(draft, { kind: 'person', index: 0 });
    const pick = () => $('[data-testid="ed-person-home-pick"]');
    act(() => pick().click());
    expect(state.pickTarget?.label).toBe(`Home of ${draft.personas[0].name}`);
    expect(pick().getAttribute('aria-pressed')).toBe('true');
    act(() => state.select({ kind: 'person', index: 1 }));
    expect(state.pickTarget).toBeNull();
    expect(pick().getAttribute('aria-pressed')).toBe('false');
  });
});
