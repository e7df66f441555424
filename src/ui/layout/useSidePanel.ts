import { useCallback, useEffect, useRef, useState } from 'react';
import { useTown } from '../hooks/useTown';
import { readSidePanel, sideWidth, writeSidePanel, type SidePanelPrefs } from './sidePanel';

export interface SidePanel {
  collapsed: boolean;
  /** Width shown now, px (0 when collapsed). */
  width: number;
  toggle(): void;
  /** Sets the width by hand (kept within bounds; remembered). */
  setWidth(width: number): void;
}

/**
 * The right-hand panel (inspector or dashboard): collapsible (`i`) and resizable, remembered on
 * this browser. Choosing someone or switching view opens it again.
 */
export function useSidePanel(): SidePanel {
  const view = useTown((s) => s.sideView);
  const selectedId = useTown((s) => s.selectedId);
  const [prefs, setPrefs] = useState<SidePanelPrefs>(() => readSidePanel());
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);

  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const update = useCallback((change: (p: SidePanelPrefs) => SidePanelPrefs) => {
    setPrefs((p) => {
      const next = change(p);
      writeSidePanel(next);
      return next;
    });
  }, []);

  // Picking someone (or another view) while the panel is hidden shows it.
  const last = useRef({ selectedId, view });
  useEffect(() => {
    const before = last.current;
    last.current = { selectedId, view };
    const chose = (selectedId && selectedId !== before.selectedId) || view !== before.view;
    if (chose) update((p) => (p.collapsed ? { ...p, collapsed: false } : p));
  }, [selectedId, view, update]);

  const toggle = useCallback(() => update((p) => ({ ...p, collapsed: !p.collapsed })), [update]);
  const setWidth = useCallback(
    (width: number) =>
      update((p) => ({
        ...p,
        collapsed: false,
        widths: {
          ...p.widths,
          [view]: sideWidth({ ...p, widths: { [view]: width } }, view, window.innerWidth),
        },
      })),
    [update, view],
  );
  return {
    collapsed: prefs.collapsed,
    width: prefs.collapsed ? 0 : sideWidth(prefs, view, windowWidth),
    toggle,
    setWidth,
  };
}
