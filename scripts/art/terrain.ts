/** Outdoor ground: grass, flowers, dirt paths, plaza stone, sidewalks, roads, water. */
import { Canvas, RGBA, hash2, hex, mix, periodicNoise, shade } from './canvas';
import { E, N, NE, NW, S, SE, SW, T, TileGroup, W, maskStrip, strip } from './group';

export const GRASS = {
  deep: hex('#3f8a3d'),
  dark: hex('#55a044'),
  mid: hex('#6ab54f'),
  light: hex('#82c45b'),
  hi: hex('#a5d96f'),
};

/** Grass is one seamless 128×128 texture, cut into a 4×4 block of tiles. */
export const GRASS_PERIOD = 4;
const grassFine = periodicNoise(11, 32, 8);
const grassFiner = periodicNoise(13, 32, 4);
const grassLow = periodicNoise(12, 32 * GRASS_PERIOD, 32);

/**
 * Base grass colour at a pixel of the 128×128 grass texture: a fine 32-px pattern whose
 * light/dark balance drifts slowly across the 4×4 block, so edges stay soft everywhere.
 */
export function grassAt(x: number, y: number): RGBA {
  const v = 0.55 * grassFine(x, y) + 0.2 * grassFiner(x, y) + 0.25 * grassLow(x, y);
  if (v < 0.3) return GRASS.dark;
  if (v < 0.66) return GRASS.mid;
  return GRASS.light;
}

function tuft(c: Canvas, x: number, y: number): void {
  c.px(x, y, GRASS.dark);
  c.px(x + 2, y, GRASS.dark);
  c.px(x + 1, y - 1, GRASS.dark);
  c.px(x + 1, y - 2, GRASS.hi);
  c.px(x - 1, y - 1, GRASS.hi);
}

/** Fill a tile with grass (window ox, oy of the texture) and sprinkle tufts and flowers. */
export function paintGrass(c: Canvas, seed: number, tufts = 3, flowers = 0, ox = 0, oy = 0): void {
  c.each((x, y) => grassAt(x + ox, y + oy));
  for (let k = 0; k < tufts; k++) {
    const x = 2 + Math.floor(hash2(k, 1, seed) * 27);
    const y = 4 + Math.floor(hash2(k, 2, seed) * 25);
    tuft(c, x, y);
  }
  const petals = [hex('#fff6e0'), hex('#ffd84a'), hex('#f47aa0'), hex('#b48cf0'), hex('#ff8a5c')];
  for (let k = 0; k < flowers; k++) {
    const x = 3 + Math.floor(hash2(k, 3, seed) * 26);
    const y = 3 + Math.floor(hash2(k, 4, seed) * 26);
    const col = petals[Math.floor(hash2(k, 5, seed) * petals.length)];
    c.px(x, y + 1, GRASS.deep);
    c.px(x - 1, y, col);
    c.px(x + 1, y, col);
    c.px(x, y - 1, col);
    c.px(x, y + 1, col);
    c.px(x, y, hex('#ffe27a'));
  }
}

const DIRT = {
  dark: hex('#a47a48'),
  mid: hex('#c49a62'),
  light: hex('#d8b57c'),
  pebble: hex('#8d6a44'),
};
const dirtNoise = periodicNoise(21, 32, 8);

function paintDirt(c: Canvas, seed: number): void {
  c.each((x, y) => {
    const v = dirtNoise(x, y);
    return v < 0.3 ? mix(DIRT.mid, DIRT.dark, 0.45) : v > 0.72 ? DIRT.light : DIRT.mid;
  });
  for (let k = 0; k < 6; k++) {
    const x = 2 + Math.floor(hash2(k, 7, seed) * 28);
    const y = 2 + Math.floor(hash2(k, 8, seed) * 28);
    c.px(x, y, DIRT.pebble);
    c.px(x + 1, y, DIRT.light);
  }
}

/** Grass fringe along the sides of a path tile whose neighbour is grass (mask bit unset). */
function grassFringe(c: Canvas, mask: number, edgeShadow: RGBA): void {
  const inF = new Uint8Array(T * T);
  const depth = (i: number, side: number) => 2 + Math.floor(hash2(i >> 1, side, 99) * 3);
  for (let i = 0; i < T; i++) {
    for (let k = 0; k < 5; k++) {
      if (!(mask & N) && k < depth(i, 1)) inF[k * T + i] = 1;
      if (!(mask & S) && k < depth(i, 2)) inF[(T - 1 - k) * T + i] = 1;
      if (!(mask & W) && k < depth(i, 3)) inF[i * T + k] = 1;
      if (!(mask & E) && k < depth(i, 4)) inF[i * T + T - 1 - k] = 1;
    }
  }
  const f = (x: number, y: number) => x >= 0 && y >= 0 && x < T && y < T && inF[y * T + x] === 1;
  c.each((x, y) => {
    if (f(x, y)) return grassAt(x, y);
    if (f(x - 1, y) || f(x + 1, y) || f(x, y - 1) || f(x, y + 1)) return edgeShadow;
    return null;
  });
}

