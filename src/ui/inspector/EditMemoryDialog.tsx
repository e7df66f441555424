import { useState, type FormEvent } from 'react';
import type { MemoryView } from '../../protocol';
import { KIND_LABEL } from '../mindlog/callFormat';
import { useRequest } from '../hooks/useRequest';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { ErrorLine, Loading } from './bits';

/** Items listed per kind of dependent before "and N more". */
const SHOWN = 5;

/**
 * Edit the past: rewrite what a memory says or forget it — after seeing what rests on it (the
 * reflections that cite it, the decisions and lines whose mind calls were given it, who was told).
 * The change is a command: it is recorded on the tape, so a replay makes the same change.
 */
export function EditMemoryDialog({
  agentId,
  memory,
  onClose,
}: {
  agentId: string;
  memory: MemoryView;
  onClose(): void;
}) {
  const editMemory = useTown((s) => s.editMemory);
  const deps = useRequest('memoryDependents', { agentId, memoryId: memory.id }, 0);
  const [text, setText] = useState(memory.description);
  const send = useSubmit({ holdOnSuccess: true });
  const apply = (next: string | null) =>
    void send.run(
      async () => {
        await editMemory(agentId, memory.id, next);
        onClose();
      },
      next === null ? 'Forgetting…' : 'Saving…',
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return send.setError('A memory needs some words. To remove it, forget it.');
    apply(clean);
  };
  const d = deps.data;
  return (
    <Modal title="✎ Edit the past" onClose={onClose} onSubmit={submit} testId="edit-memory">
      <p className="muted small">
        The change is applied between two steps and recorded, so a replay of this town makes it too.
        Rewritten words are what the memory now says: facts it carried as data (an event to go to,
        news to pass on, who told it) go with the old words.
      </p>
      <label className="field">
        <span>What they remember</span>
        <textarea
          data-autofocus
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="edit-memory-text"
        />
      </label>
      <section className="dependents" data-testid="edit-memory-dependents">
        <h3>What rests on it</h3>
        {deps.error ? (
          <ErrorLine error={deps.error} retry={deps.reload} />
        ) : d === undefined ? (
          <Loading what="what rests on it" />
        ) : d === null ? (
          <p className="muted">This memory is gone.</p>
        ) : d.reflections.length + d.calls.length + d.toldTo.length === 0 ? (
          <p className="muted" data-testid="edit-memory-nothing">
            Nothing yet: no reflection cites it and no decision was made from it.
          </p>
        ) : (
          <ul className="dependents__list">
            {d.reflections.length > 0 && (
              <li data-testid="dep-reflections">
                {d.reflections.length} reflection{d.reflections.length === 1 ? '' : 's'} cite it:
                <ul>
                  {d.reflections.slice(0, SHOWN).map((r) => (
                    <li key={r.memoryId}>
                      <span className="muted small">{r.when}</span> {r.description}
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {d.calls.length > 0 && (
              <li data-testid="dep-calls">
                {d.calls.length} decision{d.calls.length === 1 ? ' was' : 's were'} made with it in
                mind:{' '}
                {d.calls
                  .slice(-SHOWN)
                  .map((c) => `${KIND_LABEL[c.kind]} (${c.when})`)
                  .join(', ')}
                {d.calls.length > SHOWN && ` and ${d.calls.length - SHOWN} more`}
              </li>
            )}
            {d.toldTo.length > 0 && <li>Passed on to {d.toldTo.join(', ')}.</li>}
          </ul>
        )}
      </section>
      {send.error && (
        <p className="form-error" role="alert">
          {send.error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="btn btn--danger"
          onClick={() => apply(null)}
          disabled={send.pending}
          data-testid="edit-memory-forget"
        >
          Forget it
        </button>
        <button type="button" className="btn" onClick={onClose} disabled={send.pending}>
          Cancel
        </button>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={send.pending || text.trim() === memory.description}
          data-testid="edit-memory-save"
        >
          {send.label ?? 'Save the new words'}
        </button>
      </div>
    </Modal>
  );
}
