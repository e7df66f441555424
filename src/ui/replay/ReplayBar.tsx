import { useRef, useState } from 'react';
import { dayClock, errorText } from '../../protocol/text';
import { gameTime } from '../../sim/clock';
import { useTown } from '../hooks/useTown';

/** "Day 2 07:05" for a step. */
function when(step: number): string {
  const t = gameTime(step);
  return dayClock(t.day, t.minuteOfDay);
}

/**
 * Replay mode over the map: a "read only" banner with the way out, and a timeline scrubber over
 * the recording (drag or use the arrow keys; seeks show their progress). Play, pause, step and
 * speed are the top bar's usual controls.
 */
export function ReplayBar() {
  const replay = useTown((s) => (s.town?.mode === 'replay' ? s.replay : null));
  if (!replay) return null;
  return (
    <>
      <ReplayBanner name={replay.name} />
      <Scrubber
        first={replay.firstStep}
        last={replay.lastStep}
        stoppedEarly={replay.stoppedEarly}
      />
    </>
  );
}

function ReplayBanner({ name }: { name: string }) {
  const exitReplay = useTown((s) => s.exitReplay);
  return (
    <div
      className="replay-banner"
      role="status"
      title="No LLM calls: every answer comes from the recording. Commands are off."
      data-testid="replay-banner"
    >
      <span className="replay-banner__tag">⏪ Replay — read only</span>
      <span className="replay-banner__name">{name}</span>
      <button
        type="button"
        className="btn btn--small btn--primary"
        onClick={exitReplay}
        data-testid="replay-exit"
      >
        Exit replay
      </button>
    </div>
  );
}

function Scrubber({
  first,
  last,
  stoppedEarly,
}: {
  first: number;
  last: number;
  stoppedEarly: string | null;
}) {
  const step = useTown((s) => s.view?.clock.step ?? first);
  const running = useTown((s) => s.view?.running ?? false);
  const progress = useTown((s) => s.seekProgress);
  const seek = useTown((s) => s.seek);
  const togglePause = useTown((s) => s.togglePause);
  const notify = useTown((s) => s.notify);
  const [drag, setDrag] = useState<number | null>(null);
  const inFlight = useRef(false);
  const queued = useRef<number | null>(null);

  // One seek at a time; while it runs only the latest position is kept (the worker also
  // retargets a running seek, so dragging stays responsive).
  const send = (target: number) => {
    if (inFlight.current) {
      queued.current = target;
      return;
    }
    inFlight.current = true;
    seek(target)
      .catch((err: unknown) => notify('error', errorText(err)))
      .finally(() => {
        inFlight.current = false;
        const next = queued.current;
        queued.current = null;
        if (next !== null) send(next);
        else setDrag(null);
      });
  };

  const value = drag ?? step;
  const pct = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : null;
  return (
    <div className="replay-bar" data-testid="replay-bar">
      <button
        type="button"
        className={`btn btn--play${running ? '' : ' is-paused'}`}
        onClick={togglePause}
        aria-label={running ? 'Pause replay' : 'Play replay'}
        data-testid="replay-play"
      >
        {running ? '❚❚' : '▶'}
      </button>
      <span className="replay-bar__end muted small">{when(first)}</span>
      <input
        type="range"
        className="replay-bar__range"
        min={first}
        max={Math.max(first, last)}
        step={1}
        value={value}
        onChange={(e) => {
          const v = Number(e.target.value);
          setDrag(v);
          send(v);
        }}
        aria-label="Replay timeline"
        aria-valuetext={when(value)}
        data-testid="replay-scrubber"
      />
      <span className="replay-bar__end muted small">{when(last)}</span>
      <output className="replay-bar__now" data-testid="replay-time" data-step={value}>
        {when(value)}
      </output>
      {pct !== null && (
        <span className="replay-bar__seek" role="status" data-testid="replay-progress">
          <progress value={progress!.done} max={progress!.total} /> Seeking… {pct}%
        </span>
      )}
      {stoppedEarly && (
        <p className="replay-bar__warn" role="alert">
          ⚠ {stoppedEarly}
        </p>
      )}
    </div>
  );
}
