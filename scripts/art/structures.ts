/** Interior floors, walls (autotiled, 3/4 top-down with a visible face) and doorways. */
import { Canvas, RGBA, hash2, hex, mix, periodicNoise, shade } from './canvas';
import { E, N, S, T, TileGroup, W, maskStrip, single } from './group';

// ---------------------------------------------------------------- floors

function planks(c: Canvas, base: RGBA, h: number, seed: number): void {
  const dark = shade(base, -0.25);
  const light = shade(base, 0.12);
  c.each((x, y) => {
    const row = Math.floor(y / h);
    const joint = Math.floor(hash2(row, 0, seed) * T);
    const tone = shade(base, (hash2(row, 1, seed) - 0.5) * 0.14);
    if (y % h === 0) return dark;
    if (x === joint) return dark;
    if (y % h === 1) return mix(tone, light, 0.5);
    if (hash2(x >> 2, y, seed + 1) > 0.9) return shade(tone, -0.07);
    return tone;
  });
}

function basketWeave(c: Canvas, base: RGBA): void {
  const dark = shade(base, -0.18);
  c.each((x, y) => {
    const bx = Math.floor(x / 16);
    const by = Math.floor(y / 16);
    const horiz = (bx + by) % 2 === 0;
    const a = horiz ? y % 16 : x % 16;
    const b = horiz ? x % 16 : y % 16;
    const strip = Math.floor(a / 4);
    const tone = shade(base, (hash2(bx * 4 + strip, by, 7) - 0.5) * 0.16);
    if (a % 4 === 0 || b === 0) return dark;
    return a % 4 === 1 ? shade(tone, 0.1) : tone;
  });
}

function checker(c: Canvas, a: RGBA, b: RGBA, size: number, grout?: RGBA): void {
  c.each((x, y) => {
    if (grout && (x % size === 0 || y % size === 0)) return grout;
    const odd = (Math.floor(x / size) + Math.floor(y / size)) % 2 === 1;
    const base = odd ? b : a;
    return hash2(x, y, 3) > 0.95 ? shade(base, -0.05) : base;
  });
}

function carpet(c: Canvas, base: RGBA, seed: number): void {
  const n = periodicNoise(seed, 32, 4);
  c.each((x, y) => {
    const v = n(x, y);
    const dot = (x + y * 3) % 8 === 0 && y % 4 === 0;
    if (dot) return shade(base, 0.12);
    return v < 0.3 ? shade(base, -0.07) : v > 0.75 ? shade(base, 0.05) : base;
  });
}

function speckled(c: Canvas, base: RGBA, grid: number, seed: number): void {
  const grout = shade(base, -0.14);
  c.each((x, y) => {
    if (grid && (x % grid === 0 || y % grid === 0)) return grout;
    const h = hash2(x, y, seed);
    if (h > 0.94) return shade(base, -0.1);
    if (h < 0.04) return shade(base, 0.1);
    return base;
  });
}

function marble(c: Canvas): void {
  const a = hex('#ece4d4');
  const b = hex('#cdbfa6');
  checker(c, a, b, 16, hex('#b5a68b'));
  const vein = periodicNoise(61, 32, 8);
  c.each((x, y, cur) => {
    const v = vein(x, y);
    return Math.abs(v - 0.5) < 0.025 ? shade(cur, -0.12) : null;
  });
}

