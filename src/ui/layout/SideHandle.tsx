import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { SideView } from '../../store/types';
import { MIN_WIDTH, clamp, maxWidth } from './sidePanel';
import type { SidePanel } from './useSidePanel';

/** Arrow keys move the edge this far, px (Page Up/Down four times as far). */
const KEY_STEP = 24;

/**
 * The side panel's left edge over the map: drag it (or focus it and use the arrow keys) to
 * resize the panel; the button hides or shows it (`i`).
 */
export function SideHandle({
  panel,
  view,
  appRef,
}: {
  panel: SidePanel;
  view: SideView;
  appRef: RefObject<HTMLDivElement | null>;
}) {
  const drag = useRef<number | null>(null);
  const bounds = () => ({ lo: MIN_WIDTH[view], hi: maxWidth(view, window.innerWidth) });
  const widthAt = (clientX: number) => {
    const right = appRef.current?.getBoundingClientRect().right ?? window.innerWidth;
    const { lo, hi } = bounds();
    return clamp(Math.round(right - clientX), lo, hi);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = panel.width;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    // Live while dragging (no React render per move); remembered on release.
    drag.current = widthAt(e.clientX);
    appRef.current?.style.setProperty('--side-w', `${drag.current}px`);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    const width = drag.current;
    drag.current = null;
    panel.setWidth(width);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const { lo, hi } = bounds();
    const by: Record<string, number> = {
      ArrowLeft: KEY_STEP,
      ArrowRight: -KEY_STEP,
      PageUp: 4 * KEY_STEP,
      PageDown: -4 * KEY_STEP,
      Home: lo - panel.width,
      End: hi - panel.width,
    };
    if (!(e.key in by)) return;
    e.preventDefault();
    e.stopPropagation();
    panel.setWidth(clamp(panel.width + by[e.key], lo, hi));
  };

  const name = view;
  return (
    <div className={panel.collapsed ? 'side-handle is-collapsed' : 'side-handle'}>
      {!panel.collapsed && (
        <div
          className="side-handle__bar"
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize the ${name} (arrow keys)`}
          aria-valuenow={panel.width}
          aria-valuemin={bounds().lo}
          aria-valuemax={bounds().hi}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onKeyDown={onKeyDown}
          data-testid="side-resize"
        />
      )}
      <button
        type="button"
        className="side-handle__toggle"
        onClick={panel.toggle}
        aria-expanded={!panel.collapsed}
        aria-label={panel.collapsed ? `Show the ${name} (i)` : `Hide the ${name} (i)`}
        title={panel.collapsed ? `Show the ${name} (i)` : `Hide the ${name}: a larger map (i)`}
        data-testid="side-toggle"
      >
        {panel.collapsed ? '‹' : '›'}
      </button>
    </div>
  );
}
