import { useEffect, useState } from 'react';
import { errorText, fileSafeName } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { downloadBlob, formatSize } from '../saves/files';

/** "<town>-day<N>-data.zip", the town's name made safe for a file name. */
export function dataZipName(town: string | undefined, day: number): string {
  return `${fileSafeName(town ?? '')}-day${day}-data.zip`;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string; fileName: string }
  | { kind: 'error'; text: string };

/** How long the "saved" note stays, ms. */
const DONE_MS = 6000;

/**
 * "⬇ Data": the town shown (live, or the replayed moment) as CSV and JSON files in one zip
 * (docs/data.md). The worker builds the zip; the page only downloads it.
 */
export function DataExportButton() {
  const request = useTown((s) => s.request);
  const townName = useTown((s) => s.town?.name);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    if (status.kind !== 'done') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), DONE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const run = async () => {
    setStatus({ kind: 'busy' });
    try {
      const res = await request('exportData', townName ? { townName } : {});
      const name = dataZipName(townName, res.day);
      downloadBlob(
        new Blob([res.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        name,
      );
      setStatus({
        kind: 'done',
        text: `${res.files} files · ${formatSize(res.bytes.length)}`,
        fileName: name,
      });
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not export the data: ${errorText(err)}` });
    }
  };

  return (
    <span className="data-export">
      {status.kind === 'done' && (
        <span
          className="data-export__note"
          role="status"
          title={`Downloaded ${status.fileName}`}
          data-testid="data-export-done"
        >
          ✓ {status.text}
        </span>
      )}
      {status.kind === 'error' && (
        <span className="data-export__error" role="alert" data-testid="data-export-error">
          {status.text}
        </span>
      )}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => void run()}
        disabled={status.kind === 'busy'}
        aria-busy={status.kind === 'busy'}
        title="Download people, memories, conversations, relationships, told-by edges and every series as CSV and JSON (one zip)"
        data-testid="data-export"
      >
        {status.kind === 'busy' ? 'Preparing…' : '⬇ Data'}
      </button>
    </span>
  );
}
