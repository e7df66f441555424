/** The Town Park: outdoors, paths, a fountain plaza, a pond, gardens and trees. */
import { Rect, TownGrid, cellHash } from './grid';

const TREES: [string, string][] = [
  ['tree_base', 'tree_top'],
  ['tree_blossom_base', 'tree_blossom_top'],
  ['pine_base', 'pine_top'],
  ['tree_fruit_base', 'tree_fruit_top'],
];

/** Place a tree if the cell (and the one above, for the canopy) are free. */
export function tryTree(g: TownGrid, x: number, y: number, kind: number): boolean {
  if (!g.in(x, y - 1) || !g.isFree(x, y) || g.foreground[g.i(x, y - 1)]) return false;
  if (g.ground[g.i(x, y)] !== 'grass') return false;
  const [base, top] = TREES[kind % TREES.length];
  g.tall(x, y, base, top);
  return true;
}

export function buildPark(g: TownGrid, r: Rect): { entrances: [number, number][] } {
  g.region('sector', 'Town Park', r);
  g.region('arena', 'park', r);
  const cx = r.x + 12;
  const cy = r.y + 13;
  // paths
  g.fillGround({ x: cx, y: r.y, w: 2, h: r.h }, 'dirt');
  g.fillGround({ x: r.x, y: cy, w: r.w, h: 2 }, 'dirt');
  // plaza
  for (let y = cy - 5; y <= cy + 6; y++) {
    for (let x = cx - 5; x <= cx + 6; x++) {
      const d = Math.hypot(x + 0.5 - (cx + 1), y + 0.5 - (cy + 1));
      if (d <= 4.7) g.setGround(x, y, 'plaza');
    }
  }
  g.place(
    cx,
    cy,
    [
      ['fountain_tl', 'fountain_tr'],
      ['fountain_bl', 'fountain_br'],
    ],
    'fountain',
  );
  for (let dy = 0; dy < 2; dy++)
    for (let dx = 0; dx < 2; dx++) g.blocked[g.i(cx + dx, cy + dy)] = true;
  g.place(cx - 3, cy - 3, [['bench_l', 'bench_r']], 'bench 1');
  g.place(cx + 3, cy + 4, [['bench_l', 'bench_r']], 'bench 2');
  g.place(cx + 3, cy - 3, [['bench_l', 'bench_r']]);
  g.place(cx - 3, cy + 4, [['bench_l', 'bench_r']]);
  for (const [x, y] of [
    [cx - 3, cy - 1],
    [cx + 4, cy - 1],
    [cx - 3, cy + 2],
    [cx + 4, cy + 2],
  ]) {
    g.place(x, y, [['flowerbed']]);
  }

  // pond (marching squares on vertices)
  const px = r.x + 6;
  const py = r.y + 7.5;
  for (let vy = r.y; vy <= r.y + 14; vy++) {
    for (let vx = r.x; vx <= r.x + 12; vx++) {
      const main = ((vx - px) / 4.7) ** 2 + ((vy - py) / 3.4) ** 2 < 1;
      const lobe = ((vx - px - 3) / 2.2) ** 2 + ((vy - py + 2) / 2) ** 2 < 1;
      if (main || lobe) g.setWaterVertex(vx, vy, true);
    }
  }
  g.place(r.x + 5, r.y + 7, [['lilypads']]);
  g.place(r.x + 8, r.y + 6, [['lilypads']]);
  for (const [x, y] of [
    [r.x + 2, r.y + 5],
    [r.x + 10, r.y + 9],
    [r.x + 3, r.y + 10],
  ]) {
    g.place(x, y, [['reeds']]);
  }
  g.place(r.x + 6, r.y + 11, [['bench_l', 'bench_r']]);

  // picnic corner (south-west) and community garden (south-east)
  g.place(r.x + 4, r.y + 19, [['picnic_table_l', 'picnic_table_r']], 'picnic table');
  g.place(r.x + 7, r.y + 22, [['picnic_table_l', 'picnic_table_r']]);
  g.place(cx + 5, cy + 6, [['garden_bed_l', 'garden_bed_r']], 'garden bed');
  g.place(cx + 9, cy + 6, [['garden_bed_l', 'garden_bed_r']]);
  g.place(cx + 5, cy + 8, [['garden_bed_l', 'garden_bed_r']]);
  g.place(cx + 9, cy + 8, [['garden_bed_l', 'garden_bed_r']]);
  for (const [x, y, t] of [
    [cx + 4, cy + 6, 'flowerbed_tulips'],
    [cx + 4, cy + 8, 'flowerbed'],
    [cx + 8, cy + 10, 'flowers_yellow'],
    [r.x + 3, r.y + 16, 'flowers_red'],
    [r.x + 10, r.y + 24, 'flowers_purple'],
    [r.x + 2, r.y + 21, 'flowers_white'],
    [r.x + 8, r.y + 15, 'flowers_yellow'],
    [cx - 4, r.y + 25, 'flowers_red'],
    [cx + 7, r.y + 4, 'flowers_white'],
    [cx + 3, r.y + 8, 'flowers_yellow'],
    [cx + 8, r.y + 3, 'flowerbed_tulips'],
    [cx + 9, r.y + 3, 'flowerbed'],
  ] as [number, number, string][]) {
    g.place(x, y, [[t]]);
  }

  // lamps along the paths
  for (const [x, y] of [
    [cx - 1, r.y + 3],
    [cx + 2, r.y + 3],
    [cx - 1, r.y + r.h - 3],
    [cx + 2, r.y + r.h - 3],
    [r.x + 3, cy - 1],
    [r.x + 3, cy + 2],
    [r.x + r.w - 4, cy - 1],
    [r.x + r.w - 4, cy + 2],
  ]) {
    g.tall(x, y, 'lamp_base', 'lamp_top');
  }

  // hedge border with entrances
  const entrances: [number, number][] = [];
  const gate = (x: number, y: number) =>
    (x >= cx - 1 && x <= cx + 2) ||
    (y >= cy - 1 && y <= cy + 2) ||
    x === r.x + 4 ||
    x === r.x + r.w - 5;
  for (let x = r.x; x < r.x + r.w; x++) {
    for (const y of [r.y, r.y + r.h - 1]) {
      if (gate(x, y)) entrances.push([x, y]);
      else g.barrierAt(x, y, 'hedge');
    }
  }
  for (let y = r.y + 1; y < r.y + r.h - 1; y++) {
    for (const x of [r.x, r.x + r.w - 1]) {
      if (gate(x, y)) entrances.push([x, y]);
      else g.barrierAt(x, y, 'hedge');
    }
  }

  // trees and oaks scattered on the lawns
  g.oak(r.x + 16, r.y + 4);
  g.oak(r.x + 20, r.y + 9);
  g.oak(r.x + 3, r.y + 23);
  g.oak(r.x + 20, r.y + 18);
  const cells: [number, number][] = [];
  for (let y = r.y + 2; y < r.y + r.h - 1; y++)
    for (let x = r.x + 1; x < r.x + r.w - 1; x++) cells.push([x, y]);
  cells.sort((a, b) => cellHash(a[0], a[1], 61) - cellHash(b[0], b[1], 61));
  const trees: [number, number][] = [];
  for (const [x, y] of cells) {
    if (trees.length >= 16) break;
    if (trees.some(([tx, ty]) => Math.abs(tx - x) + Math.abs(ty - y) < 4)) continue;
    let clear = true;
    for (let dy = -1; dy <= 1 && clear; dy++) {
      for (let dx = -1; dx <= 1 && clear; dx++) {
        const xx = x + dx;
        const yy = y + dy;
        const i = g.i(xx, yy);
        if (g.ground[i] !== 'grass' || !g.isFree(xx, yy) || g.foreground[i]) clear = false;
        if (
          g.water(xx, yy) ||
          g.water(xx + 1, yy) ||
          g.water(xx, yy + 1) ||
          g.water(xx + 1, yy + 1)
        ) {
          clear = false;
        }
      }
    }
    if (clear && tryTree(g, x, y, Math.floor(cellHash(x, y, 62) * 4))) trees.push([x, y]);
  }
  return { entrances };
}