/** Flagstone plaza, grout on the top and left edges only so tiles share one line. */
function paintFlagstones(c: Canvas, seed: number, base: RGBA): void {
  const grout = shade(base, -0.35);
  const rows = [0, 11, 22, 32];
  for (let r = 0; r < 3; r++) {
    const y0 = rows[r];
    const y1 = rows[r + 1];
    const cuts = [0];
    let x = 6 + Math.floor(hash2(r, 0, seed) * 8);
    while (x < 28) {
      cuts.push(x);
      x += 9 + Math.floor(hash2(r, x, seed) * 8);
    }
    cuts.push(32);
    for (let s = 0; s + 1 < cuts.length; s++) {
      const tone = shade(base, (hash2(r, s, seed + 3) - 0.5) * 0.22);
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = cuts[s]; xx < cuts[s + 1]; xx++) {
          const edge = yy === y0 || xx === cuts[s];
          c.put(xx, yy, edge ? grout : tone);
        }
      }
      c.hline(cuts[s] + 1, cuts[s + 1] - 2, y0 + 1, shade(tone, 0.15));
    }
  }
}

const ROAD = { base: hex('#5a5e66'), dark: hex('#4d5058'), light: hex('#686c74') };
const roadNoise = periodicNoise(31, 32, 4);

function paintRoad(c: Canvas): void {
  c.each((x, y) => {
    const v = roadNoise(x, y);
    const h = hash2(x, y, 5);
    if (h > 0.96) return ROAD.light;
    if (h < 0.04) return ROAD.dark;
    return v < 0.35 ? mix(ROAD.base, ROAD.dark, 0.5) : ROAD.base;
  });
}

const LINE = hex('#f3d46a');
const PAINT = hex('#eeeeea');

/** Sidewalk slabs (16 px) with a curb on the sides whose neighbour is road (mask bit set). */
function paintSidewalk(c: Canvas, curbMask: number): void {
  const base = hex('#d9d3c5');
  const grout = hex('#b7af9f');
  c.each((x, y) => {
    if (x % 16 === 0 || y % 16 === 0) return grout;
    const slab = Math.floor(x / 16) + Math.floor(y / 16) * 2;
    return shade(base, (hash2(slab, 0, 77) - 0.5) * 0.08 + (hash2(x, y, 78) > 0.93 ? -0.06 : 0));
  });
  const curbTop = hex('#c3beb3');
  const curbEdge = hex('#7d7a74');
  const sides: [number, (i: number, k: number) => [number, number]][] = [
    [N, (i, k) => [i, k]],
    [S, (i, k) => [i, T - 1 - k]],
    [W, (i, k) => [k, i]],
    [E, (i, k) => [T - 1 - k, i]],
  ];
  for (const [bit, at] of sides) {
    if (!(curbMask & bit)) continue;
    for (let i = 0; i < T; i++) {
      for (let k = 0; k < 4; k++) {
        const [x, y] = at(i, k);
        c.put(x, y, k === 0 ? curbEdge : k === 3 ? grout : curbTop);
      }
    }
  }
}

const WATER = {
  deep: hex('#3f86c8'),
  mid: hex('#4d9bd9'),
  light: hex('#7cc0ec'),
  foam: hex('#d8f0fb'),
  sand: hex('#d9c48f'),
  wet: hex('#b49a64'),
};

/**
 * Signed distance (in tile units, > 0 inside water) for a marching-squares tile whose corners
 * NW/NE/SE/SW are water or land. Values agree along shared tile edges, so shores join seamlessly.
 */
