import { useState } from 'react';
import type { SaveView } from '../../protocol';
import { formatSize, formatWhen } from './files';

interface Props {
  save: SaveView;
  /** This tab runs a live town (not a replay). */
  live: boolean;
  disabled: boolean;
  onLoad(save: SaveView): void;
  onReplay(save: SaveView): void;
  onExport(save: SaveView): void;
  onRename(save: SaveView, name: string): void;
  onDelete(save: SaveView): void;
}

/** "Day 2 · Tue 07:05 · 25 people · offline mind" */
export function summaryLine(s: SaveView['summary']): string {
  return `Day ${s.day} · ${s.weekday.slice(0, 3)} ${s.time} · ${s.agents} people · ${s.mind} mind`;
}

/** One save slot: thumbnail, name, summary and what can be done with it. */
export function SaveRow({
  save,
  live,
  disabled,
  onLoad,
  onReplay,
  onExport,
  onRename,
  onDelete,
}: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(save.name);
  const running = save.current && save.kind === 'autosave' && live;
  const commit = () => {
    setEditing(false);
    if (name.trim() && name.trim() !== save.name) onRename(save, name.trim());
    else setName(save.name);
  };
  return (
    <li
      className={`save-row${running ? ' is-running' : ''}`}
      data-testid="save-row"
      data-save-id={save.id}
      data-kind={save.kind}
    >
      <div className="save-row__thumb" aria-hidden="true">
        {save.thumbnail ? <img src={save.thumbnail} alt="" /> : <span>Day {save.summary.day}</span>}
      </div>
      <div className="save-row__main">
        {editing ? (
          <input
            className="save-row__rename"
            value={name}
            autoFocus
            maxLength={200}
            aria-label="New name"
            onChange={(e) => setName(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setName(save.name);
                setEditing(false);
              }
            }}
            data-testid="save-rename-input"
          />
        ) : (
          <h3 className="save-row__name" data-testid="save-name">
            {save.name}
            {save.kind === 'autosave' && (
              <span className="badge" data-testid="save-badge">
                Autosave
              </span>
            )}
            {running && (
              <span className="badge badge--live" data-testid="save-badge">
                Running here
              </span>
            )}
          </h3>
        )}
        <p className="save-row__summary" data-testid="save-summary">
          {summaryLine(save.summary)}
        </p>
        <p className="save-row__meta muted small">
          Saved {formatWhen(save.updatedAt)} · {formatSize(save.size)} · step{' '}
          {save.summary.step.toLocaleString('en-US')}
        </p>
      </div>
      <div className="save-row__actions">
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={disabled || running}
          onClick={() => onLoad(save)}
          title="Continue this town from this save"
          data-testid="save-load"
        >
          Load
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={disabled}
          onClick={() => onReplay(save)}
          title="Watch this save from its beginning, read only (no LLM calls)"
          data-testid="save-replay"
        >
          ⏪ Replay
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={disabled}
          onClick={() => onExport(save)}
          title="Download as a .town file"
          data-testid="save-export"
        >
          ⬇ Export
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          disabled={disabled}
          onClick={() => setEditing(true)}
          data-testid="save-rename"
        >
          Rename
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost btn--danger-text"
          disabled={disabled || running}
          onClick={() => onDelete(save)}
          title={running ? 'This is the running town’s autosave' : 'Delete this save'}
          data-testid="save-delete"
        >
          Delete
        </button>
      </div>
    </li>
  );
}
