/** Resolve a TownGrid's kinds into concrete tile names for each Tiled layer. */
import { TownGrid, cellHash } from './grid';

const N = 1;
const E = 2;
const S = 4;
const W = 8;
const NW = 1;
const NE = 2;
const SE = 4;
const SW = 8;

export interface ResolvedLayers {
  ground: (string | null)[];
  walls: (string | null)[];
  furniture: (string | null)[];
  foreground: (string | null)[];
  collision: boolean[];
}

function mask(x: number, y: number, test: (x: number, y: number) => boolean): number {
  let m = 0;
  if (test(x, y - 1)) m |= N;
  if (test(x + 1, y)) m |= E;
  if (test(x, y + 1)) m |= S;
  if (test(x - 1, y)) m |= W;
  return m;
}

/** Grass tiles form a seamless 4×4 texture. */
function grassTile(x: number, y: number): string {
  return `grass_${(x % 4) + 4 * (y % 4)}`;
}

export function resolve(g: TownGrid): ResolvedLayers {
  const n = g.w * g.h;
  const out: ResolvedLayers = {
    ground: new Array(n).fill(null),
    walls: [...g.walls],
    furniture: [...g.furniture],
    foreground: [...g.foreground],
    collision: [...g.blocked],
  };
  const kindAt = (x: number, y: number) => (g.in(x, y) ? g.ground[g.i(x, y)] : 'grass');
  const isWall = (x: number, y: number) => g.in(x, y) && !!g.wall[g.i(x, y)];

  for (let y = 0; y < g.h; y++) {
    for (let x = 0; x < g.w; x++) {
      const i = g.i(x, y);
      const kind = g.ground[i];
      // ground
      const corners =
        (g.water(x, y) ? NW : 0) |
        (g.water(x + 1, y) ? NE : 0) |
        (g.water(x + 1, y + 1) ? SE : 0) |
        (g.water(x, y + 1) ? SW : 0);
      let tile = g.groundTile[i];
      if (!tile) {
        if (kind === 'grass') {
          tile = grassTile(x, y);
          const bare = !out.furniture[i] && !out.walls[i] && !g.blocked[i] && !corners;
          if (bare && cellHash(x, y, 7) < 0.05) {
            out.furniture[i] = `wildflowers_${Math.floor(cellHash(x, y, 8) * 4)}`;
          }
        } else if (kind === 'dirt') {
          tile = `dirt_${mask(x, y, (a, b) => kindAt(a, b) !== 'grass')}`;
        } else if (kind === 'sidewalk') {
          tile = `sidewalk_${mask(x, y, (a, b) => kindAt(a, b) === 'road')}`;
        } else if (kind === 'road') tile = 'road_0';
        else if (kind === 'plaza') tile = cellHash(x, y, 3) < 0.5 ? 'plaza_0' : 'plaza_1';
        else tile = 'floor_wood';
      }
      // water (marching squares over vertices) overrides grass
      if (corners) {
        tile =
          corners === 15 ? `water_open_${Math.floor(cellHash(x, y, 9) * 4)}` : `water_${corners}`;
        const bits = [NW, NE, SE, SW].filter((b) => corners & b).length;
        if (bits >= 2) out.collision[i] = true;
      }
      out.ground[i] = tile;

      // walls (autotiled by style-agnostic connectivity)
      const style = g.wall[i];
      if (style) {
        const m = mask(x, y, isWall);
        let name = `wall_${style}_${m}`;
        if (g.window[i] && m === (E | W)) name = `wall_${style}_win_h`;
        if (g.window[i] && m === (N | S)) name = `wall_${style}_win_v`;
        out.walls[i] = name;
      }
      const b = g.barrier[i];
      if (b) {
        const m = mask(x, y, (a, c) => {
          if (!g.in(a, c)) return false;
          const j = g.i(a, c);
          return g.barrier[j] === b || (b === 'fence' && !!g.wall[j]);
        });
        out.walls[i] = `${b}_${m}`;
      }
    }
  }
  return out;
}
