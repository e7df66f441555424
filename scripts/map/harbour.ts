/**
 * Saltmere, a small harbour village (72 × 60 tiles), built from the default town's buildings:
 *   rows 0–1 forest · 4–16 four homes facing south · 17–20 High Street (leaves west and east) ·
 *   22–33 tearoom, chandlery, harbour office, tavern · 34–35 Quay Lane ·
 *   36–49 three cottages (west) and Gorse Green (east) · 50–51 the quay · 52–59 the sea, with a
 *   pier off the Fish Quay.
 */
import { buildBar, buildCafe, buildHardware, buildTownHall } from './buildings';
import { forest } from './forest';
import { PlaceInfo, TownGrid, cellHash } from './grid';
import { Home, homes } from './homes';
import { tryTree } from './park';
import { renamed } from './rename';

export const HARBOUR_W = 72;
export const HARBOUR_H = 60;

/** The sector the flood fill of `sealPockets` starts from: open ground everyone can reach. */
export const HARBOUR_OPEN_SECTOR = 'Gorse Green';

const UPPER_HOMES: Home[] = [
  {
    sector: 'Tregarth House',
    bedrooms: 3,
    residents: ['morwenna-tregarth', 'jory-tregarth', 'kit-tregarth'],
  },
  { sector: 'Rowe House', bedrooms: 2, residents: ['ewan-rowe', 'tamsin-rowe'] },
  { sector: 'Pascoe House', bedrooms: 2, residents: ['loveday-pascoe', 'arthur-pascoe'] },
  { sector: 'Kerrow House', bedrooms: 2, residents: ['nessa-kerrow', 'idris-kerrow'] },
];

const LOWER_HOMES: Home[] = [
  { sector: 'Penrose Cottage', bedrooms: 1, residents: ['silas-penrose'] },
  { sector: 'Morgan House', bedrooms: 2, residents: ['ifan-morgan', 'carys-morgan'] },
  { sector: 'Lark Cottage', bedrooms: 1, residents: ['tobias-lark'] },
];

const PLACES: Record<string, PlaceInfo> = {
  'Driftwood Tearoom': { kind: 'eatery', hours: '07:00-17:00' },
  "Rowe's Chandlery": { kind: 'shop', hours: '08:00-17:00', days: 'mon-sat' },
  'Harbour Office': { kind: 'civic', hours: '08:00-18:00', days: 'mon-sat' },
  "The Gull's Rest": { kind: 'bar', hours: '12:00-00:00' },
  'Fish Quay': { kind: 'work', hours: '05:00-20:00' },
  'Gorse Green': { kind: 'park', hours: '24h' },
};

const STREET = 18;
const LANE = 34;
const QUAY = 50;
const SEA = 53;
const PIER = { x: 56, w: 3, to: 57 };

function highStreet(g: TownGrid): void {
  for (let x = 0; x < g.w; x++) {
    g.setGround(x, STREET, 'road', 'road_3');
    g.setGround(x, STREET + 1, 'road', 'road_1');
  }
  for (let x = 2; x < g.w - 2; x++) {
    g.setGround(x, STREET - 1, 'sidewalk');
    g.setGround(x, STREET + 2, 'sidewalk');
  }
  for (const y of [STREET, STREET + 1])
    for (const x of [19, 20]) g.setGround(x, y, 'road', 'road_5');
}

function centre(g: TownGrid): void {
  for (let x = 2; x < g.w - 2; x++) g.setGround(x, 21, 'plaza');
  renamed(g, { sector: 'Driftwood Tearoom', arenas: { café: 'tearoom' } }, () =>
    buildCafe(g, 3, 22),
  );
  renamed(g, { sector: "Rowe's Chandlery", arenas: { shop: 'chandlery' } }, () =>
    buildHardware(g, 21, 22),
  );
  renamed(
    g,
    {
      sector: 'Harbour Office',
      arenas: { library: 'reading room', 'council office': 'office' },
    },
    () => buildTownHall(g, 34, 22),
  );
  renamed(g, { sector: "The Gull's Rest", arenas: { bar: 'taproom' } }, () => buildBar(g, 54, 22));
  for (const y of [LANE, LANE + 1]) for (let x = 2; x < g.w - 2; x++) g.setGround(x, y, 'plaza');
  for (let y = 22; y < LANE; y++) g.setGround(19, y, 'dirt');
  g.place(67, 23, [['bench_l', 'bench_r']]);
  g.place(52, 32, [['crates']]);
  g.place(33, 32, [['bin']]);
  g.place(13, 21, [['signpost']]);
  tryTree(g, 68, 28, 1);
  tryTree(g, 32, 29, 2);
}

