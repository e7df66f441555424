/**
 * The default town layout (100 × 70 tiles):
 *   rows 0–1 forest · 2–16 north homes with front yards · 17–20 North Street
 *   rows 21–48 town centre: west block (café, hardware, market) · West Avenue · Town Park ·
 *   East Avenue · east block (college, town hall, bar) · 49–52 South Street ·
 *   53–67 south homes · 68–69 forest. Both streets leave the map at the west and east edges.
 */
import {
  buildBar,
  buildCafe,
  buildCollege,
  buildHardware,
  buildMarket,
  buildTownHall,
} from './buildings';
import { forest } from './forest';
import { PlaceInfo, TownGrid } from './grid';
import { Home, homes } from './homes';
import { buildPark, tryTree } from './park';

export const MAP_W = 100;
export const MAP_H = 70;

const NORTH_HOMES: Home[] = [
  {
    sector: 'Moreno House',
    bedrooms: 3,
    residents: ['elena-moreno', 'tomas-moreno', 'lucia-moreno'],
  },
  { sector: 'Okafor House', bedrooms: 2, residents: ['chidi-okafor', 'amara-okafor'] },
  { sector: 'Hale House', bedrooms: 2, residents: ['victor-hale', 'june-hale'] },
  { sector: 'Brennan House', bedrooms: 2, residents: ['liam-brennan', 'nora-brennan'] },
  { sector: 'Petrov House', bedrooms: 2, residents: ['ivan-petrov', 'mila-petrov'] },
  { sector: 'Kowalski House', bedrooms: 2, residents: ['anna-kowalski', 'piotr-kowalski'] },
];

const SOUTH_HOMES: Home[] = [
  {
    sector: 'Nakamura House',
    bedrooms: 3,
    residents: ['kenji-nakamura', 'yui-nakamura', 'sora-nakamura'],
  },
  { sector: 'Adeyemi House', bedrooms: 2, residents: ['tunde-adeyemi', 'grace-adeyemi'] },
  { sector: 'Castillo House', bedrooms: 2, residents: ['rosa-castillo', 'diego-castillo'] },
  { sector: 'Whitfield Cottage', bedrooms: 1, residents: ['harold-whitfield'] },
  { sector: 'Haddad House', bedrooms: 2, residents: ['samir-haddad', 'layla-haddad'] },
  { sector: 'Sullivan House', bedrooms: 2, residents: ['maeve-sullivan', 'owen-sullivan'] },
];

/** What each public place is for and when it opens (homes are described by `homes`). */
const PLACES: Record<string, PlaceInfo> = {
  'Maple Café': { kind: 'eatery', hours: '06:00-20:00' },
  'Harbor Hardware': { kind: 'shop', hours: '08:00-18:00', days: 'mon-sat' },
  'Willow Market': { kind: 'shop', hours: '07:00-20:00' },
  'Oak Hill College': { kind: 'school', hours: '08:00-18:00', days: 'mon-fri' },
  'Town Hall': { kind: 'civic', hours: '08:00-18:00', days: 'mon-sat' },
  'Rusty Anchor Bar': { kind: 'bar', hours: '12:00-01:00' },
  'Town Park': { kind: 'park', hours: '24h' },
};

const NORTH_STREET = 18;
const SOUTH_STREET = 50;
const WEST_AVE = 34;
const EAST_AVE = 64;

function streets(g: TownGrid): void {
  for (const y of [NORTH_STREET, SOUTH_STREET]) {
    for (let x = 0; x < g.w; x++) {
      g.setGround(x, y, 'road', 'road_3');
      g.setGround(x, y + 1, 'road', 'road_1');
    }
    for (let x = 2; x < g.w - 2; x++) {
      g.setGround(x, y - 1, 'sidewalk');
      g.setGround(x, y + 2, 'sidewalk');
    }
  }
  for (const x of [WEST_AVE, EAST_AVE]) {
    for (let y = NORTH_STREET + 2; y < SOUTH_STREET; y++) {
      g.setGround(x, y, 'road', 'road_2');
      g.setGround(x + 1, y, 'road', 'road_4');
      g.setGround(x - 1, y, 'sidewalk');
      g.setGround(x + 2, y, 'sidewalk');
    }
    for (const y of [NORTH_STREET, NORTH_STREET + 1, SOUTH_STREET, SOUTH_STREET + 1]) {
      g.setGround(x, y, 'road', 'road_0');
      g.setGround(x + 1, y, 'road', 'road_0');
    }
    for (const y of [34, 35]) {
      g.setGround(x, y, 'road', 'road_6');
      g.setGround(x + 1, y, 'road', 'road_6');
    }
  }
  for (const y of [NORTH_STREET, NORTH_STREET + 1, SOUTH_STREET, SOUTH_STREET + 1]) {
    for (const x of [49, 50]) g.setGround(x, y, 'road', 'road_5');
  }
}

