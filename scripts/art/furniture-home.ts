/** Home furniture: beds, desks, chairs, kitchen, living room. */
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

function bed(c: Canvas, blanket: RGBA): void {
  prop(c, (k) => {
    box(k, 3, 2, 26, 60, 4, WOOD);
    k.rect(3, 2, 26, 7, WOOD_D);
    k.hline(4, 27, 3, shade(WOOD_D, 0.3));
    k.rect(5, 9, 22, 49, WHITE);
    k.rrect(8, 11, 16, 9, 3, hex('#ffffff'));
    k.hline(9, 22, 18, hex('#d9d6e0'));
    k.rect(5, 24, 22, 34, blanket);
    k.rect(5, 24, 22, 3, shade(blanket, 0.35));
    for (let y = 32; y < 58; y += 8) k.hline(6, 25, y, shade(blanket, -0.15));
    k.vline(5, 27, 57, shade(blanket, -0.2));
    k.vline(26, 27, 57, shade(blanket, -0.2));
  });
}

function desk(c: Canvas, computer: boolean): void {
  prop(c, (k) => {
    box(k, 2, 6, 28, 22, 6, WOOD);
    k.vline(16, 23, 27, WOOD_D);
    if (computer) {
      k.rect(9, 5, 14, 10, hex('#2a2e38'));
      k.rect(10, 6, 12, 7, hex('#5fa8d8'));
      k.line(11, 11, 14, 7, hex('#bfe6ff'));
      k.rect(14, 15, 4, 2, hex('#2a2e38'));
      k.rect(9, 18, 13, 3, hex('#d6d9de'));
    } else {
      k.rect(5, 10, 10, 8, WHITE);
      k.hline(6, 13, 12, hex('#9aa3b5'));
      k.hline(6, 12, 14, hex('#9aa3b5'));
      k.rect(17, 12, 6, 7, hex('#c0504d'));
      k.vline(17, 12, 18, hex('#e8807a'));
    }
    // desk lamp
    k.rect(24, 13, 3, 3, hex('#444a58'));
    k.ellipse(25.5, 10, 3, 2.5, hex('#ffd766'));
  });
}

function stove(c: Canvas): void {
  prop(c, (k) => {
    box(k, 2, 3, 28, 27, 9, hex('#dde0e6'), hex('#b9bec8'));
    for (const [x, y] of [
      [10, 8],
      [22, 8],
      [10, 15],
      [22, 15],
    ]) {
      k.ellipse(x, y, 4, 3, hex('#3a3d46'));
      k.ellipse(x, y, 2, 1.5, hex('#5c606b'));
    }
    k.ellipse(22, 15, 2, 1.5, hex('#ff7a3a'));
    k.rect(7, 23, 18, 5, hex('#3a3d46'));
    k.hline(8, 23, 24, hex('#6f7582'));
    k.rect(6, 22, 20, 1, hex('#8e94a0'));
  });
}

function fridge(c: Canvas): void {
  prop(c, (k) => {
    box(k, 4, 1, 24, 30, 19, hex('#f3f6f8'), hex('#dfe6ec'));
    k.hline(4, 27, 20, hex('#b5c0ca'));
    k.rect(22, 14, 2, 5, hex('#9aa6b2'));
    k.rect(22, 22, 2, 6, hex('#9aa6b2'));
    k.rect(8, 4, 4, 3, hex('#e86a6a'));
    k.rect(14, 5, 3, 3, hex('#6ab0e8'));
  });
}

function kitchenCounter(c: Canvas, sink: boolean): void {
  prop(c, (k) => {
    box(k, 0, 3, 32, 27, 10, hex('#e8e2d6'), WOOD);
    k.vline(16, 21, 29, WOOD_D);
    k.px(13, 24, WOOD_D);
    k.px(19, 24, WOOD_D);
    if (sink) {
      k.rrect(7, 6, 18, 11, 2, hex('#9aa6b2'));
      k.rrect(8, 7, 16, 9, 2, hex('#c8d2dc'));
      k.rect(15, 4, 2, 5, METAL);
    } else {
      k.rect(5, 8, 10, 7, hex('#d8b47c'));
      k.rect(19, 6, 6, 8, hex('#f0f0f0'));
      k.rect(20, 6, 4, 2, hex('#c84a3c'));
    }
  });
}

