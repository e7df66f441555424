import type { ReactNode } from 'react';
import { useModalKeys } from '../settings/useModalKeys';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red button for what cannot be undone. */
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something destructive or disruptive. Esc or Cancel backs out. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: Props) {
  const [ref, onKeyDown] = useModalKeys(onCancel);
  return (
    <div
      className="dialog-backdrop dialog-backdrop--top"
      onMouseDown={(e) => e.target === e.currentTarget && onCancel()}
    >
      <div
        ref={ref}
        className="dialog dialog--confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        onKeyDown={onKeyDown}
        data-testid="confirm-dialog"
      >
        <h2 id="confirm-title">{title}</h2>
        <div className="muted">{children}</div>
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button
            type="button"
            className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`}
            onClick={onConfirm}
            disabled={busy}
            data-testid="confirm-ok"
          >
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
