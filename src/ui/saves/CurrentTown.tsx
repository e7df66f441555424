import { useState } from 'react';
import { dayClock } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { downloadBytes } from './files';
import type { SavesState } from './useSaves';
import { captureThumbnail } from './thumbnail';

/** A default slot name: "Willow Creek · Day 2 07:05". */
function defaultName(town: string, day: number, minute: number): string {
  return `${town} · ${dayClock(day, minute)}`;
}

/** The running town: save into a new slot, fork into a new town, export, or start a new town. */
export function CurrentTown({ state, onNewTown }: { state: SavesState; onNewTown(): void }) {
  const town = useTown((s) => s.town);
  const day = useTown((s) => s.view?.clock.day ?? 1);
  const minute = useTown((s) => s.view?.clock.minuteOfDay ?? 0);
  const saveTown = useTown((s) => s.saveTown);
  const forkTown = useTown((s) => s.forkTown);
  const exportTown = useTown((s) => s.exportTown);
  const notify = useTown((s) => s.notify);
  const [name, setName] = useState<string | null>(null);
  const shown = name ?? defaultName(town?.name ?? 'Town', day, minute);
  const disabled = !!state.busy || !shown.trim();

  const save = () =>
    state.run('Saving…', async () => {
      const s = await saveTown(shown.trim(), { thumbnail: captureThumbnail() });
      notify('info', `Saved “${s.name}”.`);
      setName(null);
    });
  const fork = () =>
    state.run('Forking…', async () => {
      const s = await forkTown(shown.trim(), captureThumbnail());
      notify('info', `Forked into “${s.name}”: load it to continue that branch.`);
      setName(null);
    });
  const exportNow = () =>
    state.run(
      'Exporting…',
      async () => {
        const { fileName, bytes } = await exportTown();
        downloadBytes(bytes, fileName);
      },
      { refresh: false },
    );

  return (
    <section className="saves-current" aria-labelledby="saves-current-title">
      <h3 id="saves-current-title" className="saves-section-title">
        This town <span className="muted">· {town?.name}</span>
      </h3>
      <form
        className="saves-current__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!disabled) void save();
        }}
      >
        <input
          value={shown}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          aria-label="Name of the save"
          data-autofocus
          data-testid="save-name-input"
        />
        <button
          type="submit"
          className="btn btn--primary"
          disabled={disabled}
          data-testid="save-new"
        >
          💾 Save
        </button>
        <button
          type="button"
          className="btn"
          disabled={disabled}
          onClick={() => void fork()}
          title="Save as a new town at this moment: this town and the fork each continue on their own"
          data-testid="save-fork"
        >
          🔀 Fork
        </button>
      </form>
      <div className="saves-current__more">
        <p className="muted small">
          Autosaved every game hour and when you leave. <b>Fork</b> starts a separate branch you can
          load later; both continue independently.
        </p>
        <button
          type="button"
          className="btn btn--small"
          disabled={!!state.busy}
          onClick={() => void exportNow()}
          data-testid="export-current"
        >
          ⬇ Export town
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          disabled={!!state.busy}
          onClick={onNewTown}
          data-testid="new-town"
        >
          ✦ New town
        </button>
      </div>
    </section>
  );
}
