import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { LoadingScreen } from '../StatusScreens';
import { summaryLine } from './SaveRow';

/** While the town opens: the loading screen, or the choice when another tab runs this town. */
export function BootScreen() {
  const busyTown = useTown((s) => s.busyTown);
  return busyTown ? <OtherTabScreen /> : <LoadingScreen />;
}

/** Another tab runs this town: watch it read-only, take it over, or start a new one. */
function OtherTabScreen() {
  const busyTown = useTown((s) => s.busyTown)!;
  const viewReadOnly = useTown((s) => s.viewReadOnly);
  const takeOver = useTown((s) => s.takeOver);
  const newTown = useTown((s) => s.newTown);
  // Each choice ends on another screen: the buttons stay disabled until then.
  const choice = useSubmit({ holdOnSuccess: true });
  const working = choice.label;
  const error = choice.error;
  const act = (label: string, fn: () => Promise<void>) => void choice.run(fn, label);
  return (
    <div className="status-screen" data-testid="other-tab">
      <div className="status-card" role="dialog" aria-labelledby="other-tab-title">
        <div className="status-card__icon status-card__icon--info" aria-hidden="true">
          📑
        </div>
        <h2 id="other-tab-title">This town is open in another tab</h2>
        <p>
          <b>{busyTown.name}</b>
          {busyTown.summary && <span className="muted"> · {summaryLine(busyTown.summary)}</span>}
        </p>
        <p className="muted">
          Only one tab runs a town at a time, so the two never overwrite each other’s saves.
        </p>
        <div className="status-card__actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={!!working}
            onClick={() => act('Opening…', viewReadOnly)}
            data-testid="view-read-only"
            autoFocus
          >
            👁 View read-only
          </button>
          <button
            type="button"
            className="btn"
            disabled={!!working}
            onClick={() => act('Taking over…', takeOver)}
            title="Run the town here; the other tab pauses"
            data-testid="take-over"
          >
            Take over here
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            disabled={!!working}
            onClick={() => act('Starting…', newTown)}
            data-testid="other-tab-new"
          >
            New town
          </button>
        </div>
        {working && (
          <p className="muted" role="status">
            <span className="spinner" /> {working}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** Another tab took this town over: this tab stopped it and says so. */
export function TakenOverScreen() {
  return (
    <div className="status-screen status-screen--error" role="alert" data-testid="taken-over">
      <div className="status-card">
        <div className="status-card__icon status-card__icon--info" aria-hidden="true">
          📑
        </div>
        <h2>This town was taken over by another tab</h2>
        <p className="muted">
          It runs there now. This tab paused it and stopped saving, so the two don’t overwrite each
          other.
        </p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          Reload this tab
        </button>
      </div>
    </div>
  );
}
