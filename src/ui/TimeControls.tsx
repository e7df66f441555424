import { SPEEDS } from '../protocol';
import { formatClock } from '../sim/clock';
import { MAX_RUN_LABEL, type MaxRun } from '../store/maxRun';
import { speedLabel } from './format';
import { useTown } from './hooks/useTown';
import { Modal } from './Modal';

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
  const asking = useTown((s) => s.maxAsking);

  return (
    <div className="time">
      <div className="clock" data-testid="clock" aria-live="off">
        <span className="clock__time" data-testid="clock-time">
          {formatClock(minute)}
        </span>
        <span className="clock__day" data-testid="clock-day">
          Day {day} · {weekday}
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
      <div className="speed">
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
        {speed === 'max' && <RunUntil />}
      </div>
      {asking && <MaxRunQuestion />}
    </div>
  );
}

/** Under the speeds while at Max: where the run stops; a click changes it. */
function RunUntil() {
  const until = useTown((s) => s.runUntil);
  const run = useTown((s) => s.maxRun);
  const ask = useTown((s) => s.askMaxRun);
  const text = until ? `stops ${until.label}` : run === 'stopped' ? 'runs until stopped' : '';
  if (!text) return null;
  return (
    <button
      type="button"
      className="speed__until"
      onClick={ask}
      title="Where a run at Max pauses by itself: click to change"
      data-testid="max-run-change"
    >
      ⏩ {text}
    </button>
  );
}

const CHOICES: { run: MaxRun; icon: string; note: string }[] = [
  { run: 'morning', icon: '🌅', note: 'Pauses as the town wakes up.' },
  { run: 'day', icon: '📅', note: 'Skip a whole day ahead, to this time tomorrow.' },
  { run: 'stopped', icon: '∞', note: 'Runs until you press pause.' },
];

/** Asked once a session, the first time Max is chosen. */
function MaxRunQuestion() {
  const choose = useTown((s) => s.chooseMaxRun);
  const current = useTown((s) => s.maxRun);
  return (
    <Modal
      title="Run at Max — how far?"
      onClose={() => choose(null)}
      className="dialog--max"
      testId="max-run-dialog"
    >
      <p className="muted">
        Max runs as fast as this computer can: a game day can pass in a minute or two. The town
        pauses by itself where you choose. Asked once; change it with the ⏩ note under the speeds.
      </p>
      <div className="max-run__choices">
        {CHOICES.map((c, i) => (
          <button
            key={c.run}
            type="button"
            className={`btn max-run__choice${current === c.run ? ' is-on' : ''}`}
            onClick={() => choose(c.run)}
            data-testid={`max-run-${c.run}`}
            data-autofocus={i === 0 ? true : undefined}
          >
            <span className="max-run__icon" aria-hidden="true">
              {c.icon}
            </span>
            <span className="max-run__text">
              <strong>{MAX_RUN_LABEL[c.run]}</strong>
              <span className="muted small">{c.note}</span>
            </span>
          </button>
        ))}
      </div>
    </Modal>
  );
}
