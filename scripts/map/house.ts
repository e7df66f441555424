/** A parametric family home: bedrooms in one row; kitchen and living room in the other. */
import { Rect, TownGrid, cellHash } from './grid';

export interface HouseSpec {
  sector: string;
  /** Top-left of the outer footprint (walls included). */
  x: number;
  y: number;
  bedrooms: number;
  style: string;
  /** Which side the front door faces. */
  front: 'S' | 'N';
  /** Kitchen on the right instead of the left. */
  mirror: boolean;
  /** Persona ids, one per bedroom (bedroom 1 first). */
  residents: string[];
  seed: number;
}

export function houseSize(bedrooms: number): { w: number; h: number } {
  const iw = bedrooms === 3 ? 14 : bedrooms === 2 ? 9 : 8;
  return { w: iw + 2, h: 10 };
}

const BEDS = ['bed_red', 'bed_blue', 'bed_green', 'bed_yellow', 'bed_purple'];
const CARPETS = [
  'floor_carpet_blue',
  'floor_carpet_red',
  'floor_carpet_green',
  'floor_carpet_purple',
  'floor_carpet_beige',
  'floor_carpet_teal',
];
const SOFAS = ['sofa', 'sofa_red', 'sofa_blue'];

/** Builds the house; returns the cell just outside the front door. */
export function buildHouse(g: TownGrid, s: HouseSpec): { x: number; y: number } {
  const { w: W, h: H } = houseSize(s.bedrooms);
  const iw = W - 2;
  const ax = (lx: number) => (s.mirror ? s.x + W - 1 - lx : s.x + lx);
  const ay = (ly: number) => (s.front === 'S' ? s.y + ly : s.y + H - 1 - ly);
  /** Local rect → absolute rect (handles both flips). */
  const rect = (lx: number, ly: number, w: number, h: number): Rect => {
    const xa = ax(lx);
    const xb = ax(lx + w - 1);
    const ya = ay(ly);
    const yb = ay(ly + h - 1);
    return { x: Math.min(xa, xb), y: Math.min(ya, yb), w, h };
  };
  const rnd = (k: number) => cellHash(s.seed, k, 17);

  // local layout (front = S): walls at ly 0, 4, 9; bedrooms ly 1..3; kitchen/living ly 5..8
  const outer = { x: s.x, y: s.y, w: W, h: H };
  g.region('sector', s.sector, outer);
  g.wallRect(outer, s.style);
  for (let lx = 0; lx < W; lx++) g.setWall(ax(lx), ay(4), s.style);

  const kw = s.bedrooms === 3 ? 5 : s.bedrooms === 2 ? 4 : 3;
  const lw = iw - kw - 1;
  for (let ly = 5; ly <= 8; ly++) g.setWall(ax(kw + 1), ay(ly), s.style);
  const kitchen = rect(1, 5, kw, 4);
  const living = rect(kw + 2, 5, lw, 4);
  g.fillGround(kitchen, 'floor', rnd(1) < 0.5 ? 'floor_kitchen' : 'floor_kitchen_terracotta');
  g.fillGround(living, 'floor', rnd(2) < 0.6 ? 'floor_wood' : 'floor_wood_light');

  const bw = Math.floor((iw - (s.bedrooms - 1)) / s.bedrooms);
  const bedrooms: Rect[] = [];
  const bedLx: number[] = [];
  for (let b = 0; b < s.bedrooms; b++) {
    const lx0 = 1 + b * (bw + 1);
    const w = b === s.bedrooms - 1 ? iw - (lx0 - 1) : bw;
    bedLx.push(lx0);
    bedrooms.push(rect(lx0, 1, w, 3));
    g.fillGround(bedrooms[b], 'floor', CARPETS[Math.floor(rnd(10 + b) * CARPETS.length)]);
    if (b > 0) for (let ly = 1; ly <= 3; ly++) g.setWall(ax(lx0 - 1), ay(ly), s.style);
  }

  // doors ---------------------------------------------------------------
  const reserved = new Set<string>();
  const reserve = (x: number, y: number) => reserved.add(`${x},${y}`);
  const frontLx = kw + 2 + Math.floor(lw / 2);
  g.door(ax(frontLx), ay(9));
  reserve(ax(frontLx), ay(8));
  g.door(ax(kw + 1), ay(7));
  reserve(ax(kw), ay(7));
  reserve(ax(kw + 2), ay(7));
  bedrooms.forEach((_r, b) => {
    const lx0 = bedLx[b];
    const w = _r.w;
    const options: number[] = [];
    for (let lx = lx0 + w - 1; lx >= lx0; lx--) if (lx !== kw + 1 && lx !== lx0) options.push(lx);
    options.sort(
      (a, c) =>
        Number(a <= kw) - Number(c <= kw) ||
        Math.abs(a - (lx0 + w - 2)) - Math.abs(c - (lx0 + w - 2)),
    );
    const lx = options[0] ?? lx0;
    g.door(ax(lx), ay(4));
    reserve(ax(lx), ay(3));
    reserve(ax(lx), ay(5));
  });

  // windows ---------------------------------------------------------------
  bedrooms.forEach((r) => g.windowAt(r.x + Math.floor(r.w / 2), ay(0)));
  g.windowAt(kitchen.x + Math.floor(kitchen.w / 2), ay(9));
  for (const lx of [kw + 3, W - 3]) if (lx !== frontLx && lx > kw + 1) g.windowAt(ax(lx), ay(9));
  g.windowAt(s.x, ay(2));
  g.windowAt(s.x + W - 1, ay(2));
  g.windowAt(s.x, ay(6));
  g.windowAt(s.x + W - 1, ay(6));

  // furniture -------------------------------------------------------------
  const free = (x: number, y: number, w = 1, h = 1) => {
    for (let yy = y; yy < y + h; yy++) {
      for (let xx = x; xx < x + w; xx++)
        if (!g.isFree(xx, yy) || reserved.has(`${xx},${yy}`)) return false;
    }
    return true;
  };
  const tryPlace = (cands: [number, number][], tiles: string[][], object?: string) => {
    for (const [x, y] of cands) {
      if (free(x, y, tiles[0].length, tiles.length)) return g.place(x, y, tiles, object);
    }
    return null;
  };
  // "inner" = away from the side walls of the house toward the middle; row 0 = local top
  const topY = (r: Rect) => r.y;

  bedrooms.forEach((r, b) => {
    const bed = BEDS[Math.floor(rnd(20 + b) * BEDS.length)];
    const bedTiles = [[`${bed}_top`], [`${bed}_bottom`]];
    const right = r.x + r.w - 1;
    tryPlace(
      [
        [r.x, r.y],
        [right, r.y],
        [r.x, r.y + 1],
        [right, r.y + 1],
      ],
      bedTiles,
      'bed',
    );
    const deskTile = rnd(30 + b) < 0.4 ? 'desk_computer' : 'desk';
    tryPlace(
      [
        [right, r.y],
        [right - 1, r.y],
        [r.x + 1, r.y],
        [right, r.y + 2],
        [r.x + 1, r.y + 2],
      ],
      [[deskTile]],
      'desk',
    );
    const deco = rnd(40 + b) < 0.5 ? 'wardrobe' : rnd(41 + b) < 0.5 ? 'plant' : 'bookshelf_b';
    tryPlace(
      [
        [r.x + 1, r.y],
        [right - 1, r.y],
        [right, r.y + 2],
      ],
      [[deco]],
    );
    if (r.w > 5) tryPlace([[r.x + 3, r.y]], [['plant_b']]);
    g.region('arena', `bedroom ${b + 1}`, r);
    const resident = s.residents[b];
    if (resident) {
      const cells: [number, number][] = [];
      for (let y = r.y; y < r.y + r.h; y++)
        for (let x = r.x; x < r.x + r.w; x++) cells.push([x, y]);
      const mid: [number, number] = [r.x + Math.floor(r.w / 2), r.y + 1];
      cells.sort(
        (p, q) =>
          Math.abs(p[0] - mid[0]) +
          Math.abs(p[1] - mid[1]) -
          (Math.abs(q[0] - mid[0]) + Math.abs(q[1] - mid[1])),
      );
      const spot = cells.find(([x, y]) => g.isFree(x, y)) ?? mid;
      g.spawn(resident, spot[0], spot[1]);
    }
  });

  // kitchen: appliances along the top row, table in the middle
  const krow = topY(kitchen);
  const kcols: number[] = [];
  for (let i = 0; i < kitchen.w; i++)
    kcols.push(s.mirror ? kitchen.x + kitchen.w - 1 - i : kitchen.x + i);
  const appliances: [string, string | undefined][] = [
    ['fridge', 'fridge'],
    ['stove', 'stove'],
    ['sink', undefined],
    ['kitchen_counter', undefined],
    ['kitchen_counter', undefined],
  ];
  let ai = 0;
  for (const x of kcols) {
    if (ai >= appliances.length) break;
    if (!free(x, krow)) continue;
    const [tile, obj] = appliances[ai];
    g.place(x, krow, [[tile]], obj);
    ai++;
  }
  const tx = kitchen.x + Math.floor((kitchen.w - 2) / 2);
  const ty = krow + 2;
  g.place(tx, ty, [['dining_table_l', 'dining_table_r']], 'dining table');
  for (const dx of [0, 1]) {
    if (free(tx + dx, ty + 1)) g.place(tx + dx, ty + 1, [['chair_up']]);
    if (free(tx + dx, ty - 1) && kitchen.w > 4) g.place(tx + dx, ty - 1, [['chair']]);
  }
  if (free(tx - 1, ty)) g.place(tx - 1, ty, [['chair_right']]);
  if (free(tx + 2, ty)) g.place(tx + 2, ty, [['chair_left']]);
  g.region('arena', 'kitchen', kitchen);

  // living room: shelves and TV on the top row, sofa facing the TV
  const lrow = topY(living);
  const lcols: number[] = [];
  for (let i = 0; i < living.w; i++)
    lcols.push(s.mirror ? living.x + i : living.x + living.w - 1 - i);
  const midX = living.x + Math.floor((living.w - 1) / 2);
  tryPlace([[midX, lrow]], [['tv']]);
  tryPlace(
    lcols.map((x) => [x, lrow] as [number, number]),
    [['bookshelf']],
    'bookshelf',
  );
  tryPlace(
    [...lcols].reverse().map((x) => [x, lrow] as [number, number]),
    [[rnd(50) < 0.5 ? 'plant' : 'plant_b']],
  );
  const sofa = SOFAS[Math.floor(rnd(60) * SOFAS.length)];
  const sx = living.x + Math.floor((living.w - 2) / 2);
  tryPlace(
    [
      [sx, lrow + 2],
      [sx, lrow + 1],
      [sx + 1, lrow + 2],
      [sx - 1, lrow + 2],
    ],
    [[`${sofa}_back_l`, `${sofa}_back_r`]],
    'sofa',
  );
  tryPlace([[midX, lrow + 1]], [['coffee_table']]);
  g.region('arena', 'living room', living);

  return { x: ax(frontLx), y: s.front === 'S' ? ay(9) + 1 : ay(9) - 1 };
}