function diningTable(c: Canvas): void {
  prop(c, (k) => {
    box(k, 3, 5, 58, 23, 5, WOOD_L);
    k.rect(8, 7, 48, 4, hex('#f2e8d8'));
    for (const x of [14, 32, 50]) {
      k.ellipse(x, 15, 5, 3.5, WHITE);
      k.ellipse(x, 15, 3, 2, hex('#e6d6c4'));
    }
    k.rect(30, 5, 4, 5, hex('#6aa8d8'));
    k.px(31, 4, hex('#f05a6e'));
    k.px(33, 3, hex('#ffd23f'));
  });
}

function sofa(c: Canvas, col: RGBA): void {
  prop(c, (k) => {
    const dark = shade(col, -0.25);
    k.rect(3, 3, 58, 11, dark);
    k.hline(4, 59, 4, shade(col, 0.15));
    k.rect(9, 12, 46, 12, col);
    k.vline(32, 12, 23, dark);
    k.hline(10, 54, 13, shade(col, 0.2));
    k.rect(3, 8, 7, 21, dark);
    k.rect(54, 8, 7, 21, dark);
    k.hline(4, 8, 9, shade(col, 0.1));
    k.hline(55, 59, 9, shade(col, 0.1));
    k.rect(9, 24, 46, 5, shade(col, -0.4));
    k.rect(13, 14, 7, 6, hex('#f1e3c2'));
  });
}

/** A sofa seen from behind (facing north, e.g. toward a TV). */
function sofaBack(c: Canvas, col: RGBA): void {
  prop(c, (k) => {
    const dark = shade(col, -0.25);
    k.rect(9, 6, 46, 10, col);
    k.vline(32, 6, 15, dark);
    k.rect(3, 4, 7, 22, dark);
    k.rect(54, 4, 7, 22, dark);
    k.rect(3, 14, 58, 14, dark);
    k.hline(4, 59, 14, shade(col, 0.15));
    k.rect(3, 26, 58, 3, shade(col, -0.45));
    k.hline(4, 8, 5, shade(col, 0.1));
    k.hline(55, 59, 5, shade(col, 0.1));
  });
}

function bookshelf(c: Canvas, seed: number): void {
  prop(c, (k) => {
    box(k, 1, 1, 30, 30, 25, WOOD_D, DARKWOOD);
    for (let r = 0; r < 3; r++) {
      const y = 7 + r * 8;
      k.rect(3, y, 26, 7, hex('#3a2418'));
      shelfItems(k, 4, 28, y, 7, BRIGHT, seed + r * 3, 'books');
    }
  });
}

function wardrobe(c: Canvas): void {
  prop(c, (k) => {
    box(k, 2, 1, 28, 30, 24, WOOD_D, WOOD);
    k.vline(16, 8, 29, WOOD_D);
    k.rect(13, 16, 2, 4, hex('#f2d27a'));
    k.rect(18, 16, 2, 4, hex('#f2d27a'));
    k.frame(4, 9, 10, 19, shade(WOOD, -0.15));
    k.frame(18, 9, 10, 19, shade(WOOD, -0.15));
  });
}

function tv(c: Canvas): void {
  prop(c, (k) => {
    box(k, 3, 16, 26, 13, 5, WOOD_D, DARKWOOD);
    k.rect(5, 3, 22, 14, hex('#22252e'));
    k.rect(6, 4, 20, 11, hex('#3b6fa8'));
    k.line(8, 12, 13, 6, hex('#8fc3ef'));
    k.rect(14, 17, 4, 2, hex('#22252e'));
  });
}

