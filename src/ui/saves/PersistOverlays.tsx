import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { downloadBytes } from './files';
import { TakenOverScreen } from './TabScreens';

/** Page-wide states of saving: taken over by another tab, and storage full. */
export function PersistOverlays() {
  const takenOver = useTown((s) => s.takenOver);
  return (
    <>
      <StorageFullBanner />
      {takenOver && <TakenOverScreen />}
    </>
  );
}

/** Storage is full: say so, and offer the ways out (export now, delete saves). */
function StorageFullBanner() {
  const message = useTown((s) => s.storageFull);
  const live = useTown((s) => s.town?.mode === 'live');
  const exportTown = useTown((s) => s.exportTown);
  const openSaves = useTown((s) => s.setSavesOpen);
  const dismiss = useTown((s) => s.dismissStorageFull);
  const notify = useTown((s) => s.notify);
  if (!message) return null;
  const exportNow = () =>
    exportTown().then(
      ({ fileName, bytes }) => downloadBytes(bytes, fileName),
      (err: unknown) => notify('error', `Export failed: ${errorText(err)}`),
    );
  return (
    <div className="storage-full" role="alert" title={message} data-testid="storage-full">
      <span className="storage-full__icon" aria-hidden="true">
        ⚠
      </span>
      <p>
        <b>Storage is full — the town is not being saved.</b> Export it to a file, or delete old
        saves to make room. Existing saves are untouched.
      </p>
      {live && (
        <button
          type="button"
          className="btn btn--small btn--primary"
          onClick={() => void exportNow()}
        >
          ⬇ Export now
        </button>
      )}
      <button type="button" className="btn btn--small" onClick={() => openSaves(true)}>
        Manage saves
      </button>
      <button type="button" className="icon-btn" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
