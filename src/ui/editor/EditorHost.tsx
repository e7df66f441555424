import { lazy, Suspense } from 'react';
import { useTown } from '../hooks/useTown';

/** The editor's code loads only when it is first opened. */
const ScenarioEditor = lazy(() => import('./ScenarioEditor'));

/** Shows the scenario editor while it is open (Saves → Scenario editor, or `?editor=1`). */
export function EditorHost() {
  const open = useTown((s) => s.editorOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ScenarioEditor />
    </Suspense>
  );
}
