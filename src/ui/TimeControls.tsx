import { SPEEDS } from '../protocol';
import { formatClock } from '../sim/clock';
import { speedLabel } from './format';
import { useTown } from './hooks/useTown';

/** Game clock and day, play/pause, one step and the speed selector. */
export function TimeControls() {
  const day = useTown((s) => s.view?.clock.day ?? 1);
  const weekday = useTown((s) => s.view?.clock.weekday ?? '');
  const minute = useTown((s) => s.view?.clock.minuteOfDay ?? 0);
  const step = useTown((s) => s.view?.clock.step ?? 0);
  const running = useTown((s) => s.view?.running ?? false);
  const speed = useTown((s) => s.view?.speed ?? 1);
  const rate = useTown((s) => s.view?.stepsPerSecond ?? 0);
  const togglePause = useTown((s) => s.togglePause);
  const stepOnce = useTown((s) => s.step);
  const setSpeed = useTown((s) => s.setSpeed);

  return (
    <div className="time">
      <div className="clock" data-testid="clock" aria-live="off">
        <span className="clock__day" data-testid="clock-day">
          Day {day} · {weekday}
        </span>
        <span className="clock__time" data-testid="clock-time">
          {formatClock(minute)}
        </span>
        <span className="clock__step" data-testid="clock-step" data-step={step}>
          step {step.toLocaleString('en-US')}
          {running ? ` · ${rate.toFixed(rate < 10 ? 1 : 0)}/s` : ' · paused'}
        </span>
      </div>
      <div className="time__buttons">
        <button
          type="button"
          className={`btn btn--play${running ? '' : ' is-paused'}`}
          onClick={togglePause}
          data-testid="play-pause"
          aria-label={running ? 'Pause' : 'Play'}
          title={running ? 'Pause (Space)' : 'Play (Space)'}
        >
          {running ? '❚❚' : '▶'}
        </button>
        <button
          type="button"
          className="btn"
          onClick={stepOnce}
          data-testid="step"
          title="One step: 10 game seconds (.)"
          aria-label="Step once"
        >
          ▶❘
        </button>
      </div>
      <div className="segmented" role="radiogroup" aria-label="Speed" title="Speed ([ and ])">
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={speed === s}
            className={speed === s ? 'is-on' : ''}
            onClick={() => setSpeed(s)}
            data-testid={`speed-${s}`}
          >
            {speedLabel(s)}
          </button>
        ))}
      </div>
    </div>
  );
}