export const FLOORS: Record<string, (c: Canvas) => void> = {
  floor_wood: (c) => planks(c, hex('#c48d5a'), 8, 1),
  floor_wood_light: (c) => planks(c, hex('#dcb98a'), 8, 2),
  floor_wood_dark: (c) => planks(c, hex('#8a5c3c'), 8, 3),
  floor_parquet: (c) => basketWeave(c, hex('#c9955c')),
  floor_cafe: (c) => basketWeave(c, hex('#d6a66c')),
  floor_kitchen: (c) => checker(c, hex('#f1e8d4'), hex('#a9c3cf'), 16),
  floor_kitchen_terracotta: (c) => checker(c, hex('#e9c9a2'), hex('#d59a74'), 16, hex('#b98462')),
  floor_carpet_red: (c) => carpet(c, hex('#b65d5e'), 1),
  floor_carpet_blue: (c) => carpet(c, hex('#6482b6'), 2),
  floor_carpet_green: (c) => carpet(c, hex('#729c6b'), 3),
  floor_carpet_purple: (c) => carpet(c, hex('#8e72a9'), 4),
  floor_carpet_beige: (c) => carpet(c, hex('#cdb592'), 5),
  floor_carpet_teal: (c) => carpet(c, hex('#4f9a98'), 6),
  floor_lino: (c) => speckled(c, hex('#c3ccd6'), 16, 7),
  floor_tile_white: (c) => speckled(c, hex('#eef0ec'), 16, 8),
  floor_tile_mint: (c) => speckled(c, hex('#cfeadc'), 16, 9),
  floor_marble: marble,
  floor_concrete: (c) => speckled(c, hex('#aeaca5'), 32, 10),
};

// ---------------------------------------------------------------- walls

export interface WallStyle {
  cap: RGBA;
  face: RGBA;
  pattern: 'siding' | 'brick' | 'stone' | 'plaster' | 'timber';
}

export const WALL_STYLES: Record<string, WallStyle> = {
  cream: { cap: hex('#8c6a4f'), face: hex('#f0dfb6'), pattern: 'siding' },
  blue: { cap: hex('#5f6478'), face: hex('#9fc0dc'), pattern: 'siding' },
  sage: { cap: hex('#6a6a52'), face: hex('#b8cf9c'), pattern: 'siding' },
  rose: { cap: hex('#7f5a5a'), face: hex('#eab7ad'), pattern: 'plaster' },
  brick: { cap: hex('#6e4c44'), face: hex('#b4604a'), pattern: 'brick' },
  stone: { cap: hex('#686a72'), face: hex('#b9b6ac'), pattern: 'stone' },
  timber: { cap: hex('#5a4332'), face: hex('#9a6d47'), pattern: 'timber' },
};

const OUTLINE = hex('#2b2228');
export const FACE_H = 11;

function facePixel(st: WallStyle, x: number, y: number): RGBA {
  const f = st.face;
  const d = shade(f, -0.2);
  switch (st.pattern) {
    case 'siding':
      return y % 4 === 0 ? d : y % 4 === 1 ? shade(f, 0.1) : f;
    case 'brick': {
      const row = Math.floor(y / 4);
      const off = row % 2 ? 4 : 0;
      if (y % 4 === 0 || (x + off) % 8 === 0) return shade(f, 0.35);
      return hash2(Math.floor((x + off) / 8), row, 5) > 0.7 ? shade(f, -0.08) : f;
    }
    case 'stone': {
      const row = Math.floor(y / 5);
      const off = row % 2 ? 5 : 0;
      if (y % 5 === 0 || (x + off) % 10 === 0) return d;
      return hash2(Math.floor((x + off) / 10), row, 6) > 0.6 ? shade(f, 0.06) : f;
    }
    case 'timber':
      return x % 8 === 0 ? d : x % 8 === 1 ? shade(f, 0.1) : f;
    default:
      return hash2(x, y, 9) > 0.9 ? shade(f, -0.05) : f;
  }
}

