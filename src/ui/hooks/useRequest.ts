import { useEffect, useState } from 'react';
import type { RequestKind, RequestOf, ResultOf } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown, useTownStore } from './useTown';

/** How often open views refetch while the clock runs, ms. */
export const REFRESH_MS = 1000;

export interface RequestState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload(): void;
}

interface Loaded<T> {
  key: string;
  data?: T;
  error?: string;
}

/**
 * Asks the simulation for details and keeps them fresh: refetches when the arguments change,
 * after a command changed the town, and every `refreshMs` while the clock has moved. Callers
 * must remount per agent (a `key`), since a previous answer is kept while new arguments load.
 */
export function useRequest<K extends RequestKind>(
  kind: K,
  args: Omit<RequestOf<K>, 'kind'> | null,
  refreshMs = REFRESH_MS,
): RequestState<ResultOf<K>> {
  const store = useTownStore();
  const revision = useTown((s) => s.revision);
  const key = args ? `${kind}:${JSON.stringify(args)}` : null;
  const [loaded, setLoaded] = useState<Loaded<ResultOf<K>> | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (!key || !args) return;
    let cancelled = false;
    let inFlight = false;
    let lastStep = -1;
    const load = () => {
      if (inFlight) return;
      inFlight = true;
      lastStep = store.getState().frame?.clock.step ?? -1;
      store
        .getState()
        .request(kind, args)
        .then(
          (data) => !cancelled && setLoaded({ key, data }),
          (err: unknown) => !cancelled && setLoaded({ key, error: errorText(err) }),
        )
        .finally(() => {
          inFlight = false;
        });
    };
    load();
    const timer = refreshMs
      ? setInterval(() => {
          if ((store.getState().frame?.clock.step ?? -1) !== lastStep) load();
        }, refreshMs)
      : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // `args` is captured through `key` (its JSON); listing it would refetch every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, kind, key, revision, refreshMs, nonce]);

  // While new arguments load, keep showing the previous answer (views remount per agent).
  const current = loaded && loaded.key === key ? loaded : null;
  return {
    data: current ? current.data : loaded?.data,
    error: current?.error ?? null,
    loading: !!key && !current,
    reload: () => setNonce((n) => n + 1),
  };
}
