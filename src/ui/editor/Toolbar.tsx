import { useState } from 'react';
import type { MapChoice, ScenarioDraft } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';

/**
 * The editor's toolbar: the map (a bundled town's or an uploaded Tiled map), import, export, a new
 * draft, whether the draft is kept, and the start button (with why it is disabled).
 */
export function Toolbar({
  draft,
  towns,
  busy,
  canStart,
  errors,
  checking,
  mapError,
  saveState,
  onMap,
  onImport,
  onExport,
  onNew,
  onStart,
}: {
  draft: ScenarioDraft;
  towns: { id: string; name: string }[];
  busy: string | null;
  canStart: boolean;
  errors: number;
  checking: boolean;
  mapError: string | null;
  saveState: string;
  onMap(choice: MapChoice): void;
  onImport(files: FileList | null): void;
  onExport(): void;
  onNew(): void;
  onStart(): void;
}) {
  const request = useTown((s) => s.request);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const choice = draft.mapChoice;
  const value = choice.kind === 'bundled' ? `town:${choice.townId}` : 'upload';
  const why = busy
    ? busy
    : checking
      ? 'Checking…'
      : mapError
        ? 'The map cannot be used.'
        : errors
          ? `Fix ${errors} problem${errors === 1 ? '' : 's'} first.`
          : 'Start a new town from this scenario (this town is autosaved first).';
  return (
    <div className="ed-toolbar">
      <label className="ed-toolbar__map">
        Map
        <select
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v.startsWith('town:')) onMap({ kind: 'bundled', townId: v.slice(5) });
          }}
          data-testid="ed-map-choice"
        >
          {towns.map((t) => (
            <option key={t.id} value={`town:${t.id}`}>
              Map of {t.name}
            </option>
          ))}
          {choice.kind === 'upload' && <option value="upload">Uploaded: {choice.fileName}</option>}
        </select>
      </label>
      <label className="btn btn--small ed-file">
        Upload a Tiled map…
        <input
          type="file"
          accept=".json,.tmj,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setUploadError(null);
            void file
              .text()
              .then((text) => request('readScenarioFile', { fileName: file.name, text }))
              .then((read) => {
                if (read.kind !== 'map')
                  throw new Error(
                    `"${file.name}" is a personas file, not a Tiled map: use Import.`,
                  );
                onMap(read.mapChoice);
              })
              .catch((err: unknown) => setUploadError(errorText(err)));
          }}
          data-testid="ed-upload-map"
        />
      </label>
      <span className="ed-toolbar__gap" />
      <label className="btn btn--small ed-file" title="A personas.json and/or a Tiled map .json">
        Import…
        <input
          type="file"
          accept=".json,.tmj,application/json"
          multiple
          onChange={(e) => {
            const files = e.target.files;
            void Promise.resolve(onImport(files)).finally(() => (e.target.value = ''));
          }}
          data-testid="ed-import"
        />
      </label>
      <button
        type="button"
        className="btn btn--small"
        onClick={onExport}
        disabled={!!busy}
        title="personas.json (--personas) and town.json (--map), as the CLI loads them"
        data-testid="ed-export"
      >
        ⬇ Export
      </button>
      <button
        type="button"
        className="btn btn--small"
        onClick={onNew}
        disabled={!!busy}
        data-testid="ed-new"
      >
        New…
      </button>
      <span className="ed-toolbar__saved muted small" role="status" data-testid="ed-saved">
        {saveState}
      </span>
      <button
        type="button"
        className="btn btn--primary"
        onClick={onStart}
        disabled={!canStart}
        title={why}
        data-testid="ed-start"
      >
        {busy === 'Starting the town…' ? 'Starting…' : '▶ Start town'}
      </button>
      {uploadError && (
        <div className="form-error ed-error" role="alert" data-testid="ed-upload-error">
          {uploadError}
        </div>
      )}
    </div>
  );
}
