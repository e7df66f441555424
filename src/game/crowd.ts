/** Crowds on the map: people sharing a tile stand apart, and name labels never overlap. */

export interface Offset {
  dx: number;
  dy: number;
}

/** Spacing of people sharing a tile, px between neighbours (less when many share it). */
const SPREAD_X_PX = 10;
const SPREAD_Y_PX = 7;
/** Widest a shared tile's group may spread, px (about one tile). */
const MAX_SPAN_X_PX = 26;
const MAX_SPAN_Y_PX = 16;

/**
 * Where each of `n` people on one tile stands, relative to the tile's centre: a row for two or
 * three, then a small grid (rows centred, alternate rows shifted half a step so heads do not line
 * up behind each other).
 */
export function tileSlots(n: number): Offset[] {
  if (n <= 1) return [{ dx: 0, dy: 0 }];
  const cols = n <= 3 ? n : Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const sx = cols > 1 ? Math.min(SPREAD_X_PX, MAX_SPAN_X_PX / (cols - 1)) : 0;
  const sy = rows > 1 ? Math.min(SPREAD_Y_PX, MAX_SPAN_Y_PX / (rows - 1)) : 0;
  const out: Offset[] = [];
  for (let r = 0; r < rows; r++) {
    const inRow = Math.min(cols, n - r * cols);
    const shift = rows > 1 && r % 2 === 1 && inRow === cols ? sx / 4 : 0;
    for (let c = 0; c < inRow; c++)
      out.push({
        dx: (c - (inRow - 1) / 2) * sx + shift,
        dy: (r - (rows - 1) / 2) * sy,
      });
  }
  return out;
}

/** Offsets that spread out agents who share a tile (two at a counter would hide each other). */
export function shareOffsets(agents: { x: number; y: number }[], mapWidth: number): Offset[] {
  const byTile = new Map<number, number[]>();
  agents.forEach((a, i) => {
    const key = a.y * mapWidth + a.x;
    const list = byTile.get(key);
    if (list) list.push(i);
    else byTile.set(key, [i]);
  });
  const out: Offset[] = agents.map(() => ({ dx: 0, dy: 0 }));
  for (const list of byTile.values()) {
    if (list.length < 2) continue;
    const slots = tileSlots(list.length);
    list.forEach((i, k) => (out[i] = slots[k]));
  }
  return out;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelWish {
  /** Wanted top-left corner and size, screen px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Lower goes first (selected, hovered, talking, then nearest the view's centre). */
  priority: number;
}

/** Gap kept between two labels, px. */
const LABEL_GAP_PX = 1;
/** How many rows a label may move down to find room before it is hidden. */
const STACK_ROWS = 2;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  );
}

/**
 * Places labels greedily by priority: each goes where it wants, or up to `stackRows` rows lower
 * when that is taken (stacked under the ones before it), or is hidden (null). No two placed labels
 * overlap, nor overlaps a `blocked` area.
 */
export function placeLabels(
  wishes: LabelWish[],
  stackRows = STACK_ROWS,
  blocked: Rect[] = [],
): (Rect | null)[] {
  const order = wishes.map((_, i) => i).sort((a, b) => wishes[a].priority - wishes[b].priority);
  const placed: Rect[] = [...blocked];
  const out: (Rect | null)[] = wishes.map(() => null);
  for (const i of order) {
    const w = wishes[i];
    for (let row = 0; row <= stackRows; row++) {
      const r = { x: w.x, y: w.y + row * (w.h + LABEL_GAP_PX), w: w.w, h: w.h };
      if (placed.some((p) => overlaps(p, r, LABEL_GAP_PX))) continue;
      placed.push(r);
      out[i] = r;
      break;
    }
  }
  return out;
}