function plant(c: Canvas, variant: number): void {
  prop(c, (k) => {
    k.rect(11, 21, 10, 8, hex('#c46a3e'));
    k.rect(10, 20, 12, 3, hex('#d9824f'));
    k.rect(13, 28, 6, 1, hex('#a4542e'));
    const leaf = variant ? hex('#5aa04a') : hex('#3f8f46');
    const hi = variant ? hex('#8fd06a') : hex('#6cc06a');
    if (variant === 0) {
      k.ellipse(16, 13, 9, 8, leaf);
      k.ellipse(13, 10, 4, 3, hi);
      k.ellipse(20, 15, 3, 2, hi);
    } else {
      for (const [x, y] of [
        [8, 6],
        [16, 3],
        [24, 6],
        [11, 12],
        [21, 12],
      ]) {
        k.line(16, 20, x, y, leaf);
        k.ellipse(x, y, 2.5, 2, hi);
      }
    }
  });
}

function coffeeTable(c: Canvas): void {
  prop(c, (k) => {
    box(k, 5, 9, 22, 15, 4, WOOD_L);
    k.rect(8, 12, 8, 6, hex('#e8e0f0'));
    k.ellipse(21, 14, 2.5, 2, WHITE);
    k.px(21, 14, hex('#6b4128'));
  });
}

export const furnitureHomeGroups: TileGroup[] = [
  { names: [['bed_red_top'], ['bed_red_bottom']], draw: (c) => bed(c, hex('#d05a5a')) },
  { names: [['bed_blue_top'], ['bed_blue_bottom']], draw: (c) => bed(c, hex('#5a84c8')) },
  { names: [['bed_green_top'], ['bed_green_bottom']], draw: (c) => bed(c, hex('#5fa060')) },
  { names: [['bed_yellow_top'], ['bed_yellow_bottom']], draw: (c) => bed(c, hex('#e4b64a')) },
  { names: [['bed_purple_top'], ['bed_purple_bottom']], draw: (c) => bed(c, hex('#9a70c0')) },
  single('desk', (c) => desk(c, false)),
  single('desk_computer', (c) => desk(c, true)),
  single('chair', (c) => prop(c, (k) => chair(k, 16, 17, 'n', WOOD))),
  single('chair_up', (c) => prop(c, (k) => chair(k, 16, 15, 's', WOOD))),
  single('chair_left', (c) => prop(c, (k) => chair(k, 16, 16, 'e', WOOD))),
  single('chair_right', (c) => prop(c, (k) => chair(k, 16, 16, 'w', WOOD))),
  single('stove', stove),
  single('fridge', fridge),
  single('kitchen_counter', (c) => kitchenCounter(c, false)),
  single('sink', (c) => kitchenCounter(c, true)),
  { names: [['dining_table_l', 'dining_table_r']], draw: diningTable },
  { names: [['sofa_l', 'sofa_r']], draw: (c) => sofa(c, hex('#5f9a8a')) },
  { names: [['sofa_red_l', 'sofa_red_r']], draw: (c) => sofa(c, hex('#c0605a')) },
  { names: [['sofa_blue_l', 'sofa_blue_r']], draw: (c) => sofa(c, hex('#6a7cc0')) },
  { names: [['sofa_back_l', 'sofa_back_r']], draw: (c) => sofaBack(c, hex('#5f9a8a')) },
  { names: [['sofa_red_back_l', 'sofa_red_back_r']], draw: (c) => sofaBack(c, hex('#c0605a')) },
  { names: [['sofa_blue_back_l', 'sofa_blue_back_r']], draw: (c) => sofaBack(c, hex('#6a7cc0')) },
  single('bookshelf', (c) => bookshelf(c, 0)),
  single('bookshelf_b', (c) => bookshelf(c, 2)),
  single('wardrobe', wardrobe),
  single('tv', tv),
  single('plant', (c) => plant(c, 0)),
  single('plant_b', (c) => plant(c, 1)),
  single('coffee_table', coffeeTable),
];
