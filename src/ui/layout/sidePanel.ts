import type { SideView } from '../../store/types';
import { localStorageOrNull } from '../storage';

/** What the side panel remembers on this browser (localStorage). */
export interface SidePanelPrefs {
  collapsed: boolean;
  /** Widths set by hand, px, per view (absent: the default for the window). */
  widths: Partial<Record<SideView, number>>;
}

const KEY = 'generative-town:side-panel';

/** Narrowest side panel, px, per view. */
export const MIN_WIDTH: Record<SideView, number> = { inspector: 300, dashboard: 380 };
/** The map keeps at least this much width, px. */
export const MIN_STAGE = 360;

/** The people list's width at a window width (matches `--people-w` in layout.css). */
export function peopleWidth(windowWidth: number): number {
  if (windowWidth < 1180) return 220;
  return windowWidth < 1600 ? 250 : 270;
}

/** Default side panel width: about a quarter of the window for the inspector, more for charts. */
export function defaultWidth(view: SideView, windowWidth: number): number {
  return view === 'inspector'
    ? clamp(Math.round(windowWidth * 0.26), 320, 460)
    : clamp(Math.round(windowWidth * 0.38), 400, 640);
}

/** The widest the side panel may be so that the map keeps `MIN_STAGE`. */
export function maxWidth(view: SideView, windowWidth: number): number {
  return Math.max(MIN_WIDTH[view], windowWidth - peopleWidth(windowWidth) - MIN_STAGE);
}

/** The width shown: the remembered one (or the default), kept within bounds. */
export function sideWidth(prefs: SidePanelPrefs, view: SideView, windowWidth: number): number {
  const want = prefs.widths[view] ?? defaultWidth(view, windowWidth);
  return clamp(Math.round(want), MIN_WIDTH[view], maxWidth(view, windowWidth));
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

export function readSidePanel(storage: Storage | null = localStorageOrNull()): SidePanelPrefs {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<SidePanelPrefs>;
    const widths: SidePanelPrefs['widths'] = {};
    for (const view of ['inspector', 'dashboard'] as const) {
      const w = raw.widths?.[view];
      if (typeof w === 'number' && Number.isFinite(w)) widths[view] = w;
    }
    return { collapsed: raw.collapsed === true, widths };
  } catch {
    return { collapsed: false, widths: {} };
  }
}

export function writeSidePanel(
  prefs: SidePanelPrefs,
  storage: Storage | null = localStorageOrNull(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage disabled: the panel keeps its size for this page only.
  }
}
