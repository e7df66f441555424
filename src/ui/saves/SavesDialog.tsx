import { useState } from 'react';
import type { SaveView } from '../../protocol';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { ConfirmDialog } from './ConfirmDialog';
import { CurrentTown } from './CurrentTown';
import { downloadBytes } from './files';
import { ImportZone } from './ImportZone';
import { SaveRow, summaryLine } from './SaveRow';
import { useSaves } from './useSaves';

type Pending = { kind: 'load' | 'delete'; save: SaveView } | { kind: 'new' };

/**
 * The saves panel: save, fork, export the running town; load, replay, export, rename, delete the
 * saved ones; import a file. Loading, deleting and starting anew ask first. Esc closes.
 */
export function SavesDialog({ onClose }: { onClose(): void }) {
  const state = useSaves();
  const live = useTown((s) => s.town?.mode === 'live');
  const storageFull = useTown((s) => s.storageFull);
  const loadSave = useTown((s) => s.loadSave);
  const openReplay = useTown((s) => s.openReplay);
  const exportTown = useTown((s) => s.exportTown);
  const renameSave = useTown((s) => s.renameSave);
  const deleteSave = useTown((s) => s.deleteSave);
  const newTown = useTown((s) => s.newTown);
  const openEditor = useTown((s) => s.setEditorOpen);
  const [pending, setPending] = useState<Pending | null>(null);
  const { saves, busy } = state;

  const confirm = async () => {
    const p = pending;
    if (!p) return;
    if (p.kind === 'delete') {
      await state.run('Deleting…', () => deleteSave(p.save.id));
      setPending(null);
    } else if (p.kind === 'load') {
      // The page reloads into the loaded town; on failure the error shows here.
      if (!(await state.run('Loading…', () => loadSave(p.save.id), { refresh: false })))
        setPending(null);
    } else if (!(await state.run('Starting…', newTown, { refresh: false }))) setPending(null);
  };

  return (
    <>
      <Modal
        title="💾 Saves"
        onClose={onClose}
        className="dialog--saves"
        headClassName="saves-head"
        headExtra={
          busy && (
            <span className="saves-busy" role="status" data-testid="saves-busy">
              <span className="spinner" /> {busy}
            </span>
          )
        }
        busy={!!busy}
        testId="saves-dialog"
      >
        {storageFull && (
          <div className="saves-error" role="alert">
            <b>Storage is full.</b> Delete saves you no longer need (export them first to keep them
            as files), then save again.
          </div>
        )}
        {live ? (
          <CurrentTown state={state} onNewTown={() => setPending({ kind: 'new' })} />
        ) : (
          <p className="muted saves-current">
            This is a read-only replay: exit it to save the running town.
          </p>
        )}
        {state.error && (
          <div className="saves-error" role="alert" data-testid="saves-error">
            {state.error}
            <button
              type="button"
              className="icon-btn"
              onClick={() => state.setError(null)}
              aria-label="Dismiss"
            >
              ×
            </button>
          </div>
        )}
        <p className="saves-editor">
          <button
            type="button"
            className="btn btn--small"
            disabled={!!busy}
            onClick={() => {
              onClose();
              openEditor(true);
            }}
            data-testid="open-editor"
          >
            ✎ New town from a scenario…
          </button>{' '}
          <span className="muted small">
            Write your own people, events and storylines on a map (the scenario editor).
          </span>
        </p>
        <ImportZone state={state}>
          <div className="saves-list" data-testid="saves-list">
            {saves === undefined && (
              <p className="muted saves-empty">
                <span className="spinner" /> Reading saves…
              </p>
            )}
            {state.listError && (
              <p className="saves-error" role="alert">
                {state.listError}
              </p>
            )}
            {saves?.length === 0 && !state.listError && (
              <p className="muted saves-empty" data-testid="saves-empty">
                No saves yet. Save the town above, or import a .town file.
              </p>
            )}
            {!!saves?.length && (
              <ul>
                {saves.map((s) => (
                  <SaveRow
                    key={s.id}
                    save={s}
                    live={live}
                    disabled={!!busy}
                    onLoad={(save) => setPending({ kind: 'load', save })}
                    onReplay={(save) =>
                      void state.run('Opening replay…', () => openReplay(save.id), {
                        refresh: false,
                      })
                    }
                    onExport={(save) =>
                      void state.run(
                        'Exporting…',
                        async () => {
                          const { fileName, bytes } = await exportTown(save.id);
                          downloadBytes(bytes, fileName);
                        },
                        { refresh: false },
                      )
                    }
                    onRename={(save, name) =>
                      void state.run('Renaming…', () => renameSave(save.id, name))
                    }
                    onDelete={(save) => setPending({ kind: 'delete', save })}
                  />
                ))}
              </ul>
            )}
          </div>
        </ImportZone>
      </Modal>
      {pending && (
        <ConfirmDialog
          title={
            pending.kind === 'delete'
              ? `Delete “${pending.save.name}”?`
              : pending.kind === 'load'
                ? `Load “${pending.save.name}”?`
                : 'Start a new town?'
          }
          confirmLabel={
            pending.kind === 'delete'
              ? 'Delete'
              : pending.kind === 'load'
                ? 'Load'
                : 'Start new town'
          }
          danger={pending.kind === 'delete'}
          busy={!!busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          {pending.kind === 'delete' && (
            <p>
              {summaryLine(pending.save.summary)}. This cannot be undone — export it first to keep a
              copy.
            </p>
          )}
          {pending.kind === 'load' && (
            <p>
              The town continues from {summaryLine(pending.save.summary)}.{' '}
              {live ? 'The running town is autosaved first.' : ''}
              {pending.save.kind === 'manual' && pending.save.current
                ? ' Progress since that save is replaced.'
                : ''}
            </p>
          )}
          {pending.kind === 'new' && (
            <p>The running town is autosaved and stays in this list; load it any time.</p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
