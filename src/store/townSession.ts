import type { SimClient } from '../protocol/client';
import type { InitOptions, TownChoice } from '../protocol';
import { browserNav, type PageNav } from './pageNav';
import { initOptionsFromUrl } from './store';

/** URL parameters that describe a new town (used once, then removed so a reload resumes). */
const NEW_TOWN_PARAMS = ['new', 'seed', 'agents', 'town'];

/**
 * Which town to open: a pending one-shot choice (set by load / new town / replay before the
 * reload) wins; then `?new`, `?seed`, `?agents` or `?town` in the URL start a new town; else
 * this tab's town is resumed (or the latest autosave).
 */
export function townChoice(search: string, nav: PageNav): TownChoice {
  const tab = nav.read();
  const { next, ...rest } = tab;
  if (next) {
    nav.write(rest);
    return next;
  }
  const params = new URLSearchParams(search);
  if (NEW_TOWN_PARAMS.some((p) => params.has(p))) return { kind: 'new' };
  return { kind: 'resume', townId: tab.townId };
}

/**
 * The init options of this page load. The new-town URL parameters are taken off the address
 * (they were used), so reloading resumes the town instead of starting yet another one.
 */
export function pageInitOptions(nav: PageNav = browserNav()): InitOptions {
  const search = window.location.search;
  const options = { ...initOptionsFromUrl(search), town: townChoice(search, nav) };
  const url = new URL(window.location.href);
  if (NEW_TOWN_PARAMS.some((p) => url.searchParams.has(p))) {
    for (const p of NEW_TOWN_PARAMS) url.searchParams.delete(p);
    history.replaceState(history.state, '', url);
  }
  return options;
}

/**
 * Asks the worker to save when the page is hidden or closed (switching tabs, closing, reloading):
 * the worker saves at once, off this thread.
 */
export function flushOnHide(client: SimClient): () => void {
  const flush = () => void client.request('flushSave', {}).catch(() => undefined);
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
  };
}
