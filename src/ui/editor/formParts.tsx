import type { ReactNode } from 'react';
import type { PersonasDraft } from '../../protocol';
import { setIn, type Path } from './draftOps';

/** How a form changes the draft: a function of the latest draft. */
export type Update = (fn: (draft: PersonasDraft) => PersonasDraft) => void;

/** Sets one field of the draft. */
export function setter(update: Update, path: Path) {
  return (value: unknown) => update((d) => setIn(d, path, value));
}

/** A titled group of fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="ed-section">
      <legend>{title}</legend>
      <div className="ed-grid">{children}</div>
    </fieldset>
  );
}

/** "+ Add pastime" under a list. */
export function AddButton({
  onClick,
  what,
  disabled,
}: {
  onClick(): void;
  what: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="btn btn--small ed-add"
      onClick={onClick}
      disabled={disabled}
      data-testid={`ed-add-${what}`}
    >
      + Add {what}
    </button>
  );
}

/** "Remove" beside an item of a list. */
export function RemoveButton({ onClick, what }: { onClick(): void; what: string }) {
  return (
    <button
      type="button"
      className="btn btn--small btn--danger-text ed-remove"
      onClick={onClick}
      aria-label={`Remove this ${what}`}
    >
      Remove
    </button>
  );
}
