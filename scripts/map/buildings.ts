/** Public buildings of the default town. Coordinates are absolute tiles (see town.ts). */
import { Rect, TownGrid } from './grid';

const rep = (tile: string, n: number): string[] => Array.from({ length: n }, () => tile);

function shell(g: TownGrid, sector: string, r: Rect, style: string): void {
  g.region('sector', sector, r);
  g.wallRect(r, style);
}

function room(g: TownGrid, arena: string, r: Rect, floor: string): void {
  g.fillGround(r, 'floor', floor);
  g.region('arena', arena, r);
}

/** Horizontal windows every `step` tiles along a wall row, skipping doors. */
function windows(g: TownGrid, y: number, x0: number, x1: number, step: number): void {
  for (let x = x0; x <= x1; x += step) g.windowAt(x, y);
}

/** A round table with chairs above and below. */
function cafeTable(g: TownGrid, x: number, y: number, name: string, tile = 'table_round'): void {
  g.place(x, y, [[tile]], name);
  g.place(x, y - 1, [['cafe_chair']]);
  g.place(x, y + 1, [['cafe_chair_up']]);
}

export function buildCafe(g: TownGrid, x: number, y: number): { door: [number, number] } {
  const r = { x, y, w: 16, h: 12 };
  shell(g, 'Maple Café', r, 'rose');
  room(g, 'café', { x: x + 1, y: y + 1, w: 14, h: 10 }, 'floor_cafe');
  g.door(x + 7, y);
  g.door(x + 15, y + 6);
  windows(g, y, x + 2, x + 13, 3);
  windows(g, y + 11, x + 3, x + 13, 4);
  g.windowAt(x, y + 3);
  g.windowAt(x, y + 6);
  // counter with coffee machine, staff kitchen behind it
  const cy = y + 7;
  g.place(x + 2, cy, [['counter_cakes', 'counter', 'counter_register', 'counter']], 'counter');
  g.place(x + 6, cy, [['coffee_machine']], 'coffee machine');
  g.place(x + 7, cy, [['counter']]);
  g.place(x + 1, y + 10, [['fridge', 'kitchen_counter']]);
  g.place(x + 3, y + 10, [['stove']], 'stove');
  g.place(x + 4, y + 10, [['sink', 'kitchen_counter']]);
  g.place(x + 1, y + 7, [['plant']]);
  // tables for guests
  cafeTable(g, x + 3, y + 3, 'table 1');
  cafeTable(g, x + 6, y + 3, 'table 2');
  cafeTable(g, x + 11, y + 3, 'table 3');
  cafeTable(g, x + 11, y + 8, 'table 4');
  cafeTable(g, x + 9, y + 5, '', 'table_plain');
  cafeTable(g, x + 13, y + 5, '', 'table_plain');
  cafeTable(g, x + 8, y + 9, '', 'table_plain');
  g.place(x + 7, y + 1, [['plant_b']]);
  g.place(x + 14, y + 1, [['plant_b']]);
  g.place(x + 14, y + 10, [['plant']]);
  g.place(x + 1, y + 1, [['bookshelf_b']]);
  return { door: [x + 7, y - 1] };
}

export function buildHardware(g: TownGrid, x: number, y: number): { door: [number, number] } {
  const r = { x, y, w: 11, h: 10 };
  shell(g, 'Harbor Hardware', r, 'timber');
  room(g, 'shop', { x: x + 1, y: y + 1, w: 9, h: 8 }, 'floor_concrete');
  g.door(x + 5, y);
  g.windowAt(x + 2, y);
  g.windowAt(x + 8, y);
  g.windowAt(x + 10, y + 4);
  g.windowAt(x, y + 4);
  g.place(x + 1, y + 1, [rep('tool_shelf', 3)], 'shelf');
  g.place(x + 7, y + 1, [rep('tool_shelf', 3)]);
  g.place(x + 1, y + 5, [['shop_counter', 'counter', 'counter']], 'counter');
  g.place(x + 6, y + 5, [['workbench_l', 'workbench_r']], 'workbench');
  g.place(x + 9, y + 8, [['crates']]);
  g.place(x + 1, y + 8, [['paint_cans', 'paint_cans']]);
  g.place(x + 9, y + 5, [['crates']]);
  g.place(x + 6, y + 3, [rep('tool_shelf', 3)]);
  g.place(x + 5, y + 8, [['paint_cans']]);
  g.place(x + 8, y + 8, [['crates']]);
  return { door: [x + 5, y - 1] };
}