/** A wall tile. mask: which 4-neighbours are walls too. */
export function paintWall(c: Canvas, st: WallStyle, mask: number, window?: 'h' | 'v'): void {
  const capBottom = mask & S ? T : T - FACE_H;
  const capHi = shade(st.cap, 0.22);
  const capLo = shade(st.cap, -0.25);
  const n = periodicNoise(71, 32, 4);
  for (let y = 0; y < T; y++) {
    for (let x = 0; x < T; x++) {
      let col: RGBA;
      if (y < capBottom) {
        col = n(x, y) > 0.7 ? shade(st.cap, 0.06) : st.cap;
        if (!(mask & N) && y === 1) col = capHi;
        if (!(mask & W) && x === 1) col = capHi;
        if (!(mask & E) && x === T - 2) col = capLo;
        if (!(mask & S) && y === capBottom - 1) col = capHi;
      } else {
        const fy = y - capBottom;
        col = facePixel(st, x, fy);
        if (fy === 0) col = shade(col, -0.3);
        if (y >= T - 3) col = shade(st.face, -0.35);
      }
      if (!(mask & N) && y === 0) col = OUTLINE;
      if (!(mask & W) && x === 0) col = OUTLINE;
      if (!(mask & E) && x === T - 1) col = OUTLINE;
      if (!(mask & S) && y === T - 1) col = OUTLINE;
      c.put(x, y, col);
    }
  }
  const glass = hex('#a8dcf2');
  const glassHi = hex('#eafaff');
  const frame = hex('#f4efe4');
  if (window === 'h') {
    // glass strip on the cap, and a window on the face
    c.rect(3, 8, 26, 6, frame);
    c.rect(4, 9, 24, 4, glass);
    c.hline(5, 12, 10, glassHi);
    c.rect(9, capBottom + 1, 14, 7, frame);
    c.rect(10, capBottom + 2, 12, 5, glass);
    c.vline(15, capBottom + 2, capBottom + 6, frame);
    c.line(11, capBottom + 5, 13, capBottom + 3, glassHi);
  }
  if (window === 'v') {
    c.rect(12, 3, 8, 26, frame);
    c.rect(13, 4, 6, 24, glass);
    c.vline(14, 6, 14, glassHi);
  }
}

// ---------------------------------------------------------------- doors

function doorway(c: Canvas, vertical: boolean): void {
  // wooden threshold with the opened door leaf against one jamb
  const wood = hex('#b07a4c');
  planks(c, hex('#caa06e'), 8, 12);
  if (!vertical) {
    c.rect(0, 0, T, 3, shade(wood, -0.3));
    c.rect(0, T - 3, T, 3, shade(wood, -0.3));
    c.rect(1, 3, 5, 24, shade(wood, -0.1));
    c.frame(1, 3, 5, 24, shade(wood, -0.45));
    c.px(4, 16, hex('#f2d27a'));
  } else {
    c.rect(0, 0, 3, T, shade(wood, -0.3));
    c.rect(T - 3, 0, 3, T, shade(wood, -0.3));
    c.rect(3, 1, 24, 5, shade(wood, -0.1));
    c.frame(3, 1, 24, 5, shade(wood, -0.45));
    c.px(16, 4, hex('#f2d27a'));
  }
}

function doormat(c: Canvas, color: RGBA): void {
  c.rrect(5, 9, 22, 14, 2, shade(color, -0.3));
  c.rect(6, 10, 20, 12, color);
  for (let x = 8; x < 25; x += 3) c.vline(x, 11, 20, shade(color, 0.15));
}

export const structureGroups: TileGroup[] = [
  ...Object.entries(FLOORS).map(([name, draw]) => single(name, draw)),
  single('door_h', (c) => doorway(c, false)),
  single('door_v', (c) => doorway(c, true)),
  single('doormat', (c) => doormat(c, hex('#9a6a3a'))),
  single('doormat_green', (c) => doormat(c, hex('#5f8a4f'))),
  ...Object.entries(WALL_STYLES).map(([k, st]) =>
    maskStrip(`wall_${k}`, (c, m) => paintWall(c, st, m)),
  ),
  ...Object.entries(WALL_STYLES).flatMap(([k, st]) => [
    single(`wall_${k}_win_h`, (c) => paintWall(c, st, E | W, 'h')),
    single(`wall_${k}_win_v`, (c) => paintWall(c, st, N | S, 'v')),
  ]),
];
