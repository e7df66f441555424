import '../styles/experiment.css';
import { lazy, Suspense } from 'react';
import { useExperiment } from './experimentRun';

/** The dialog and its report code load on first use, not with the page. */
const WhatIfDialog = lazy(() =>
  import('./WhatIfDialog').then((m) => ({ default: m.WhatIfDialog })),
);

/**
 * "What if…?": branch the town shown (live or a replayed moment) and compare the branches. While
 * an experiment runs in the background the button shows how far it is.
 */
export function WhatIfButton() {
  const open = useExperiment((s) => s.open);
  const setOpen = (v: boolean) => useExperiment.setState({ open: v });
  const phase = useExperiment((s) => s.phase);
  const pct =
    phase.kind === 'running'
      ? Math.floor((phase.progress.done / Math.max(1, phase.progress.total)) * 100)
      : null;
  return (
    <>
      <button
        type="button"
        className={open || pct !== null ? 'btn is-on' : 'btn'}
        onClick={() => setOpen(true)}
        title="What if…? Branch the town at this moment, change something, and compare (w)"
        aria-label={pct === null ? 'What if…?' : `What if…? (running, ${pct}%)`}
        data-testid="whatif-open"
      >
        <span aria-hidden="true">🔀</span>
        <span className="topbar__label topbar__label--roomy">What if…?</span>
        {pct !== null && <span className="whatif-badge">{pct}%</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <WhatIfDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
