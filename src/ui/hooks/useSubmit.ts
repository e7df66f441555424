import { useCallback, useState } from 'react';
import { errorText } from '../../protocol/text';

export interface Submit {
  /** An action runs now. */
  pending: boolean;
  /** The label the running action was given ("Saving…"), or null. */
  label: string | null;
  /** Why the last action failed, as text; cleared when the next one starts. */
  error: string | null;
  /** Shows (or clears) an error of the form's own, e.g. a field left empty. */
  setError(error: string | null): void;
  /** Runs `action` with `pending` set; false if it threw (its message is then in `error`). */
  run(action: () => Promise<unknown>, label?: string): Promise<boolean>;
}

export interface SubmitOptions {
  /**
   * Stay pending after a success: for an action that ends by taking its form away (closing a
   * dialog, opening another town), so its buttons do not come back for a moment.
   */
  holdOnSuccess?: boolean;
}

/** Pending and error state around a form's asynchronous action. `run` keeps its identity. */
export function useSubmit({ holdOnSuccess = false }: SubmitOptions = {}): Submit {
  const [running, setRunning] = useState<{ label: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>, label?: string) => {
      setRunning({ label: label ?? null });
      setError(null);
      try {
        await action();
        if (!holdOnSuccess) setRunning(null);
        return true;
      } catch (err) {
        setError(errorText(err));
        setRunning(null);
        return false;
      }
    },
    [holdOnSuccess],
  );
  return { pending: running !== null, label: running?.label ?? null, error, setError, run };
}
