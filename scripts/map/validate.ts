/** Walkability checks shared by gen-map (the test re-implements them on the JSON). */
import { resolve } from './autotile';
import { Rect, TownGrid } from './grid';

/** Flood fill over walkable cells from (sx, sy); returns a visited mask. */
export function flood(w: number, h: number, blocked: boolean[], sx: number, sy: number): boolean[] {
  const seen = new Array<boolean>(w * h).fill(false);
  const stack = [sy * w + sx];
  seen[stack[0]] = true;
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w;
    const y = (i - x) / w;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      const j = ny * w + nx;
      if (!seen[j] && !blocked[j]) {
        seen[j] = true;
        stack.push(j);
      }
    }
  }
  return seen;
}

export function firstWalkable(g: TownGrid, r: Rect, blocked: boolean[]): [number, number] {
  for (let y = r.y; y < r.y + r.h; y++) {
    for (let x = r.x; x < r.x + r.w; x++) if (!blocked[g.i(x, y)]) return [x, y];
  }
  throw new Error('no walkable cell');
}

/**
 * Outdoor walkable cells that cannot be reached from the sector `from` (little pockets between
 * trees, fences and walls) are filled with bushes. Unreachable indoor cells are a layout bug: throw.
 */
export function sealPockets(g: TownGrid, from = 'Town Park'): number {
  const park = g.regions.find((r) => r.type === 'sector' && r.name === from);
  if (!park) throw new Error(`no ${from}`);
  const { collision } = resolve(g);
  const [sx, sy] = firstWalkable(g, park, collision);
  const seen = flood(g.w, g.h, collision, sx, sy);
  let sealed = 0;
  const indoor: string[] = [];
  for (let i = 0; i < g.w * g.h; i++) {
    if (collision[i] || seen[i]) continue;
    const kind = g.ground[i];
    if (kind === 'floor' || kind === 'door') {
      indoor.push(`${i % g.w},${Math.floor(i / g.w)}`);
      continue;
    }
    g.blocked[i] = true;
    if (!g.walls[i] && !g.furniture[i] && !g.barrier[i]) g.walls[i] = 'bush';
    sealed++;
  }
  if (indoor.length) throw new Error(`unreachable indoor cells: ${indoor.slice(0, 20).join(' ')}`);
  return sealed;
}