function waterDistance(corners: number, u: number, v: number): number {
  const p = 1.6;
  const r = (a: number, b: number) => (Math.abs(a) ** p + Math.abs(b) ** p) ** (1 / p);
  const cs: [number, number, number][] = [
    [NW, 0, 0],
    [NE, 1, 0],
    [SE, 1, 1],
    [SW, 0, 1],
  ];
  const wet = cs.filter((c) => corners & c[0]);
  if (wet.length === 0) return -1;
  if (wet.length === 4) return 1;
  if (wet.length === 1) return 0.5 - r(u - wet[0][1], v - wet[0][2]);
  if (wet.length === 3) {
    const land = cs.find((c) => !(corners & c[0]))!;
    return r(u - land[1], v - land[2]) - 0.5;
  }
  const [a, b] = wet;
  if (a[1] === b[1]) return 0.5 - Math.abs(u - a[1]);
  if (a[2] === b[2]) return 0.5 - Math.abs(v - a[2]);
  return Math.max(0.5 - r(u - a[1], v - a[2]), 0.5 - r(u - b[1], v - b[2]));
}

/** Marching-squares water tile: bits NW/NE/SE/SW mark which corners are water. */
function paintWater(c: Canvas, corners: number, seed = 0): void {
  const waveNoise = periodicNoise(41, 32, 8);
  c.each((x, y) => {
    const s = waterDistance(corners, (x + 0.5) / T, (y + 0.5) / T);
    if (s < -0.15) return grassAt(x, y);
    if (s < -0.05) return WATER.sand;
    if (s < 0) return WATER.wet;
    if (s < 0.05) return WATER.foam;
    if (s < 0.13) return WATER.light;
    if (s < 0.3) return WATER.mid;
    return waveNoise(x, y) > 0.8 ? mix(WATER.mid, WATER.deep, 0.5) : WATER.deep;
  });
  // little wave glints in open water
  for (let k = 0; k < 4; k++) {
    if (k >= 2 + (seed % 3)) break;
    const x = 3 + Math.floor(hash2(k, corners + seed * 16, 42) * 24);
    const y = 3 + Math.floor(hash2(k, corners + seed * 16, 43) * 26);
    const ok = [-1, 0, 1, 2, 3, 4].every((d) => c.get(x + d, y)[2] === WATER.deep[2]);
    if (ok) {
      c.hline(x, x + 3, y, WATER.light);
      c.hline(x + 1, x + 2, y - 1, WATER.foam);
    }
  }
}

export const terrainGroups: TileGroup[] = [
  {
    names: Array.from({ length: GRASS_PERIOD }, (_, r) =>
      Array.from({ length: GRASS_PERIOD }, (_, q) => `grass_${r * GRASS_PERIOD + q}`),
    ),
    draw: (c) => {
      for (let i = 0; i < GRASS_PERIOD * GRASS_PERIOD; i++) {
        const ox = (i % GRASS_PERIOD) * T;
        const oy = Math.floor(i / GRASS_PERIOD) * T;
        const t = new Canvas(T, T);
        paintGrass(t, 100 + i, 1 + ((i * 7) % 4), i % 5 === 2 ? 1 : 0, ox, oy);
        c.blit(t, ox, oy);
      }
    },
  },
  strip('wildflowers', 4, (c, i) => {
    paintGrass(c, 200 + i, 0, 5 + i);
    c.each((x, y, cur) =>
      cur[1] === grassAt(x, y)[1] && cur[0] === grassAt(x, y)[0] ? [0, 0, 0, 0] : null,
    );
  }),
  maskStrip('dirt', (c, m) => {
    paintDirt(c, 300 + m);
    grassFringe(c, m, mix(DIRT.dark, GRASS.deep, 0.3));
  }),
  strip('plaza', 2, (c, i) => paintFlagstones(c, 400 + i, hex('#cfc6b4'))),
  strip('road', 7, (c, i) => {
    paintRoad(c);
    // 0 plain, 1-4 centre dashes on N/E/S/W edge, 5 crosswalk for E-W roads, 6 for N-S roads
    if (i >= 1 && i <= 4) {
      for (let k = 4; k < 28; k++) {
        if (i === 1) c.put(k, 0, LINE);
        if (i === 3) c.put(k, T - 1, LINE);
        if (i === 2) c.put(T - 1, k, LINE);
        if (i === 4) c.put(0, k, LINE);
      }
    }
    if (i === 5) for (let y = 2; y < T; y += 8) c.rect(3, y, 26, 4, PAINT);
    if (i === 6) for (let x = 2; x < T; x += 8) c.rect(x, 3, 4, 26, PAINT);
  }),
  maskStrip('sidewalk', (c, m) => paintSidewalk(c, m)),
  maskStrip('water', (c, m) => paintWater(c, m)),
  strip('water_open', 4, (c, i) => paintWater(c, 15, i + 1)),
];
