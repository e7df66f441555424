import { useEffect, useState } from 'react';
import type { ScenarioDraft } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { emptyPersonas } from './draftOps';

/** Where a new scenario starts: a copy of a bundled town's people, or one person on its map. */
export function StartChooser({
  hasDraft,
  onChoose,
  onBack,
}: {
  hasDraft: boolean;
  onChoose(draft: ScenarioDraft): void;
  onBack(): void;
}) {
  const request = useTown((s) => s.request);
  const [towns, setTowns] = useState<{ id: string; name: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request('scenarioTowns', {}).then(setTowns, (err: unknown) => setError(errorText(err)));
  }, [request]);

  const copy = (townId: string) =>
    request('scenarioTemplate', { townId }).then(
      (t) => onChoose({ version: 1, mapChoice: t.mapChoice, personas: t.personas }),
      (err: unknown) => setError(errorText(err)),
    );
  const empty = (townId: string) =>
    request('scenarioMap', { mapChoice: { kind: 'bundled', townId } }).then(
      (map) => {
        const home = map.places.find((p) => p.kind === 'home') ?? map.places[0];
        onChoose({
          version: 1,
          mapChoice: { kind: 'bundled', townId },
          personas: emptyPersonas({ sector: home?.sector ?? '' }),
        });
      },
      (err: unknown) => setError(errorText(err)),
    );

  return (
    <div className="ed-chooser" data-testid="editor-chooser">
      <p>
        Write a town of your own: its people, their homes and workplaces on the map, the events they
        plan and the storylines to measure. The editor checks it as you type, keeps it in this
        browser, exports the two files the command line loads (<code>--personas</code>,{' '}
        <code>--map</code>) and starts it as a new town.
      </p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="ed-chooser__grid">
        {towns?.map((t) => (
          <div key={t.id} className="ed-chooser__card">
            <h3>{t.name}</h3>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void copy(t.id)}
              data-testid={`ed-copy-${t.id}`}
            >
              Copy its people and map
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void empty(t.id)}
              data-testid={`ed-empty-${t.id}`}
            >
              Empty, on its map
            </button>
          </div>
        ))}
        {!towns && !error && <p className="muted">Reading the bundled towns…</p>}
      </div>
      <p className="muted small">
        Your own Tiled map can be uploaded in the editor; a saved personas file can be imported
        there too.
      </p>
      {hasDraft && (
        <button type="button" className="btn btn--small" onClick={onBack} data-testid="ed-back">
          ← Back to the draft (choosing above replaces it)
        </button>
      )}
    </div>
  );
}
