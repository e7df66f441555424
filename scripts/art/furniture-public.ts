/** Furniture for shops, the café, the bar, the college, the town hall and the park. */
import { Canvas, RGBA, hex, shade } from './canvas';
import { TileGroup, single } from './group';
import {
  BRIGHT,
  DARKWOOD,
  METAL,
  WHITE,
  WOOD,
  WOOD_D,
  WOOD_L,
  box,
  chair,
  prop,
  shelfItems,
} from './props';

/** A counter segment that tiles horizontally. */
function counterBase(k: Canvas, top: RGBA, face: RGBA): void {
  box(k, 0, 4, 32, 25, 10, top, face);
  k.vline(0, 19, 28, shade(face, -0.2));
}

function counter(c: Canvas, top: RGBA, face: RGBA, extra?: (k: Canvas) => void): void {
  prop(c, (k) => {
    counterBase(k, top, face);
    extra?.(k);
  });
}

const register = (k: Canvas) => {
  k.rect(9, 4, 14, 9, hex('#3a3d46'));
  k.rect(10, 5, 12, 3, hex('#7fd0a0'));
  k.rect(10, 9, 12, 3, hex('#9aa0ac'));
};

const cakes = (k: Canvas) => {
  k.rect(2, 5, 28, 12, hex('#cfeaf5'));
  k.frame(2, 5, 28, 12, hex('#8fb4c4'));
  for (const [x, col] of [
    [8, hex('#f4b8c8')],
    [16, hex('#7a4a2e')],
    [24, hex('#f7e2a0')],
  ] as [number, RGBA][]) {
    k.ellipse(x, 11, 3.5, 3, col);
    k.px(x, 9, hex('#e8443c'));
  }
};

const coffeeMachine = (k: Canvas) => {
  k.rect(6, 1, 20, 15, METAL);
  k.rect(6, 1, 20, 3, shade(METAL, 0.3));
  k.rect(8, 6, 16, 5, hex('#2f333c'));
  k.rect(10, 11, 3, 3, hex('#2f333c'));
  k.rect(19, 11, 3, 3, hex('#2f333c'));
  k.rect(9, 14, 5, 3, WHITE);
  k.rect(18, 14, 5, 3, WHITE);
  k.px(11, 7, hex('#ff5a4a'));
};

const conveyor = (k: Canvas) => {
  k.rect(1, 6, 18, 10, hex('#2f333c'));
  for (let x = 3; x < 18; x += 3) k.vline(x, 7, 14, hex('#4a4f5a'));
  k.rect(4, 8, 4, 4, hex('#e8b83e'));
  k.rect(11, 7, 5, 5, hex('#5aa05a'));
  k.rect(21, 4, 9, 9, hex('#3a3d46'));
  k.rect(22, 5, 7, 3, hex('#7fd0a0'));
};

const pharmacyCross = (k: Canvas) => {
  k.rect(13, 20, 6, 8, hex('#3fae6a'));
  k.rect(11, 22, 10, 4, hex('#3fae6a'));
  k.rect(5, 7, 8, 6, WHITE);
  k.rect(20, 6, 6, 8, hex('#f4c2c2'));
};

const barTop = (k: Canvas) => {
  k.rect(0, 6, 32, 2, shade(DARKWOOD, 0.35));
  k.ellipse(9, 11, 2.5, 2, hex('#e9c46a'));
  k.rect(20, 7, 3, 8, hex('#3f7d4a'));
  k.rect(21, 5, 1, 2, hex('#3f7d4a'));
};

const taps = (k: Canvas) => {
  k.rect(4, 5, 24, 3, METAL);
  for (const x of [8, 15, 22]) {
    k.rect(x, 2, 2, 8, METAL);
    k.rect(x - 1, 1, 4, 2, hex('#c88a3a'));
  }
};

