import { useLayoutEffect, useRef, useState } from 'react';
import { TOOLTIP_OFFSET, tooltipPosition } from '../game/tooltipPlace';
import { useTown } from './hooks/useTown';

/** Name and current action of the agent under the pointer, always inside the map's view. */
export function HoverTooltip() {
  const hover = useTown((s) => s.hover);
  const index = useTown((s) => (s.hover ? s.agentIndex[s.hover.id] : undefined));
  const name = useTown((s) => (index !== undefined ? s.meta?.agents[index]?.name : undefined));
  const emoji = useTown((s) => (index !== undefined ? s.view?.agents[index]?.emoji : ''));
  const action = useTown((s) => (index !== undefined ? s.view?.agents[index]?.action : ''));
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0, viewW: 0, viewH: 0 });

  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.parentElement;
    if (!el || !view) return;
    const next = {
      w: el.offsetWidth,
      h: el.offsetHeight,
      viewW: view.clientWidth,
      viewH: view.clientHeight,
    };
    setSize((s) =>
      s.w === next.w && s.h === next.h && s.viewW === next.viewW && s.viewH === next.viewH
        ? s
        : next,
    );
  }, [hover, name, emoji, action]);

  if (!hover || !name) return null;
  // Until measured, place it as if it fitted (the layout effect corrects it before paint).
  const at = size.viewW
    ? tooltipPosition(hover.x, hover.y, size.w, size.h, size.viewW, size.viewH)
    : { x: Math.round(hover.x + TOOLTIP_OFFSET.x), y: Math.round(hover.y + TOOLTIP_OFFSET.y) };
  return (
    <div
      ref={ref}
      className="tooltip"
      style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      data-testid="hover-tooltip"
      role="tooltip"
    >
      <strong>{name}</strong>
      <span>
        <span className="emoji">{emoji}</span> {action}
      </span>
    </div>
  );
}
