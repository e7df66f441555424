import { DEFAULT_SPEED } from '../../protocol';
import { STEP_GAME_SECONDS } from '../../sim/clock';
import { speedLabel } from '../format';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import './welcome.css';

/** The action emoji people show (chosen by the mind from what they do), most common first. */
const LEGEND: [string, string][] = [
  ['😴', 'sleeping'],
  ['🪥', 'getting ready'],
  ['🍽️', 'eating'],
  ['☕', 'coffee or a break'],
  ['🍳', 'cooking or baking'],
  ['💬', 'talking'],
  ['📚', 'teaching or studying'],
  ['📖', 'reading'],
  ['✍️', 'writing'],
  ['🎨', 'painting'],
  ['🎵', 'music'],
  ['🌱', 'gardening'],
  ['🚶', 'walking'],
  ['🛒', 'shopping'],
  ['🔧', 'repairs'],
  ['🗂️', 'office work'],
  ['🛋️', 'resting'],
  ['🧹', 'tidying'],
  ['🎉', 'a party'],
  ['🙂', 'anything else'],
];

const KEYS: [string, string][] = [
  ['Space', 'pause / play'],
  ['.', 'one step'],
  ['[ ]', 'slower / faster'],
  ['/', 'find a person'],
  ['F', 'follow the selected person'],
  ['I', 'hide / show the side panel'],
  ['D', 'dashboard'],
  ['E', 'evaluate'],
  ['W', 'what if…? (an experiment)'],
  ['P', 'present'],
  ['← ↑ → ↓', 'move the map'],
  ['0', 'the whole town'],
  ['?', 'this help'],
];

/** A game hour at `speed` steps a second, in wall seconds. */
function hourSeconds(speed: number): number {
  return Math.round(3600 / STEP_GAME_SECONDS / speed);
}

/**
 * The first minute: what this is, what one can do, what the emoji mean and how fast time runs.
 * Shown once on a browser (then from the "?" button).
 */
export function Welcome({ onClose }: { onClose(): void }) {
  const people = useTown((s) => s.meta?.agents.length ?? 0);
  // The town's speed now (a URL or a resumed town may have set another than the default).
  const now = useTown((s) => s.view?.speed ?? DEFAULT_SPEED);
  const speed = now === 'max' ? null : now;
  return (
    <Modal
      title="Welcome to Generative Town"
      onClose={onClose}
      className="dialog--welcome"
      testId="welcome"
    >
      <div className="welcome">
        <p className="welcome__lead">
          {people > 0 ? `${people} people live here.` : 'People live here.'} Each one{' '}
          <strong>remembers</strong> what they see and hear, <strong>reflects</strong> on it,{' '}
          <strong>plans</strong> their day and <strong>talks</strong> with the others. Nothing is
          scripted: what they do comes from their memories.
        </p>
        <div className="welcome__cols">
          <section>
            <h3>What you can do</h3>
            <ul className="welcome__do">
              <li>
                <span aria-hidden="true">👆</span>
                <span>
                  <b>Click someone</b> on the map or in the list to see their memories, plans and
                  reflections.
                </span>
              </li>
              <li>
                <span aria-hidden="true">🤫</span>
                <span>
                  <b>Whisper</b> an idea to them (Talk tab) and watch whether it spreads.
                </span>
              </li>
              <li>
                <span aria-hidden="true">🎤</span>
                <span>
                  <b>Interview</b> anyone: ask about their day, their friends, their plans.
                </span>
              </li>
              <li>
                <span aria-hidden="true">📣</span>
                <span>
                  <b>Announce</b> an event to the whole town or to one place.
                </span>
              </li>
            </ul>
            <h3>Time</h3>
            <p className="welcome__time">
              {speed
                ? `The town runs at ${speedLabel(speed)}: a game hour passes in about ${hourSeconds(speed)} seconds. `
                : ''}
              Pause, step or change speed at the top; <b>Max</b> runs as fast as it can and asks how
              far to go.
            </p>
          </section>
          <section>
            <h3>What the emoji mean</h3>
            <ul className="welcome__legend" data-testid="welcome-legend">
              {LEGEND.map(([emoji, what]) => (
                <li key={emoji}>
                  <span className="welcome__emoji" aria-hidden="true">
                    {emoji}
                  </span>
                  {what}
                </li>
              ))}
            </ul>
            <p className="muted small">
              On the map a speech bubble is what someone says; a bubble with dots means they are
              thinking.
            </p>
          </section>
        </div>
        <details className="welcome__keys">
          <summary>Keyboard</summary>
          <ul>
            {KEYS.map(([key, what]) => (
              <li key={key}>
                <kbd>{key}</kbd> {what}
              </li>
            ))}
          </ul>
        </details>
        <div className="dialog__actions">
          <span className="muted small welcome__again">
            Open this again with the ? button (top right) or the ? key.
          </span>
          <button
            type="button"
            className="btn btn--primary"
            onClick={onClose}
            data-autofocus
            data-testid="welcome-close"
          >
            Start watching
          </button>
        </div>
      </div>
    </Modal>
  );
}