export function buildMarket(g: TownGrid, x: number, y: number): { doors: [number, number][] } {
  const r = { x, y, w: 20, h: 11 };
  shell(g, 'Willow Market', r, 'cream');
  g.wallLine(x + 13, y, x + 13, y + 10, 'cream');
  room(g, 'grocery', { x: x + 1, y: y + 1, w: 12, h: 9 }, 'floor_tile_white');
  room(g, 'pharmacy', { x: x + 14, y: y + 1, w: 5, h: 9 }, 'floor_tile_mint');
  g.door(x + 7, y + 10);
  g.door(x + 16, y + 10);
  g.door(x + 13, y + 5);
  windows(g, y, x + 2, x + 11, 3);
  g.windowAt(x + 15, y);
  g.windowAt(x + 17, y);
  windows(g, y + 10, x + 2, x + 5, 3);
  g.windowAt(x + 10, y + 10);
  g.windowAt(x, y + 4);
  g.windowAt(x + 19, y + 4);
  // grocery
  g.place(x + 1, y + 1, [rep('shelf_goods', 5)], 'shelf 1');
  g.place(x + 7, y + 1, [rep('shelf_goods_b', 5)]);
  g.place(
    x + 2,
    y + 4,
    [['shelf_goods_b', 'shelf_goods', 'shelf_goods_b', 'shelf_goods']],
    'shelf 2',
  );
  g.place(x + 7, y + 4, [rep('produce', 3)]);
  g.place(x + 2, y + 6, [['shelf_goods', 'shelf_goods_b', 'shelf_goods', 'shelf_goods_b']]);
  g.place(x + 7, y + 6, [rep('produce', 3)]);
  g.place(x + 1, y + 8, [rep('produce', 3)]);
  g.place(x + 9, y + 8, [['checkout', 'checkout']], 'checkout counter');
  g.place(x + 11, y + 9, [['plant']]);
  // pharmacy
  g.place(x + 14, y + 1, [rep('medicine_shelf', 5)], 'medicine shelf');
  g.place(x + 14, y + 4, [rep('pharmacy_counter', 3)], 'pharmacy counter');
  g.place(x + 18, y + 9, [['plant_b']]);
  g.place(x + 14, y + 8, [['chair_up', 'chair_up']]);
  g.place(x + 18, y + 4, [['plant']]);
  return {
    doors: [
      [x + 7, y + 11],
      [x + 16, y + 11],
    ],
  };
}

export function buildCollege(g: TownGrid, x: number, y: number): { doors: [number, number][] } {
  const r = { x, y, w: 24, h: 13 };
  shell(g, 'Oak Hill College', r, 'brick');
  g.wallLine(x + 15, y, x + 15, y + 12, 'brick');
  g.wallLine(x + 15, y + 6, x + 23, y + 6, 'brick');
  room(g, 'classroom', { x: x + 1, y: y + 1, w: 14, h: 11 }, 'floor_lino');
  room(g, 'common room', { x: x + 16, y: y + 1, w: 7, h: 5 }, 'floor_carpet_beige');
  room(g, 'faculty office', { x: x + 16, y: y + 7, w: 7, h: 5 }, 'floor_carpet_blue');
  g.door(x + 2, y);
  g.door(x + 19, y);
  g.door(x + 15, y + 3);
  g.door(x + 19, y + 6);
  windows(g, y, x + 5, x + 12, 3);
  windows(g, y + 12, x + 3, x + 12, 3);
  windows(g, y + 12, x + 17, x + 21, 4);
  g.windowAt(x + 22, y);
  g.windowAt(x, y + 4);
  g.windowAt(x, y + 8);
  g.windowAt(x + 23, y + 3);
  g.windowAt(x + 23, y + 9);
  // classroom
  g.place(x + 7, y + 1, [['blackboard_l', 'blackboard_r']], 'blackboard');
  g.place(x + 7, y + 3, [['lectern']], 'lectern');
  g.place(x + 12, y + 1, [['bookshelf', 'bookshelf_b']]);
  g.place(x + 3, y + 1, [['bookshelf_b', 'bookshelf']]);
  const desks: [number, number][] = [
    [x + 3, y + 5],
    [x + 10, y + 5],
    [x + 3, y + 8],
    [x + 10, y + 8],
  ];
  desks.forEach(([dx, dy], i) =>
    g.place(dx, dy, [['school_desk', 'school_desk']], `desk ${i + 1}`),
  );
  g.place(x + 6, y + 5, [['school_desk', 'school_desk']]);
  g.place(x + 6, y + 8, [['school_desk', 'school_desk']]);
  g.place(x + 1, y + 10, [['plant']]);
  g.place(x + 14, y + 10, [['plant_b']]);
  // common room
  g.place(x + 21, y + 1, [['sofa_red_l', 'sofa_red_r']], 'sofa');
  g.place(x + 21, y + 3, [['coffee_table']]);
  g.place(x + 17, y + 3, [['table_plain']], 'table');
  g.place(x + 17, y + 2, [['chair']]);
  g.place(x + 17, y + 4, [['chair_up']]);
  g.place(x + 16, y + 1, [['plant']]);
  g.place(x + 22, y + 5, [['tv']]);
  // faculty office
  g.place(x + 17, y + 8, [['desk_computer']], 'desk');
  g.place(x + 17, y + 9, [['chair_up']]);
  g.place(x + 21, y + 7, [['bookshelf', 'bookshelf_b']], 'bookshelf');
  g.place(x + 22, y + 11, [['plant_b']]);
  g.place(x + 21, y + 10, [['desk']]);
  return {
    doors: [
      [x + 2, y - 1],
      [x + 19, y - 1],
    ],
  };
}

