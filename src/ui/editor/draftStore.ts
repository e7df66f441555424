import type { ScenarioDraft } from '../../protocol';

/** Where the editor keeps its draft in this browser. */
export const DRAFT_KEY = 'generative-town:scenario-draft';

/** The saved draft, or null (none, or unreadable). */
export function loadDraft(
  storage: Storage | null = globalThis.localStorage ?? null,
): ScenarioDraft | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const draft = JSON.parse(raw) as ScenarioDraft;
    return draft?.version === 1 && Array.isArray(draft.personas?.personas) ? draft : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; throws a readable message when the browser refuses (full, or disabled). */
export function saveDraft(
  draft: ScenarioDraft,
  storage: Storage | null = globalThis.localStorage ?? null,
): void {
  if (!storage)
    throw new Error('This browser keeps no local storage: export the scenario to keep it.');
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch (err) {
    throw new Error(
      `The draft could not be kept in this browser (${(err as Error).message}). Export it to keep it.`,
      { cause: err },
    );
  }
}
