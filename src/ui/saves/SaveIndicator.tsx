import { useTown } from '../hooks/useTown';
import { formatWhen } from './files';

/** The autosave's state in words: "Saved 14:05", "Saving…", "Not saved", and a tooltip. */
export function useSaveStatusText(): { text: string; title: string } {
  const status = useTown((s) => s.saveStatus);
  const replay = useTown((s) => s.town?.mode === 'replay');
  if (replay) return { text: 'Read only', title: 'A replay is read only: nothing is saved' };
  switch (status.state) {
    case 'saving':
      return { text: 'Saving…', title: 'Saving the town in the background' };
    case 'saved':
      return {
        text: `Saved ${formatWhen(status.at)}`,
        title: `Autosaved at step ${status.step.toLocaleString('en-US')}: reloading resumes from here`,
      };
    case 'failed':
      return { text: status.storageFull ? '⚠ Storage full' : '⚠ Not saved', title: status.message };
    case 'off':
      return { text: 'Not saving', title: status.reason };
    default:
      return {
        text: 'Autosave on',
        title: 'The town is saved every game hour and when you leave the page',
      };
  }
}

/** "Saved 14:05" / "Saving…": the autosave's state, small and quiet (inside the Saves button). */
export function SaveIndicator() {
  const status = useTown((s) => s.saveStatus);
  const { text } = useSaveStatusText();
  return (
    <span
      className={`save-indicator save-indicator--${status.state}`}
      aria-live="polite"
      data-testid="save-indicator"
      data-state={status.state}
      data-step={status.state === 'saved' ? status.step : undefined}
    >
      {status.state === 'saving' && <span className="spinner spinner--tiny" aria-hidden="true" />}
      {text}
    </span>
  );
}
