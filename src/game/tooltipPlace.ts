/** Gap between the pointer and its tooltip, px. */
export const TOOLTIP_OFFSET = { x: 14, y: 16 };
/** Kept this far from the view's edges, px. */
const EDGE_PX = 6;

/**
 * Where a tooltip of size `w`×`h` goes for a pointer at (x, y) in a view `viewW`×`viewH`: below
 * and right of the pointer, flipped to the other side where it would leave the view, and always
 * inside it.
 */
export function tooltipPosition(
  x: number,
  y: number,
  w: number,
  h: number,
  viewW: number,
  viewH: number,
): { x: number; y: number } {
  let left = x + TOOLTIP_OFFSET.x;
  if (left + w > viewW - EDGE_PX) left = x - TOOLTIP_OFFSET.x - w;
  let top = y + TOOLTIP_OFFSET.y;
  if (top + h > viewH - EDGE_PX) top = y - TOOLTIP_OFFSET.y - h;
  return {
    x: Math.round(Math.max(EDGE_PX, Math.min(left, viewW - EDGE_PX - w))),
    y: Math.round(Math.max(EDGE_PX, Math.min(top, viewH - EDGE_PX - h))),
  };
}