/** Tall shelf unit: a thin top and a front face with rows of goods. */
function shelfUnit(
  c: Canvas,
  frame: RGBA,
  back: RGBA,
  rows: [RGBA[], 'cans' | 'boxes' | 'bottles'][],
) {
  prop(c, (k) => {
    box(k, 0, 1, 32, 30, 25, shade(frame, 0.1), frame);
    rows.forEach(([cols, kind], r) => {
      const y = 7 + r * 8;
      k.rect(2, y, 28, 7, back);
      shelfItems(k, 3, 29, y, 7, cols, r * 2 + cols.length, kind);
    });
  });
}

function produce(c: Canvas): void {
  prop(c, (k) => {
    box(k, 1, 6, 30, 22, 7, WOOD_L, WOOD);
    const fruit = [hex('#e8443c'), hex('#f2a63a'), hex('#8cc84a'), hex('#f2d63a')];
    for (let i = 0; i < 4; i++) {
      const x0 = 3 + (i % 2) * 14;
      const y0 = 7 + Math.floor(i / 2) * 7;
      k.rect(x0, y0, 12, 6, shade(WOOD, -0.3));
      for (let j = 0; j < 5; j++) k.ellipse(x0 + 2 + j * 2, y0 + 3, 1.6, 1.6, fruit[i]);
    }
  });
}

function blackboard(c: Canvas): void {
  prop(
    c,
    (k) => {
      k.rect(2, 1, 60, 22, WOOD);
      k.rect(4, 3, 56, 17, hex('#2f5a44'));
      const chalk = hex('#e8f0e8');
      k.line(8, 7, 20, 7, chalk);
      k.line(8, 10, 26, 10, chalk);
      k.line(8, 13, 17, 13, chalk);
      k.line(34, 15, 40, 6, chalk);
      k.line(40, 6, 46, 15, chalk);
      k.line(37, 11, 43, 11, chalk);
      k.line(49, 8, 56, 8, chalk);
      k.line(49, 12, 56, 12, chalk);
      k.rect(4, 20, 56, 3, WOOD_D);
      k.rect(12, 20, 4, 1, WHITE);
    },
    false,
  );
}

function lectern(c: Canvas): void {
  prop(c, (k) => {
    k.rect(12, 16, 8, 12, WOOD_D);
    box(k, 6, 5, 20, 14, 4, WOOD);
    k.rect(9, 7, 6, 6, WHITE);
    k.rect(16, 7, 6, 6, WHITE);
    k.vline(15, 7, 12, hex('#b0a890'));
  });
}

function piano(c: Canvas): void {
  prop(c, (k) => {
    box(k, 4, 2, 56, 20, 8, hex('#2a2530'), hex('#1c1820'));
    k.hline(5, 58, 3, hex('#5a5266'));
    k.rect(8, 14, 48, 7, WHITE);
    for (let x = 8; x < 56; x += 4) k.vline(x, 14, 20, hex('#b8b8c0'));
    for (let x = 10; x < 54; x += 4) if (x % 28 !== 26) k.rect(x, 14, 2, 4, hex('#1c1820'));
    k.rect(22, 24, 20, 6, DARKWOOD);
    k.rect(40, 5, 8, 5, hex('#f2e8d0'));
  });
}

function workbench(c: Canvas): void {
  prop(c, (k) => {
    box(k, 2, 5, 60, 23, 7, hex('#c49464'), WOOD_D);
    k.rect(6, 3, 8, 8, hex('#5a606c'));
    k.rect(8, 5, 4, 4, METAL);
    k.rect(20, 10, 12, 3, METAL);
    k.rect(30, 9, 4, 5, hex('#a0522d'));
    k.rect(40, 8, 3, 10, hex('#3a6ab0'));
    k.rect(39, 7, 5, 3, METAL);
    k.line(48, 8, 58, 14, METAL);
    k.rect(46, 7, 4, 4, hex('#c8402e'));
  });
}