/** A small village green: lawn, a path, benches, an oak, flowerbeds and lamps. */
function green(g: TownGrid): void {
  const r = { x: 46, y: 37, w: 24, h: 12 };
  g.region('sector', 'Gorse Green', r);
  g.region('arena', 'green', r);
  g.fillGround({ x: r.x, y: r.y + 5, w: r.w, h: 2 }, 'dirt');
  g.fillGround({ x: r.x + 11, y: r.y, w: 2, h: r.h }, 'dirt');
  g.place(r.x + 4, r.y + 4, [['bench_l', 'bench_r']], 'bench 1');
  g.place(r.x + 16, r.y + 4, [['bench_l', 'bench_r']], 'bench 2');
  g.place(r.x + 4, r.y + 9, [['picnic_table_l', 'picnic_table_r']], 'picnic table');
  g.place(r.x + 16, r.y + 9, [['garden_bed_l', 'garden_bed_r']], 'flower bed');
  g.oak(r.x + 7, r.y + 1);
  g.oak(r.x + 19, r.y + 8);
  for (const [x, y] of [
    [r.x + 10, r.y + 4],
    [r.x + 13, r.y + 7],
    [r.x + 10, r.y + 10],
  ])
    g.tall(x, y, 'lamp_base', 'lamp_top');
  for (const [x, y, t] of [
    [r.x + 2, r.y + 2, 'flowerbed'],
    [r.x + 15, r.y + 2, 'flowerbed_tulips'],
    [r.x + 21, r.y + 3, 'flowers_yellow'],
    [r.x + 2, r.y + 8, 'flowers_white'],
  ] as [number, number, string][])
    g.place(x, y, [[t]]);
  tryTree(g, r.x + 22, r.y + 1, 3);
  tryTree(g, r.x + 1, r.y + 11, 0);
}

/** The quay along the shore, the sea below it and a pier; the Fish Quay is its eastern half. */
function harbour(g: TownGrid): void {
  for (const y of [QUAY, QUAY + 1, QUAY + 2])
    for (let x = 0; x < g.w; x++) g.setGround(x, y, 'plaza');
  for (let y = QUAY + 3; y <= PIER.to; y++)
    for (let x = PIER.x; x < PIER.x + PIER.w; x++) g.setGround(x, y, 'plaza');
  const pier = (vx: number, vy: number) =>
    vx >= PIER.x && vx <= PIER.x + PIER.w && vy <= PIER.to + 1;
  for (let vy = SEA; vy <= g.h; vy++)
    for (let vx = 0; vx <= g.w; vx++) if (!pier(vx, vy)) g.setWaterVertex(vx, vy, true);
  const quay = { x: 44, y: QUAY, w: g.w - 44, h: PIER.to - QUAY + 1 };
  g.region('sector', 'Fish Quay', quay);
  g.region('arena', 'quay', quay);
  g.place(46, QUAY, [['crates', 'crates']], 'fish crates');
  g.place(50, QUAY, [['workbench_l', 'workbench_r']], 'net bench');
  g.place(PIER.x, PIER.to, [['bench_l', 'bench_r']], 'pier bench');
  g.place(63, QUAY, [['bench_l', 'bench_r']], 'quay bench');
  g.place(68, QUAY, [['crates']]);
  for (const x of [8, 22, 36]) g.tall(x, QUAY, 'lamp_base', 'lamp_top');
  for (let x = 2; x < 44; x += 7)
    if (cellHash(x, QUAY, 5) < 0.5) g.place(x + 2, QUAY, [['crates']]);
}

/** Builds Saltmere. */
export function buildHarbour(): TownGrid {
  const g = new TownGrid(HARBOUR_W, HARBOUR_H);
  highStreet(g);
  homes(g, UPPER_HOMES, [4, 24, 39, 54], 4, 'S');
  centre(g);
  homes(g, LOWER_HOMES, [4, 18, 32], 38, 'N');
  green(g);
  harbour(g);
  forest(g, { bottom: false, sidesTo: QUAY - 1 });
  for (const [sector, info] of Object.entries(PLACES)) g.describe(sector, info);
  return g;
}
