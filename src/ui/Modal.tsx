import {
  useCallback,
  useEffect,
  useId,
  useRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Ids of the modals open now, the innermost last: only it answers Esc pressed outside it. */
const openModals: string[] = [];

export interface ModalProps {
  /** The heading; it also names the dialog for assistive technology. */
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  /** Classes of the box besides `dialog` (e.g. `dialog--saves`). */
  className?: string;
  /** Classes of the backdrop besides `dialog-backdrop`. */
  backdropClassName?: string;
  /** `alertdialog` for a question that must be answered (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** A click on the backdrop closes (default true). */
  closeOnBackdrop?: boolean;
  /** An × button beside the title (default true). */
  closeButton?: boolean;
  /** Class of the header holding the title and the × (default `dialog__head`). */
  headClassName?: string;
  /** Shown in the header between the title and the ×. */
  headExtra?: ReactNode;
  /** Sets `aria-busy` while the dialog works. */
  busy?: boolean;
  testId?: string;
  /** Makes the box a form with this submit handler. */
  onSubmit?(e: FormEvent<HTMLFormElement>): void;
}

/**
 * A modal dialog over the page: named by its title; focus moves to its `[data-autofocus]` field
 * (or its first control) on open and goes back on close; Tab cycles inside; Esc closes, also when
 * focus has left the dialog (a button that got disabled); keys typed inside never reach the town's
 * shortcuts (Space, `.`, `[`, `e`).
 */
export function Modal({
  title,
  onClose,
  children,
  className,
  backdropClassName,
  role = 'dialog',
  closeOnBackdrop = true,
  closeButton = true,
  headClassName = 'dialog__head',
  headExtra,
  busy,
  testId,
  onSubmit,
}: ModalProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const box = useRef<HTMLElement | null>(null);
  const setBox = useCallback((el: HTMLElement | null) => {
    box.current = el;
  }, []);

  // Open: take focus and stack on top; close: give focus back and leave the stack.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const el = box.current;
    const first =
      el?.querySelector<HTMLElement>('[data-autofocus]:not([disabled])') ??
      el?.querySelector<HTMLElement>(FOCUSABLE) ??
      el;
    first?.focus();
    openModals.push(id);
    return () => {
      openModals.splice(openModals.lastIndexOf(id), 1);
      if (before?.isConnected) before.focus();
    };
  }, [id]);

  // Esc with focus outside the dialog (keys inside are handled below and stop there).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && openModals.at(-1) === id) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab' && box.current) cycleFocus(box.current, e);
  };

  const heading = <h2 id={titleId}>{title}</h2>;
  const inner = (
    <>
      {closeButton || headExtra ? (
        <header className={headClassName}>
          {heading}
          {headExtra}
          {closeButton && (
            <button type="button" className="icon-btn" onClick={onClose} aria-label="Close (Esc)">
              ×
            </button>
          )}
        </header>
      ) : (
        heading
      )}
      {children}
    </>
  );
  const props = {
    className: className ? `dialog ${className}` : 'dialog',
    role,
    'aria-modal': true,
    'aria-labelledby': titleId,
    'aria-busy': busy,
    tabIndex: -1,
    onKeyDown,
    'data-testid': testId,
  };
  return (
    <div
      className={backdropClassName ? `dialog-backdrop ${backdropClassName}` : 'dialog-backdrop'}
      onMouseDown={(e) => closeOnBackdrop && e.target === e.currentTarget && onClose()}
    >
      {onSubmit ? (
        <form ref={setBox} {...props} onSubmit={onSubmit}>
          {inner}
        </form>
      ) : (
        <div ref={setBox} {...props}>
          {inner}
        </div>
      )}
    </div>
  );
}

/** Keeps Tab and Shift+Tab inside `box`: from the last control to the first and back. */
function cycleFocus(box: HTMLElement, e: KeyboardEvent<HTMLElement>): void {
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null,
  );
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && (document.activeElement === first || document.activeElement === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
