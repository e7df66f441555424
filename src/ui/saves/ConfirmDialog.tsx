import type { ReactNode } from 'react';
import { Modal } from '../Modal';

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
  return (
    <Modal
      title={title}
      onClose={onCancel}
      role="alertdialog"
      className="dialog--confirm"
      backdropClassName="dialog-backdrop--top"
      closeButton={false}
      testId="confirm-dialog"
    >
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
    </Modal>
  );
}
