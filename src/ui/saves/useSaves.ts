import { useCallback, useEffect, useState } from 'react';
import type { SaveView } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';

export interface SavesState {
  /** Undefined while the first list loads. */
  saves: SaveView[] | undefined;
  listError: string | null;
  /** What runs now ("Saving…"), or null. */
  busy: string | null;
  /** The last operation's failure. */
  error: string | null;
  setError(error: string | null): void;
  reload(): Promise<void>;
  /** Runs an operation with a busy label; refreshes the list after it; false if it failed. */
  run(label: string, op: () => Promise<unknown>, opts?: { refresh?: boolean }): Promise<boolean>;
}

/** The saves list and the bookkeeping of the operations the panel runs on it. */
export function useSaves(): SavesState {
  const listSaves = useTown((s) => s.listSaves);
  const [saves, setSaves] = useState<SaveView[] | undefined>(undefined);
  const [listError, setListError] = useState<string | null>(null);
  const op = useSubmit();
  const runOp = op.run;

  const reload = useCallback(async () => {
    try {
      setSaves(await listSaves());
      setListError(null);
    } catch (err) {
      setListError(errorText(err));
      setSaves((s) => s ?? []);
    }
  }, [listSaves]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async (label: string, action: () => Promise<unknown>, opts: { refresh?: boolean } = {}) => {
      const ok = await runOp(action, label);
      if (opts.refresh !== false) await reload();
      return ok;
    },
    [runOp, reload],
  );

  return {
    saves,
    listError,
    busy: op.label,
    error: op.error,
    setError: op.setError,
    reload,
    run,
  };
}