export function buildTownHall(g: TownGrid, x: number, y: number): { doors: [number, number][] } {
  const r = { x, y, w: 17, h: 10 };
  shell(g, 'Town Hall', r, 'stone');
  g.wallLine(x + 9, y, x + 9, y + 9, 'stone');
  room(g, 'library', { x: x + 1, y: y + 1, w: 8, h: 8 }, 'floor_parquet');
  room(g, 'council office', { x: x + 10, y: y + 1, w: 6, h: 8 }, 'floor_marble');
  g.door(x + 4, y + 9);
  g.door(x + 12, y + 9);
  g.door(x + 9, y + 4);
  windows(g, y, x + 2, x + 8, 3);
  windows(g, y, x + 11, x + 15, 4);
  g.windowAt(x + 7, y + 9);
  g.windowAt(x + 15, y + 9);
  g.windowAt(x, y + 4);
  g.windowAt(x + 16, y + 4);
  // library
  g.place(x + 1, y + 1, [rep('bookshelf', 4)], 'bookshelf 1');
  g.place(x + 5, y + 1, [['bookshelf_b', 'bookshelf', 'bookshelf_b']]);
  g.place(x + 1, y + 3, [['bookshelf_b', 'bookshelf_b', 'bookshelf']], 'bookshelf 2');
  g.place(x + 5, y + 5, [['reading_table_l', 'reading_table_r']], 'reading table');
  g.place(x + 5, y + 4, [['chair', 'chair']]);
  g.place(x + 5, y + 6, [['chair_up', 'chair_up']]);
  g.place(x + 1, y + 8, [['plant']]);
  g.place(x + 8, y + 8, [['plant_b']]);
  // council office
  g.place(x + 14, y + 1, [['desk_computer']], 'desk');
  g.place(x + 14, y + 2, [['chair_up']]);
  g.place(x + 10, y + 1, [['bookshelf', 'plant']]);
  g.place(
    x + 11,
    y + 4,
    [
      ['meeting_table_tl', 'meeting_table_tr'],
      ['meeting_table_bl', 'meeting_table_br'],
    ],
    'meeting table',
  );
  g.place(x + 15, y + 8, [['plant']]);
  return {
    doors: [
      [x + 4, y + 10],
      [x + 12, y + 10],
    ],
  };
}

export function buildBar(g: TownGrid, x: number, y: number): { door: [number, number] } {
  const r = { x, y, w: 12, h: 10 };
  shell(g, 'Rusty Anchor Bar', r, 'timber');
  room(g, 'bar', { x: x + 1, y: y + 1, w: 10, h: 8 }, 'floor_wood_dark');
  g.door(x + 5, y + 9);
  windows(g, y, x + 2, x + 9, 3);
  g.windowAt(x + 2, y + 9);
  g.windowAt(x + 9, y + 9);
  g.windowAt(x, y + 4);
  g.windowAt(x + 11, y + 4);
  g.place(x + 1, y + 1, [rep('bar_shelf', 5)]);
  g.place(
    x + 1,
    y + 3,
    [['bar_counter', 'bar_taps', 'bar_counter', 'bar_taps', 'bar_counter']],
    'bar counter',
  );
  g.place(x + 1, y + 4, [rep('stool', 5)]);
  g.place(x + 8, y + 1, [['piano_l', 'piano_r']], 'piano');
  g.place(x + 8, y + 2, [['stool']]);
  g.place(x + 3, y + 6, [['table_bar']], 'table 1');
  g.place(x + 2, y + 6, [['chair_right']]);
  g.place(x + 4, y + 6, [['chair_left']]);
  g.place(x + 8, y + 6, [['table_bar']], 'table 2');
  g.place(x + 7, y + 6, [['chair_right']]);
  g.place(x + 9, y + 6, [['chair_left']]);
  g.place(x + 10, y + 8, [['plant']]);
  g.place(x + 1, y + 8, [['bin']]);
  return { door: [x + 5, y + 10] };
}
