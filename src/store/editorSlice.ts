import type { ScenarioDraft } from '../protocol';
import { browserNav, type PageNav } from './pageNav';
import type { SliceContext } from './types';

/** The URL parameter that opens the scenario editor on load (`?editor=1`). */
export const EDITOR_PARAM = 'editor';

export interface EditorSlice {
  /** The scenario editor is open. */
  editorOpen: boolean;
  setEditorOpen(open: boolean): void;
  /**
   * Starts a new town from a draft (the worker checks it as every new town; this one is
   * autosaved); the page then reloads into it. Rejects with what is wrong.
   */
  startScenario(draft: ScenarioDraft, seed?: number): Promise<void>;
}

/** Whether the page URL asks for the editor. */
export function editorInUrl(search: string): boolean {
  const v = new URLSearchParams(search).get(EDITOR_PARAM);
  return v !== null && v !== '0' && v !== 'false';
}

/** Takes `?editor=` off the address, so a reload opens the town rather than the editor again. */
function dropEditorParam(): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const url = new URL(location.href);
  if (!url.searchParams.has(EDITOR_PARAM)) return;
  url.searchParams.delete(EDITOR_PARAM);
  history.replaceState(history.state, '', url);
}

/** The scenario editor's open state and its one action on the town: start a town from a draft. */
export function createEditorSlice(
  { set, client }: SliceContext,
  nav: PageNav = browserNav(),
): EditorSlice {
  return {
    editorOpen: typeof location !== 'undefined' && editorInUrl(location.search),
    setEditorOpen(open) {
      if (!open) dropEditorParam();
      set({ editorOpen: open });
    },
    async startScenario(draft, seed) {
      const { townId } = await client.request('startScenario', { draft, seed });
      dropEditorParam();
      nav.write({ ...nav.read(), townId, next: { kind: 'resume', townId } });
      nav.reload();
    },
  };
}
