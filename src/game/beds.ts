import type { Frame, TownMeta } from '../protocol';
import type { Bed, PlaceRect } from './mapFeatures';

/** A sleeper lies in a bed of its room at most this many tiles away. */
const BED_REACH = 2;

/** Whether a point is inside a rectangle (no rectangle: anywhere). */
function inside(r: PlaceRect | null, x: number, y: number): boolean {
  return !r || (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
}

/**
 * The map's beds by the tiles near them, so each sleeper is drawn lying in a bed: a sleeper's tile
 * is often beside the bed rather than on it.
 */
export class BedIndex {
  /** Tile index → beds within BED_REACH tiles of it (where someone there would lie down). */
  private readonly near = new Map<number, number[]>();

  constructor(
    private readonly beds: Bed[],
    private readonly meta: Pick<TownMeta, 'tileSize' | 'width' | 'height'>,
  ) {
    const ts = this.meta.tileSize;
    const w = this.meta.width;
    beds.forEach((b, i) => {
      const x0 = Math.floor(b.x / ts) - BED_REACH;
      const y0 = Math.floor(b.y / ts) - BED_REACH;
      const x1 = Math.ceil((b.x + b.w) / ts) - 1 + BED_REACH;
      const y1 = Math.ceil((b.y + b.h) / ts) - 1 + BED_REACH;
      for (let y = Math.max(0, y0); y <= Math.min(this.meta.height - 1, y1); y++)
        for (let x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
          const list = this.near.get(y * w + x);
          if (list) list.push(i);
          else this.near.set(y * w + x, [i]);
        }
    });
  }

  /** The bed each sleeper lies in: the nearest free one near it in its room, else none. */
  bedsFor(agents: Frame['agents']): (PlaceRect | null)[] {
    const taken = new Set<number>();
    const ts = this.meta.tileSize;
    return agents.map((a) => {
      if (!a.asleep) return null;
      const near = this.near.get(a.y * this.meta.width + a.x);
      if (!near) return null;
      const cx = (a.x + 0.5) * ts;
      const cy = (a.y + 0.5) * ts;
      let best = -1;
      let bestD = Infinity;
      for (const i of near) {
        const b = this.beds[i];
        if (taken.has(i) || !inside(b.room, cx, cy)) continue;
        const d = Math.hypot(b.x + b.w / 2 - cx, b.y + b.h / 2 - cy);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      if (best < 0) return null;
      taken.add(best);
      return this.beds[best];
    });
  }
}