function plazaStrip(g: TownGrid, x0: number, x1: number, y: number): void {
  for (let x = x0; x <= x1; x++) g.setGround(x, y, 'plaza');
}

function centre(g: TownGrid): void {
  // west block: promenade, café, hardware, lane, market, little garden square
  for (const y of [21, 22]) plazaStrip(g, 2, 32, y);
  buildCafe(g, 3, 23);
  buildHardware(g, 21, 23);
  for (let y = 29; y <= 36; y++) g.setGround(19, y, 'dirt');
  for (const y of [35, 36]) for (let x = 2; x <= 32; x++) g.setGround(x, y, 'dirt');
  buildMarket(g, 3, 37);
  plazaStrip(g, 2, 32, 48);
  g.place(24, 21, [['bench_l', 'bench_r']]);
  for (const x of [5, 8, 13, 16, 23, 29, 71, 75, 79, 84, 90]) g.place(x, 22, [['flowerbed']]);
  for (const [x, y] of [
    [26, 36],
    [84, 37],
  ]) {
    g.tall(x, y - 1, 'lamp_base', 'lamp_top');
  }
  g.place(13, 48, [['bench_l', 'bench_r']]);
  g.place(76, 48, [['bench_l', 'bench_r']]);
  g.place(24, 48, [['bin']]);
  g.place(86, 48, [['bin']]);
  g.place(27, 42, [['flowerbed_tulips']]);
  g.place(31, 40, [['flowers_white']]);
  for (const tx of [6, 14]) g.place(tx - 1, 21, [['chair_right', 'table_round', 'chair_left']]);
  g.place(28, 40, [['bench_l', 'bench_r']]);
  g.place(25, 44, [['picnic_table_l', 'picnic_table_r']]);
  g.oak(30, 43);
  for (const [x, y] of [
    [24, 38],
    [31, 38],
    [27, 46],
    [23, 33],
    [30, 33],
  ]) {
    tryTree(g, x, y, x + y);
  }
  for (const [x, y, t] of [
    [26, 38, 'flowers_red'],
    [29, 42, 'flowers_yellow'],
    [24, 41, 'flowerbed'],
    [32, 45, 'flowers_purple'],
  ] as [number, number, string][]) {
    g.place(x, y, [[t]]);
  }

  // east block: promenade, college, lane, town hall, bar
  for (const y of [21, 22]) plazaStrip(g, 67, 97, y);
  buildCollege(g, 68, 23);
  for (const y of [36, 37]) for (let x = 67; x <= 97; x++) g.setGround(x, y, 'dirt');
  buildTownHall(g, 68, 38);
  buildBar(g, 86, 38);
  plazaStrip(g, 67, 97, 48);
  g.oak(94, 25);
  g.place(93, 29, [['bench_l', 'bench_r']]);
  g.place(95, 33, [['flowerbed_tulips']]);
  g.place(93, 32, [['flowers_white']]);
  tryTree(g, 96, 31, 2);
  tryTree(g, 93, 34, 1);
  g.place(80, 21, [['signpost']]);
  g.place(90, 21, [['bin']]);

  buildPark(g, { x: 37, y: 21, w: 26, h: 28 });
}

function streetLamps(g: TownGrid): void {
  const lamp = (x: number, y: number) => {
    if (g.isFree(x, y) && !g.foreground[g.i(x, y - 1)]) g.tall(x, y, 'lamp_base', 'lamp_top');
  };
  for (const x of [22, 37, 52, 67, 82]) lamp(x, 17);
  for (const x of [22, 37, 52, 67, 81]) lamp(x, 52);
  for (const y of [26, 31, 40, 45]) {
    lamp(33, y);
    lamp(66, y);
  }
}

export function buildTown(): TownGrid {
  const g = new TownGrid(MAP_W, MAP_H);
  streets(g);
  homes(g, NORTH_HOMES, [4, 24, 39, 54, 69, 84], 4, 'S');
  homes(g, SOUTH_HOMES, [4, 24, 39, 54, 68, 83], 56, 'N');
  centre(g);
  streetLamps(g);
  forest(g);
  for (const [sector, info] of Object.entries(PLACES)) g.describe(sector, info);
  return g;
}
