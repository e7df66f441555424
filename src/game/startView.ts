/** The first view zooms out one level when that shows this many more people. */
const START_ZOOM_OUT_GAIN = 2;

/** The largest group of people that fits in a view of `halfW` × `halfH` (half sizes, world px). */
function busiest<P extends { x: number; y: number }>(
  people: P[],
  halfW: number,
  halfH: number,
): P[] {
  let best: P[] = [];
  for (const a of people) {
    // Windows anchored at each person, reaching right and down (and centred on them).
    for (const [ox, oy] of [
      [0, 0],
      [0.7, 0.6],
    ]) {
      const cx = a.x + ox! * halfW;
      const cy = a.y + oy! * halfH;
      const near = people.filter(
        (b) => Math.abs(b.x - cx) < halfW * 0.85 && Math.abs(b.y - cy) < halfH * 0.8,
      );
      if (near.length > best.length) best = near;
    }
  }
  return best;
}

/**
 * Where the town's first view looks: the busiest part of town at a zoom where people and their
 * names are legible (`zooms[0]`), or one level further out (`zooms[1]`) when that shows clearly
 * more people. `centre` is null when there is nobody to frame.
 */
export function startView(
  people: { x: number; y: number }[],
  viewW: number,
  viewH: number,
  zooms: [number, number],
): { zoom: number; centre: { x: number; y: number } | null } {
  const groups = zooms.map((z) => busiest(people, viewW / z / 2, viewH / z / 2));
  const pick = groups[1]!.length >= groups[0]!.length + START_ZOOM_OUT_GAIN ? 1 : 0;
  const best = groups[pick]!;
  if (!best.length) return { zoom: zooms[pick], centre: null };
  const xs = best.map((v) => v.x);
  const ys = best.map((v) => v.y);
  return {
    zoom: zooms[pick],
    centre: {
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: (Math.min(...ys) + Math.max(...ys)) / 2,
    },
  };
}
