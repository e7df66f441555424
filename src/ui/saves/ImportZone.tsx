import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { readFileBytes } from './files';
import type { SavesState } from './useSaves';

/**
 * Import: a file button and a drop target around the saves list. A refused file shows what is
 * wrong with it; nothing is stored then.
 */
export function ImportZone({ state, children }: { state: SavesState; children: ReactNode }) {
  const importTown = useTown((s) => s.importTown);
  const notify = useTown((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<{ file: string; message: string } | null>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    let message: string | null = null;
    await state.run('Importing…', async () => {
      try {
        const save = await importTown(await readFileBytes(file));
        notify('info', `Imported “${save.name}” as a new town.`);
      } catch (err) {
        message = errorText(err);
      }
    });
    if (message) setProblem({ file: file.name, message });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`import-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setOver(false)}
      onDrop={onDrop}
      data-testid="import-zone"
    >
      <div className="saves-list__head">
        <h3 className="saves-section-title">Saved towns</h3>
        <span className="muted small">Drop a .town file here, or</span>
        <button
          type="button"
          className="btn btn--small"
          disabled={!!state.busy}
          onClick={() => input.current?.click()}
          data-testid="import-button"
        >
          ⬆ Import…
        </button>
        <input
          ref={input}
          type="file"
          accept=".town,.gz,.json,application/gzip,application/json"
          hidden
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = '';
          }}
          data-testid="import-input"
        />
      </div>
      {problem && (
        <div className="saves-error" role="alert" data-testid="import-error">
          <b>“{problem.file}” was not imported.</b> {problem.message}
          <button
            type="button"
            className="icon-btn"
            onClick={() => setProblem(null)}
            aria-label="Dismiss"
          >
            ×
          </button>
        </div>
      )}
      {children}
      {over && <div className="import-zone__hint">Drop to import the town</div>}
    </div>
  );
}