function meetingTable(c: Canvas): void {
  prop(c, (k) => {
    const col = hex('#6a6e7a');
    for (const x of [16, 32, 48]) {
      chair(k, x, 7, 'n', col);
      chair(k, x, 57, 's', col);
    }
    chair(k, 6, 32, 'w', col);
    chair(k, 58, 32, 'e', col);
    k.rrect(10, 13, 44, 38, 10, shade(DARKWOOD, -0.2));
    k.rrect(10, 12, 44, 36, 10, DARKWOOD);
    k.rrect(12, 14, 40, 30, 8, shade(DARKWOOD, 0.2));
    for (const [x, y] of [
      [18, 20],
      [40, 34],
      [26, 30],
    ]) {
      k.rect(x, y, 7, 9, WHITE);
      k.hline(x + 1, x + 5, y + 2, hex('#9aa3b5'));
    }
    k.ellipse(44, 20, 2.5, 2, WHITE);
  });
}

function readingTable(c: Canvas): void {
  prop(c, (k) => {
    box(k, 3, 6, 58, 21, 5, WOOD);
    k.rect(10, 9, 8, 6, WHITE);
    k.rect(18, 9, 8, 6, hex('#f2ead8'));
    k.vline(18, 9, 14, hex('#b0a890'));
    k.rect(36, 10, 6, 8, hex('#4a7fc1'));
    k.rect(43, 11, 6, 7, hex('#c0504d'));
    k.rect(52, 12, 3, 5, hex('#3a3d46'));
    k.ellipse(53.5, 9, 4, 3, hex('#7fc08a'));
  });
}

function roundTable(c: Canvas, top: RGBA, deco: boolean): void {
  prop(c, (k) => {
    k.ellipse(16, 17, 12, 10, shade(top, -0.3));
    k.ellipse(16, 16, 12, 9, top);
    k.ellipse(14, 14, 6, 4, shade(top, 0.15));
    if (deco) {
      k.ellipse(11, 17, 3, 2, WHITE);
      k.ellipse(21, 15, 3, 2, WHITE);
      k.rect(15, 11, 2, 4, hex('#6aa8d8'));
      k.px(15, 10, hex('#f05a6e'));
      k.px(16, 9, hex('#ffd23f'));
    }
  });
}

function schoolDesk(c: Canvas): void {
  prop(c, (k) => {
    chair(k, 16, 24, 's', hex('#4a7fc1'));
    box(k, 4, 4, 24, 15, 4, WOOD_L);
    k.rect(8, 6, 7, 6, WHITE);
    k.rect(18, 7, 6, 1, hex('#e8b83e'));
  });
}

function stool(c: Canvas): void {
  prop(c, (k) => {
    k.ellipse(16, 17, 7, 6, DARKWOOD);
    k.ellipse(16, 16, 6, 5, hex('#b8403a'));
    k.ellipse(14, 14, 2, 1.5, hex('#e07a6a'));
  });
}

function crates(c: Canvas): void {
  prop(c, (k) => {
    for (const [x, y, s] of [
      [3, 12, 14],
      [16, 8, 13],
      [9, 2, 11],
    ]) {
      box(k, x, y, s, s + 4, 5, WOOD_L, WOOD);
      k.line(x, y, x + s - 1, y + s - 2, shade(WOOD, -0.2));
    }
  });
}

function paintCans(c: Canvas): void {
  prop(c, (k) => {
    BRIGHT.slice(0, 5).forEach((col, i) => {
      const x = 5 + (i % 3) * 8 + (i > 2 ? 4 : 0);
      const y = 9 + (i > 2 ? 9 : 0);
      k.ellipse(x + 3, y + 3, 4, 3.5, METAL);
      k.ellipse(x + 3, y + 3, 3, 2.5, col);
      k.px(x + 2, y + 2, shade(col, 0.5));
    });
  });
}

const SHELF_METAL = hex('#8f98a6');
const SHELF_BACK = hex('#5a6170');
const GOODS_A = [hex('#d9534f'), hex('#f0c040'), hex('#4a7fc1'), hex('#f5f3ee')];
const GOODS_B = [hex('#e07f3a'), hex('#5aa05a'), hex('#9a62b8'), hex('#e8d8b0')];
const MEDS = [hex('#ffffff'), hex('#bfe6d8'), hex('#f4c2c2'), hex('#c2d4f4')];
const BOTTLES = [hex('#3f7d4a'), hex('#8a3a2e'), hex('#c8a040'), hex('#e8e0c8'), hex('#3a5a8a')];
const TOOLS = [hex('#5a606c'), hex('#c8402e'), hex('#3a6ab0'), hex('#e8b83e')];

