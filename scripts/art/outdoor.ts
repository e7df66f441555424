/** Outdoor furniture and street props: benches, fountain, garden beds, lamps, hedges, fences. */
import { Canvas, hash2, hex, periodicNoise, shade } from './canvas';
import { E, N, S, T, TileGroup, W, maskStrip, single } from './group';
import { LEAVES, SHADOW } from './nature';
import { WOOD, WOOD_D, box, prop } from './props';

function bench(c: Canvas): void {
  prop(c, (k) => {
    const slat = hex('#b5804c');
    k.rect(4, 6, 56, 5, shade(slat, -0.25));
    for (const y of [13, 18, 23]) {
      k.rect(4, y, 56, 4, slat);
      k.hline(4, 59, y, shade(slat, 0.2));
    }
    for (const x of [6, 56]) k.rect(x, 5, 3, 24, hex('#3a3d46'));
  });
}

function fountain(c: Canvas): void {
  prop(c, (k) => {
    k.ellipse(32, 34, 30, 26, hex('#a9a59c'));
    k.ellipse(32, 33, 28, 24, hex('#cbc6bb'));
    k.ellipse(32, 34, 24, 20, hex('#8e8a82'));
    k.ellipse(32, 35, 23, 19, hex('#4d9bd9'));
    k.ellipse(28, 31, 14, 9, hex('#6fb3e6'));
    for (let i = 0; i < 10; i++) {
      const a = (i / 10) * Math.PI * 2;
      k.px(32 + Math.cos(a) * 17, 35 + Math.sin(a) * 14, hex('#d8f0fb'));
    }
    k.ellipse(32, 34, 7, 6, hex('#a9a59c'));
    k.rect(29, 18, 6, 16, hex('#bdb8ad'));
    k.ellipse(32, 18, 8, 4, hex('#cbc6bb'));
    k.ellipse(32, 13, 5, 6, hex('#bfe6fb'));
    k.ellipse(32, 11, 3, 4, hex('#ffffff'));
    for (const [x, y] of [
      [24, 16],
      [40, 16],
      [22, 22],
      [42, 22],
    ]) {
      k.px(x, y, hex('#bfe6fb'));
      k.px(x, y + 2, hex('#bfe6fb'));
    }
  });
}

function gardenBed(c: Canvas): void {
  prop(c, (k) => {
    box(k, 2, 4, 60, 25, 5, WOOD, WOOD_D);
    k.rect(5, 7, 54, 16, hex('#6b4a2e'));
    for (let row = 0; row < 2; row++) {
      for (let i = 0; i < 7; i++) {
        const x = 9 + i * 7;
        const y = 11 + row * 8;
        if (row === 0) {
          k.ellipse(x, y, 3, 2.5, hex('#6fb04a'));
          k.px(x - 1, y - 1, hex('#a8dc7a'));
        } else {
          k.rect(x - 1, y - 2, 3, 3, hex('#f28a2e'));
          k.line(x, y - 2, x - 2, y - 5, hex('#5aa04a'));
          k.line(x, y - 2, x + 2, y - 5, hex('#5aa04a'));
        }
      }
    }
  });
}

function picnicTable(c: Canvas): void {
  prop(c, (k) => {
    const w = hex('#b98a55');
    k.rect(6, 2, 52, 5, shade(w, -0.15));
    k.rect(6, 25, 52, 5, shade(w, -0.15));
    box(k, 3, 9, 58, 14, 3, w);
    for (const y of [12, 16]) k.hline(4, 59, y, shade(w, -0.2));
    k.rect(14, 11, 10, 6, hex('#e85a5a'));
    k.rect(15, 12, 8, 4, hex('#f4f0e8'));
    k.ellipse(42, 14, 4, 3, hex('#e8c46a'));
  });
}

/** Autotiled hedge: mask = which neighbours are hedge. */
function hedge(c: Canvas, mask: number): void {
  const lv = LEAVES.green;
  const n = periodicNoise(81, 32, 4);
  const m = 3;
  const x0 = mask & W ? 0 : m;
  const x1 = mask & E ? T : T - m;
  const y0 = mask & N ? 0 : m + 4;
  const y1 = mask & S ? T : T - m;
  const r = 5;
  if (!(mask & S)) c.rect(x0 + 2, y1 - 2, x1 - x0 - 2, 4, SHADOW);
  const k = new Canvas(T, T);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const cx =
        !(mask & W) && x < x0 + r ? x0 + r - x : !(mask & E) && x >= x1 - r ? x - (x1 - r) + 1 : 0;
      const cy =
        !(mask & N) && y < y0 + r ? y0 + r - y : !(mask & S) && y >= y1 - r ? y - (y1 - r) + 1 : 0;
      if (cx * cx + cy * cy > r * r) continue;
      const v = n(x, y);
      const face = !(mask & S) && y >= y1 - 6;
      let col = v > 0.68 ? lv.light : v < 0.3 ? lv.dark : lv.mid;
      if (face) col = v > 0.6 ? lv.mid : lv.dark;
      if (!face && hash2(x, y, 82) > 0.93) col = lv.hi;
      k.put(x, y, col);
    }
  }
  // outline only on the open sides
  const open = (x: number, y: number) =>
    (x < 0 && !(mask & W)) ||
    (x >= T && !(mask & E)) ||
    (y < 0 && !(mask & N)) ||
    (y >= T && !(mask & S));
  const edge: [number, number][] = [];
  k.each((x, y, cur) => {
    if (cur[3] === 0) return null;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const nx = x + dx;
      const ny = y + dy;
      const inside = nx >= 0 && ny >= 0 && nx < T && ny < T;
      if ((inside && k.alpha(nx, ny) === 0) || (!inside && open(nx, ny))) edge.push([x, y]);
    }
    return null;
  });
  for (const [x, y] of edge) k.put(x, y, lv.line);
  c.blit(k, 0, 0);
}

