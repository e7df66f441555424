import { useCallback, useEffect } from 'react';
import { errorText } from '../../protocol/text';
import { useTown, useTownStore } from '../hooks/useTown';
import { SaveIndicator, useSaveStatusText } from './SaveIndicator';
import { SavesDialog } from './SavesDialog';
import { captureThumbnail } from './thumbnail';

/** The top bar's saving corner: the autosave indicator, the Saves button and Ctrl+S. */
export function SaveControls() {
  const store = useTownStore();
  const open = useTown((s) => s.savesOpen);
  const setOpen = useTown((s) => s.setSavesOpen);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const { title } = useSaveStatusText();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      const s = store.getState();
      if (s.status !== 'ready') return;
      if (s.town?.mode !== 'live') {
        s.notify('info', 'This replay is read only: there is nothing to save.');
        return;
      }
      s.quickSave(captureThumbnail()).then(
        (save) => s.notify('info', `Quick-saved (${save.summary.time}, day ${save.summary.day}).`),
        (err: unknown) => s.notify('error', `Quick save failed: ${errorText(err)}`),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <>
      <button
        type="button"
        className="btn save-btn"
        onClick={() => setOpen(true)}
        title={`${title}. Saves: save, fork, load, replay, export and import (Ctrl+S quick-saves)`}
        data-testid="saves-open"
      >
        <span aria-hidden="true">💾</span>
        <span className="save-btn__text">
          <span>Saves</span>
          <SaveIndicator />
        </span>
      </button>
      {open && <SavesDialog onClose={close} />}
    </>
  );
}
