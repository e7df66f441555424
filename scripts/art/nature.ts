/** Trees, bushes, flowers and pond plants. */
import { Canvas, RGBA, hash2, hex, mix, periodicNoise, shade } from './canvas';
import { TileGroup, single } from './group';

export const SHADOW = hex('#1e2a1a', 70);
const BARK = hex('#7a5234');

export interface Leaves {
  dark: RGBA;
  mid: RGBA;
  light: RGBA;
  hi: RGBA;
  line: RGBA;
}

export const LEAVES: Record<string, Leaves> = {
  green: {
    dark: hex('#2f7a3a'),
    mid: hex('#3f9646'),
    light: hex('#5db552'),
    hi: hex('#8fd46a'),
    line: hex('#1d4a28'),
  },
  lime: {
    dark: hex('#4d8a33'),
    mid: hex('#67a83d'),
    light: hex('#86c24e'),
    hi: hex('#b2de73'),
    line: hex('#2c5220'),
  },
  blossom: {
    dark: hex('#c9719a'),
    mid: hex('#e191b4'),
    light: hex('#f2b3cc'),
    hi: hex('#ffe0ec'),
    line: hex('#7c3a5a'),
  },
  pine: {
    dark: hex('#1f5a44'),
    mid: hex('#2c7356'),
    light: hex('#3f8f68'),
    hi: hex('#6bb488'),
    line: hex('#123627'),
  },
};

/** A clumpy canopy made of overlapping blobs, lit from the upper left, outlined. */
function canopy(w: number, h: number, blobs: number[][], lv: Leaves, seed: number): Canvas {
  const k = new Canvas(w, h);
  const n = periodicNoise(seed, 64, 4);
  for (const [cx, cy, r] of blobs) {
    for (let y = Math.floor(cy - r); y <= cy + r; y++) {
      for (let x = Math.floor(cx - r); x <= cx + r; x++) {
        const dx = (x + 0.5 - cx) / r;
        const dy = (y + 0.5 - cy) / r;
        const d = dx * dx + dy * dy;
        if (d > 1) continue;
        const lit = -(dx + dy) * 0.5 + (1 - d) * 0.35 + (n(x, y) - 0.5) * 0.5;
        const col = lit > 0.45 ? lv.hi : lit > 0.15 ? lv.light : lit > -0.2 ? lv.mid : lv.dark;
        k.put(x, y, col);
      }
    }
  }
  k.outline(lv.line);
  return k;
}

function trunk(c: Canvas, cx: number, top: number, bottom: number, wdt: number): void {
  c.ellipse(cx, bottom - 1, wdt * 2.2, 4, SHADOW);
  const x0 = Math.round(cx - wdt / 2);
  c.rect(x0 - 1, top, wdt + 2, bottom - top, hex('#3b2818'));
  c.rect(x0, top, wdt, bottom - top - 1, BARK);
  c.vline(x0, top, bottom - 2, shade(BARK, 0.2));
  c.px(x0 - 1, bottom - 2, BARK);
  c.px(x0 + wdt, bottom - 2, BARK);
}

function roundTree(c: Canvas, lv: Leaves, fruit?: RGBA): void {
  trunk(c, 16, 36, 60, 6);
  const k = canopy(
    32,
    52,
    [
      [16, 24, 14],
      [9, 30, 9],
      [23, 30, 9],
      [16, 14, 10],
    ],
    lv,
    3,
  );
  c.blit(k, 0, 0);
  if (fruit) {
    for (let i = 0; i < 7; i++) {
      const x = 6 + Math.floor(hash2(i, 1, 5) * 20);
      const y = 12 + Math.floor(hash2(i, 2, 5) * 24);
      if (c.get(x, y)[3] === 255 && c.get(x + 1, y + 1)[3] === 255) {
        c.rect(x, y, 2, 2, fruit);
        c.px(x, y, shade(fruit, 0.5));
      }
    }
  }
}

function pineTree(c: Canvas): void {
  trunk(c, 16, 44, 60, 4);
  const lv = LEAVES.pine;
  const k = new Canvas(32, 52);
  const tiers = [
    [4, 16, 6],
    [12, 26, 9],
    [22, 38, 13],
    [32, 48, 15],
  ];
  for (const [top, bottom, half] of tiers) {
    for (let y = top; y < bottom; y++) {
      const t = (y - top) / (bottom - top);
      const hw = Math.max(1, Math.round(half * (0.25 + 0.75 * t)));
      for (let x = 16 - hw; x < 16 + hw; x++) {
        const side = (x - 16) / hw;
        const col =
          y > bottom - 3 ? lv.dark : side < -0.3 ? lv.light : side < 0.3 ? lv.mid : lv.dark;
        k.put(x, y, col);
      }
      if (hash2(y, top, 8) > 0.6) k.put(16 - hw + 2, y, lv.hi);
    }
  }
  k.outline(lv.line);
  c.blit(k, 0, 0);
}

function oak(c: Canvas): void {
  trunk(c, 32, 40, 61, 8);
  const k = canopy(
    64,
    54,
    [
      [32, 26, 22],
      [16, 32, 13],
      [48, 32, 13],
      [24, 14, 13],
      [42, 15, 12],
      [32, 38, 12],
    ],
    LEAVES.green,
    9,
  );
  c.blit(k, 0, 0);
}