export const publicFurnitureGroups: TileGroup[] = [
  single('counter', (c) => counter(c, WOOD_L, WOOD)),
  single('counter_register', (c) => counter(c, WOOD_L, WOOD, register)),
  single('counter_cakes', (c) => counter(c, WOOD_L, WOOD, cakes)),
  single('coffee_machine', (c) => counter(c, WOOD_L, WOOD, coffeeMachine)),
  single('checkout', (c) => counter(c, hex('#d8dce4'), hex('#4a7fc1'), conveyor)),
  single('pharmacy_counter', (c) => counter(c, WHITE, hex('#dfe9e4'), pharmacyCross)),
  single('shop_counter', (c) => counter(c, hex('#c49464'), hex('#6e7a5a'), register)),
  single('bar_counter', (c) => counter(c, DARKWOOD, shade(DARKWOOD, -0.3), barTop)),
  single('bar_taps', (c) => counter(c, DARKWOOD, shade(DARKWOOD, -0.3), taps)),
  single('shelf_goods', (c) =>
    shelfUnit(c, SHELF_METAL, SHELF_BACK, [
      [GOODS_A, 'cans'],
      [GOODS_B, 'boxes'],
      [GOODS_A, 'bottles'],
    ]),
  ),
  single('shelf_goods_b', (c) =>
    shelfUnit(c, SHELF_METAL, SHELF_BACK, [
      [GOODS_B, 'boxes'],
      [GOODS_A, 'cans'],
      [GOODS_B, 'cans'],
    ]),
  ),
  single('produce', produce),
  single('medicine_shelf', (c) =>
    shelfUnit(c, hex('#e8ecef'), hex('#b8c8c4'), [
      [MEDS, 'bottles'],
      [MEDS, 'boxes'],
      [MEDS, 'bottles'],
    ]),
  ),
  single('bar_shelf', (c) =>
    shelfUnit(c, DARKWOOD, hex('#2e2018'), [
      [BOTTLES, 'bottles'],
      [BOTTLES, 'bottles'],
      [[hex('#e8f0f4')], 'cans'],
    ]),
  ),
  single('tool_shelf', (c) =>
    shelfUnit(c, WOOD_D, hex('#3a2a20'), [
      [TOOLS, 'boxes'],
      [TOOLS, 'cans'],
      [TOOLS, 'boxes'],
    ]),
  ),
  { names: [['blackboard_l', 'blackboard_r']], draw: blackboard },
  single('lectern', lectern),
  { names: [['piano_l', 'piano_r']], draw: piano },
  { names: [['workbench_l', 'workbench_r']], draw: workbench },
  {
    names: [
      ['meeting_table_tl', 'meeting_table_tr'],
      ['meeting_table_bl', 'meeting_table_br'],
    ],
    draw: meetingTable,
  },
  { names: [['reading_table_l', 'reading_table_r']], draw: readingTable },
  single('table_round', (c) => roundTable(c, hex('#e8d2a8'), true)),
  single('table_bar', (c) => roundTable(c, DARKWOOD, false)),
  single('table_plain', (c) => roundTable(c, WOOD_L, false)),
  single('school_desk', schoolDesk),
  single('stool', stool),
  single('cafe_chair', (c) => prop(c, (k) => chair(k, 16, 17, 'n', hex('#c0604a')))),
  single('cafe_chair_up', (c) => prop(c, (k) => chair(k, 16, 15, 's', hex('#c0604a')))),
  single('crates', crates),
  single('paint_cans', paintCans),
  single('collision', (c) => {
    c.rect(0, 0, 32, 32, hex('#ff3040', 90));
    c.frame(0, 0, 32, 32, hex('#ff3040', 200));
    c.line(0, 0, 31, 31, hex('#ff3040', 200));
    c.line(31, 0, 0, 31, hex('#ff3040', 200));
  }),
];
