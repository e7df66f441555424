import { useTown } from '../hooks/useTown';
import { EvaluateDialog } from './EvaluateDialog';

/** The top bar's Evaluate button (shortcut `e`); shows when an evaluation runs in the background. */
export function EvaluateButton() {
  const open = useTown((s) => s.evalOpen);
  const setOpen = useTown((s) => s.setEvalOpen);
  const running = useTown((s) => s.evalRunning !== null);
  return (
    <>
      <button
        type="button"
        className="btn eval-btn"
        onClick={() => setOpen(true)}
        title="Evaluate believability: interview everyone and check the answers (e)"
        aria-label="Evaluate"
        data-testid="eval-open"
        data-running={running}
      >
        {running ? <span className="spinner spinner--tiny" /> : <span aria-hidden="true">📊</span>}
        <span className="topbar__label topbar__label--roomy">Evaluate</span>
      </button>
      {open && <EvaluateDialog />}
    </>
  );
}
