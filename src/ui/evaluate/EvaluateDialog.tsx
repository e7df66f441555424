import { useCallback } from 'react';
import type { EvalRunning } from '../../store/evalSlice';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { EvalForm } from './EvalForm';
import { EvalResults } from './EvalResults';

const STEPS_PER_HOUR = 360;

/**
 * The Evaluate panel: interview everyone (now, or after running a copy of the town ahead), check
 * every answer and show the pass rates, the town's figures and each answer with its checks. The
 * town shown never changes. Esc closes; an evaluation keeps running in the background.
 */
export function EvaluateDialog() {
  const setOpen = useTown((s) => s.setEvalOpen);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const running = useTown((s) => s.evalRunning);
  const result = useTown((s) => s.evalResult);
  const error = useTown((s) => s.evalError);
  const cancelled = useTown((s) => s.evalCancelled);

  return (
    <Modal
      title="📊 Evaluate believability"
      onClose={close}
      className="dialog--eval"
      busy={!!running}
      testId="eval-dialog"
    >
      <div className="eval-scroll">
        <EvalForm />
        {running && <EvalProgress running={running} />}
        {error && (
          <div className="form-error" role="alert" data-testid="eval-error">
            <b>The evaluation failed:</b> {error}
          </div>
        )}
        {cancelled && (
          <p className="eval-note" data-testid="eval-cancelled">
            The evaluation was cancelled. The town was not touched.
          </p>
        )}
        {result ? (
          <EvalResults key={result.id} result={result} />
        ) : (
          !running && (
            <p className="empty eval-empty">
              No evaluation yet. <b>Evaluate now</b> interviews everyone as they are this moment;
              <b> Run ahead</b> lets a copy of the town live on and interviews at the end of each
              game day, measuring behaviour too.
            </p>
          )
        )}
      </div>
    </Modal>
  );
}

/** Progress of the evaluation running, with Cancel. */
function EvalProgress({ running }: { running: EvalRunning }) {
  const cancel = useTown((s) => s.cancelEvaluation);
  const { run, progress, cancelling } = running;
  const frac =
    run.mode === 'ahead' && progress && progress.total > 0 ? progress.done / progress.total : null;
  let label: string;
  if (run.mode === 'now') label = 'Interviewing everyone…';
  else if (!progress) label = 'Copying the town…';
  else if (progress.done >= progress.total) label = 'Interviewing and measuring…';
  else
    label = `Running a copy ahead: ${Math.floor(progress.done / STEPS_PER_HOUR)} of ${Math.round(
      progress.total / STEPS_PER_HOUR,
    )} game hours`;
  return (
    <div className="eval-progress" role="status" data-testid="eval-progress">
      <div
        className="eval-progress__bar"
        role="progressbar"
        aria-label="Evaluation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={frac === null ? undefined : Math.round(frac * 100)}
      >
        <span
          className={frac === null ? 'is-indeterminate' : undefined}
          style={frac === null ? undefined : { width: `${Math.round(frac * 100)}%` }}
        />
      </div>
      <span className="eval-progress__label">{cancelling ? 'Cancelling…' : label}</span>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => void cancel()}
        disabled={cancelling}
        data-testid="eval-cancel"
      >
        Cancel
      </button>
    </div>
  );
}