function bush(c: Canvas, lv: Leaves, flower?: RGBA): void {
  c.ellipse(16, 25, 13, 5, SHADOW);
  const k = canopy(
    32,
    32,
    [
      [16, 17, 10],
      [9, 20, 7],
      [23, 20, 7],
    ],
    lv,
    4,
  );
  c.blit(k, 0, 0);
  if (flower) {
    for (let i = 0; i < 6; i++) {
      const x = 8 + Math.floor(hash2(i, 3, 6) * 16);
      const y = 10 + Math.floor(hash2(i, 4, 6) * 14);
      c.px(x, y, flower);
      c.px(x + 1, y, shade(flower, -0.2));
      c.px(x, y - 1, shade(flower, 0.4));
    }
  }
}

function flowers(c: Canvas, petal: RGBA, seed: number): void {
  const leaf = hex('#3f8c3c');
  for (let i = 0; i < 9; i++) {
    const x = 4 + Math.floor(hash2(i, 1, seed) * 24);
    const y = 5 + Math.floor(hash2(i, 2, seed) * 22);
    c.px(x, y + 2, leaf);
    c.px(x - 1, y + 3, leaf);
    c.px(x + 1, y + 3, shade(leaf, -0.3));
    c.px(x - 1, y, petal);
    c.px(x + 1, y, petal);
    c.px(x, y - 1, shade(petal, 0.3));
    c.px(x, y + 1, shade(petal, -0.25));
    c.px(x, y, hex('#ffe27a'));
  }
}

function flowerBed(c: Canvas, petals: RGBA[]): void {
  c.rrect(2, 4, 28, 25, 4, hex('#5d4026'));
  c.rrect(3, 5, 26, 23, 3, hex('#7a5636'));
  for (let i = 0; i < 14; i++) {
    const x = 5 + Math.floor(hash2(i, 1, 44) * 22);
    const y = 7 + Math.floor(hash2(i, 2, 44) * 18);
    const p = petals[i % petals.length];
    c.px(x, y + 1, hex('#3f8c3c'));
    c.px(x - 1, y, p);
    c.px(x + 1, y, p);
    c.px(x, y - 1, shade(p, 0.3));
    c.px(x, y, hex('#ffe27a'));
  }
}

function rock(c: Canvas): void {
  c.ellipse(17, 22, 10, 4, SHADOW);
  c.ellipse(15, 18, 9, 7, hex('#4d4a52'));
  c.ellipse(15, 17, 8, 6, hex('#8d8a92'));
  c.ellipse(13, 15, 4, 3, hex('#aeabb3'));
  c.ellipse(24, 22, 4, 3, hex('#4d4a52'));
  c.ellipse(24, 21, 3, 2, hex('#9a97a0'));
}

function reeds(c: Canvas): void {
  const stem = hex('#4e7f3a');
  for (let i = 0; i < 7; i++) {
    const x = 5 + i * 3 + Math.floor(hash2(i, 0, 90) * 3);
    const top = 6 + Math.floor(hash2(i, 1, 90) * 10);
    c.vline(x, top, 28, i % 2 ? stem : shade(stem, 0.25));
    if (i % 2 === 0) c.rect(x - 1, top, 3, 5, hex('#7a4e2e'));
  }
}

function lilyPads(c: Canvas): void {
  const pad = hex('#4f9e4a');
  for (const [x, y, r] of [
    [10, 12, 5],
    [22, 20, 4],
    [12, 25, 3],
  ]) {
    c.ellipse(x, y, r + 1, r, shade(pad, -0.3));
    c.ellipse(x, y - 0.5, r, r - 1, pad);
    c.line(x, y, x + r, y - 1, shade(pad, -0.3));
  }
  c.ellipse(10, 11, 2, 2, hex('#f7c6dc'));
  c.px(10, 11, hex('#ffe27a'));
}

const PETALS = [hex('#f05a6e'), hex('#ffd23f'), hex('#9a7cf0'), hex('#fff4e8'), hex('#ff9a4a')];

export const natureGroups: TileGroup[] = [
  { names: [['tree_top'], ['tree_base']], draw: (c) => roundTree(c, LEAVES.green) },
  {
    names: [['tree_fruit_top'], ['tree_fruit_base']],
    draw: (c) => roundTree(c, LEAVES.lime, hex('#e8443c')),
  },
  {
    names: [['tree_blossom_top'], ['tree_blossom_base']],
    draw: (c) => roundTree(c, LEAVES.blossom),
  },
  { names: [['pine_top'], ['pine_base']], draw: pineTree },
  {
    names: [
      ['oak_tl', 'oak_tr'],
      ['oak_bl', 'oak_br'],
    ],
    draw: oak,
  },
  single('bush', (c) => bush(c, LEAVES.green)),
  single('bush_flowering', (c) => bush(c, LEAVES.lime, hex('#f6f0ff'))),
  single('bush_rose', (c) => bush(c, LEAVES.green, hex('#e8445a'))),
  single('flowers_red', (c) => flowers(c, PETALS[0], 1)),
  single('flowers_yellow', (c) => flowers(c, PETALS[1], 2)),
  single('flowers_purple', (c) => flowers(c, PETALS[2], 3)),
  single('flowers_white', (c) => flowers(c, PETALS[3], 4)),
  single('flowerbed', (c) => flowerBed(c, PETALS)),
  single('flowerbed_tulips', (c) =>
    flowerBed(c, [PETALS[0], PETALS[4], mix(PETALS[0], PETALS[3], 0.5)]),
  ),
  single('rock', rock),
  single('reeds', reeds),
  single('lilypads', lilyPads),
];
