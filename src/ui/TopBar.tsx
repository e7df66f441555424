import { useCallback, useState } from 'react';
import { AnnounceDialog } from './AnnounceDialog';
import { EvaluateButton } from './evaluate/EvaluateButton';
import { WhatIfButton } from './experiment/WhatIfButton';
import { useTown } from './hooks/useTown';
import { useReadOnly } from './replay/ReadOnly';
import { SaveControls } from './saves/SaveControls';
import { MindButton } from './settings/MindButton';
import { TimeControls } from './TimeControls';

/** Brand, time controls and town-wide actions. */
export function TopBar() {
  const meta = useTown((s) => s.meta);
  const [announcing, setAnnouncing] = useState(false);
  const readOnly = useReadOnly();
  const close = useCallback(() => setAnnouncing(false), []);
  const view = useTown((s) => s.sideView);
  const setView = useTown((s) => s.setSideView);
  const setPresenting = useTown((s) => s.setPresenting);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand__logo" aria-hidden="true">
          ⌂
        </span>
        <div>
          <h1>Generative Town</h1>
          {meta && (
            <span className="brand__sub">
              <span className="topbar__wide">{meta.scenarioName} · </span>
              {meta.agents.length} people · {meta.mind} mind
            </span>
          )}
        </div>
      </div>
      <TimeControls />
      <div className="topbar__actions">
        <SaveControls />
        <MindButton />
        <EvaluateButton />
        <WhatIfButton />
        <button
          type="button"
          className="btn"
          onClick={() => setPresenting(true)}
          title="Presentation mode for a projector: the map large, captions, the action camera (p)"
          aria-label="Present"
          data-testid="present-open"
        >
          <span aria-hidden="true">🎬</span>
          <span className="topbar__label topbar__label--roomy">Present</span>
        </button>
        <button
          type="button"
          className={view === 'dashboard' ? 'btn is-on' : 'btn'}
          aria-pressed={view === 'dashboard'}
          onClick={() => setView(view === 'dashboard' ? 'inspector' : 'dashboard')}
          title="The town's dashboard: news spreading, friendships, talk, where people are (d)"
          aria-label="Dashboard"
          data-testid="dashboard-open"
        >
          <span aria-hidden="true">📈</span>
          <span className="topbar__label topbar__label--roomy">Dashboard</span>
        </button>
        <button
          type="button"
          className="btn btn--accent"
          onClick={() => setAnnouncing(true)}
          disabled={readOnly}
          title={readOnly ? 'A replay is read only' : 'Announce an event to the town or one place'}
          aria-label="Announce event"
          data-testid="announce-open"
        >
          <span aria-hidden="true">📣</span>
          <span className="topbar__label">
            Announce<span className="topbar__wide"> event</span>
          </span>
        </button>
      </div>
      {announcing && <AnnounceDialog onClose={close} />}
    </header>
  );
}
