import { useCallback, useEffect, useState } from 'react';
import type { SaveView } from '../../protocol';
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
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setSaves(await listSaves());
      setListError(null);
    } catch (err) {
      setListError(err instanceof Error ? err.message : String(err));
      setSaves((s) => s ?? []);
    }
  }, [listSaves]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async (label: string, op: () => Promise<unknown>, opts: { refresh?: boolean } = {}) => {
      setBusy(label);
      setError(null);
      try {
        await op();
        return true;
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
        return false;
      } finally {
        setBusy(null);
        if (opts.refresh !== false) await reload();
      }
    },
    [reload],
  );

  return { saves, listError, busy, error, setError, reload, run };
}