/** Autotiled white picket fence: mask = which neighbours are fence. */
function fence(c: Canvas, mask: number): void {
  const white = hex('#f4efe2');
  const grey = hex('#c9c0ad');
  const line = hex('#5b4a3e');
  const horiz = (mask & (E | W)) !== 0 || (mask & (N | S)) === 0;
  // shadow
  if (horiz) c.rect(mask & W ? 0 : 12, 24, (mask & E ? T : 20) - (mask & W ? 0 : 12), 3, SHADOW);
  if (mask & (N | S))
    c.rect(18, mask & N ? 0 : 12, 3, (mask & S ? T : 24) - (mask & N ? 0 : 12), SHADOW);
  const k = new Canvas(T, T);
  // vertical run: seen from above as a narrow rail with picket tops
  if (mask & N) k.rect(14, 0, 4, 16, grey);
  if (mask & S) k.rect(14, 16, 4, 16, grey);
  for (let y = 2; y < T; y += 5) {
    if ((y < 16 && mask & N) || (y >= 16 && mask & S)) k.rect(13, y, 6, 3, white);
  }
  if (horiz) {
    const xa = mask & W ? 0 : 12;
    const xb = mask & E ? T : 20;
    k.rect(xa, 13, xb - xa, 2, grey);
    k.rect(xa, 19, xb - xa, 2, grey);
    for (let x = xa + 1; x < xb - 1; x += 4) {
      k.rect(x, 9, 3, 15, white);
      k.px(x + 1, 8, white);
      k.vline(x + 2, 10, 23, grey);
    }
  }
  // the post
  k.rect(13, 6, 6, 19, white);
  k.rect(13, 6, 6, 2, hex('#ffffff'));
  k.vline(18, 8, 24, grey);
  k.outline(line);
  c.blit(k, 0, 0);
}

function lamp(c: Canvas): void {
  // 32x64: head in the top tile, pole and base in the bottom tile
  const iron = hex('#2f3340');
  const ironHi = hex('#5a6072');
  c.ellipse(16, 34, 12, 12, hex('#ffe9a0', 50));
  c.ellipse(16, 61, 8, 3, SHADOW);
  c.rect(14, 24, 4, 36, iron);
  c.vline(15, 24, 58, ironHi);
  c.rect(11, 56, 10, 4, iron);
  c.rect(10, 20, 12, 4, iron);
  c.rect(11, 10, 10, 10, hex('#fff1b8'));
  c.rect(12, 11, 8, 8, hex('#ffd86b'));
  c.frame(10, 9, 12, 12, iron);
  c.rect(9, 6, 14, 3, iron);
  c.px(16, 4, iron);
  c.hline(14, 18, 5, iron);
}

function mailbox(c: Canvas): void {
  c.ellipse(16, 27, 7, 2, SHADOW);
  c.rect(15, 16, 3, 11, hex('#6b4a30'));
  c.rrect(9, 8, 14, 10, 3, hex('#2d4f8c'));
  c.rrect(10, 9, 12, 7, 2, hex('#4a78c4'));
  c.rect(21, 6, 2, 5, hex('#d8443c'));
  c.outline(hex('#1e1a26'));
}

function bin(c: Canvas): void {
  c.ellipse(16, 27, 8, 2, SHADOW);
  c.rect(10, 11, 12, 15, hex('#4b6e4c'));
  for (let x = 12; x < 21; x += 3) c.vline(x, 13, 24, hex('#3b573c'));
  c.rect(9, 9, 14, 3, hex('#5f8a60'));
  c.outline(hex('#1e1a26'));
}

function signpost(c: Canvas): void {
  c.ellipse(16, 28, 6, 2, SHADOW);
  c.rect(15, 12, 3, 16, hex('#6b4a30'));
  c.rect(5, 6, 22, 9, hex('#c89a5e'));
  c.hline(7, 24, 9, hex('#7a5634'));
  c.hline(7, 19, 12, hex('#7a5634'));
  c.outline(hex('#3b2818'));
}

export const outdoorGroups: TileGroup[] = [
  { names: [['lamp_top'], ['lamp_base']], draw: lamp },
  { names: [['bench_l', 'bench_r']], draw: bench },
  {
    names: [
      ['fountain_tl', 'fountain_tr'],
      ['fountain_bl', 'fountain_br'],
    ],
    draw: fountain,
  },
  { names: [['garden_bed_l', 'garden_bed_r']], draw: gardenBed },
  { names: [['picnic_table_l', 'picnic_table_r']], draw: picnicTable },
  single('mailbox', mailbox),
  single('bin', bin),
  single('signpost', signpost),
  maskStrip('hedge', hedge),
  maskStrip('fence', fence),
];
