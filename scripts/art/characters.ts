/**
 * Chibi character sprites: big head, small body, 1-px dark outline.
 * Each character: 4 directions (down, left, right, up) × 3 frames (stand, step-left, step-right).
 */
import { Canvas, RGBA, hex, shade, withAlpha } from './canvas';

export type HairStyle =
  'short' | 'long' | 'bob' | 'bun' | 'ponytail' | 'curly' | 'spiky' | 'bald' | 'cap' | 'beanie';

export interface Look {
  skin: RGBA;
  hair: RGBA;
  style: HairStyle;
  shirt: RGBA;
  pants: RGBA;
  shoes?: RGBA;
  hat?: RGBA;
  skirt?: boolean;
  glasses?: boolean;
  beard?: 'full' | 'moustache';
}

export const DIRECTIONS = ['down', 'left', 'right', 'up'] as const;
export type Dir = (typeof DIRECTIONS)[number];

const LINE = hex('#2a1e26');
const EYE = hex('#2a1e26');
const BLUSH = hex('#f07a7a', 110);

/** Paint one frame facing left, down or up (right is mirrored from left). */
function body(k: Canvas, look: Look, dir: Dir, f: number): void {
  const pants = look.pants;
  const shoes = look.shoes ?? hex('#3a2e2e');
  const skinD = shade(look.skin, -0.15);
  const shirtD = shade(look.shirt, -0.22);
  const side = dir === 'left';
  // legs
  if (!side) {
    const liftL = f === 2 ? 1 : 0;
    const liftR = f === 1 ? 1 : 0;
    const legCol = look.skirt ? look.skin : pants;
    k.rect(12, 24, 3, 5 - liftL, legCol);
    k.rect(17, 24, 3, 5 - liftR, look.skirt ? skinD : shade(pants, -0.15));
    k.rect(11, 28 - liftL, 4, 2, shoes);
    k.rect(17, 28 - liftR, 4, 2, shoes);
  } else {
    const back = f === 0 ? 0 : f === 1 ? 3 : -3;
    const legCol = look.skirt ? look.skin : pants;
    k.rect(14 + back, 24, 3, 5, look.skirt ? skinD : shade(pants, -0.2));
    k.rect(14 - back, 24, 3, 5, legCol);
    k.rect(13 + back, 28, 4, 2, shade(shoes, 0.1));
    k.rect(13 - back, 28, 4, 2, shoes);
  }
  // torso
  const tx = side ? 11 : 10;
  const tw = side ? 10 : 12;
  k.rect(tx, 18, tw, 7, look.shirt);
  k.vline(tx + tw - 1, 18, 24, shirtD);
  if (look.skirt) {
    k.rect(tx - 1, 23, tw + 2, 3, pants);
    k.hline(tx - 1, tx + tw, 25, shade(pants, -0.2));
  } else {
    k.rect(tx, 23, tw, 2, pants);
  }
  if (dir === 'down') k.rect(15, 18, 2, 1, look.skin);
  // arms
  if (!side) {
    const swing = f === 0 ? 0 : f === 1 ? 1 : -1;
    k.rect(8, 19 + swing, 2, 4, look.shirt);
    k.rect(8, 23 + swing, 2, 1, look.skin);
    k.rect(22, 19 - swing, 2, 4, shirtD);
    k.rect(22, 23 - swing, 2, 1, skinD);
  } else {
    const swing = f === 0 ? 0 : f === 1 ? -2 : 2;
    k.rect(15 + swing, 19, 3, 4, shirtD);
    k.rect(15 + swing, 23, 3, 1, look.skin);
  }
}

function hairBack(k: Canvas, look: Look, dir: Dir): void {
  const h = look.hair;
  const hd = shade(h, -0.2);
  if (look.style === 'long') {
    if (dir === 'down') {
      k.rect(6, 8, 4, 14, hd);
      k.rect(22, 8, 4, 14, hd);
    } else if (dir === 'left') k.rect(16, 8, 9, 14, hd);
    else k.rect(7, 8, 18, 15, h);
  }
  if (look.style === 'ponytail') {
    if (dir === 'left') {
      k.rect(24, 8, 3, 4, h);
      k.rect(25, 12, 3, 6, hd);
    } else if (dir === 'up') k.rect(14, 14, 4, 8, hd);
  }
}

function head(k: Canvas, look: Look, dir: Dir): void {
  const skinD = shade(look.skin, -0.15);
  k.rrect(7, 3, 18, 16, 5, look.skin);
  k.hline(10, 21, 18, skinD);
  if (dir === 'down') {
    k.rect(6, 11, 1, 2, look.skin);
    k.rect(25, 11, 1, 2, skinD);
    for (const x of [11, 19]) {
      k.rect(x, 11, 2, 3, EYE);
      k.px(x + 1, 11, hex('#ffffff'));
    }
    k.px(10, 15, BLUSH);
    k.px(21, 15, BLUSH);
    k.hline(15, 16, 16, shade(look.skin, -0.35));
  } else if (dir === 'left') {
    k.rect(9, 11, 2, 3, EYE);
    k.px(9, 11, hex('#ffffff'));
    k.px(6, 14, look.skin);
    k.px(10, 15, BLUSH);
    k.px(9, 16, shade(look.skin, -0.35));
  }
}

function hairFront(k: Canvas, look: Look, dir: Dir): void {
  const h = look.hair;
  const hi = shade(h, 0.25);
  const hd = shade(h, -0.2);
  const st = look.style;
  const hat = look.hat ?? hex('#c84a3c');
  if (st === 'bald') {
    if (dir === 'down') {
      k.rect(7, 9, 2, 4, h);
      k.rect(23, 9, 2, 4, h);
      k.px(12, 5, withAlpha(hex('#ffffff'), 120));
      k.px(13, 5, withAlpha(hex('#ffffff'), 120));
    } else if (dir === 'left') k.rect(18, 9, 6, 4, h);
    else k.rect(7, 9, 18, 4, h);
    return;
  }
  const curly = st === 'curly';
  // base cap of hair
  if (dir === 'up') {
    k.rrect(7, 3, 18, 14, 5, h);
    k.rect(8, 14, 16, 2, hd);
  } else if (dir === 'down') {
    k.rrect(7, 3, 18, 6, 4, h);
    k.rect(7, 7, 3, st === 'bob' ? 10 : 6, h);
    k.rect(22, 7, 3, st === 'bob' ? 10 : 6, hd);
    // side-parted fringe
    const fringe = [2, 2, 2, 1, 1, 2, 1, 0, 1, 1, 0, 1];
    fringe.forEach((d, j) => k.vline(10 + j, 9, 8 + d, j < 3 ? hd : h));
    k.hline(11, 15, 5, hi);
    k.hline(18, 20, 4, hi);
  } else {
    k.rrect(8, 3, 17, 7, 4, h);
    k.rect(16, 7, 9, st === 'bob' ? 10 : 7, h);
    k.rect(8, 8, 3, 2, h);
    k.hline(11, 16, 5, hi);
    k.rect(18, 11, 2, 2, look.skin);
  }
  if (curly) {
    const blobs =
      dir === 'left'
        ? [
            [10, 5],
            [16, 3],
            [22, 6],
            [23, 12],
            [21, 16],
          ]
        : [
            [9, 6],
            [16, 3],
            [23, 6],
            [7, 12],
            [25, 12],
          ];
    for (const [x, y] of blobs) k.ellipse(x, y, 4.5, 4, h);
    if (dir === 'up') k.ellipse(16, 12, 10, 8, h);
    for (const [x, y] of blobs) k.px(x - 1, y - 1, hi);
  }
  if (st === 'spiky') {
    for (const x of [9, 13, 17, 21]) {
      k.px(x, 1, h);
      k.rect(x - 1, 2, 3, 2, h);
    }
  }
  if (st === 'bun') {
    if (dir === 'left') k.ellipse(21, 3, 4, 4, h);
    else k.ellipse(16, 2, 4, 3.5, h);
  }
  if (st === 'cap') {
    if (dir === 'down') {
      k.rrect(7, 1, 18, 8, 4, hat);
      k.rect(8, 8, 16, 2, shade(hat, -0.3));
    } else if (dir === 'left') {
      k.rrect(8, 1, 17, 8, 4, hat);
      k.rect(3, 7, 8, 2, shade(hat, -0.3));
    } else k.rrect(7, 1, 18, 9, 4, hat);
    k.px(16, 2, shade(hat, 0.3));
  }
  if (st === 'beanie') {
    const top = dir === 'up' ? 2 : 1;
    k.rrect(7, top, 18, 9, 5, hat);
    k.rect(7, 8, 18, 2, shade(hat, -0.25));
    for (let x = 9; x < 24; x += 3) k.vline(x, 8, 9, shade(hat, 0.2));
    k.ellipse(16, 1, 2.5, 2, shade(hat, 0.35));
  }
  if (look.beard && dir !== 'up') {
    if (dir === 'down') {
      if (look.beard === 'full') {
        k.rect(7, 13, 2, 4, h);
        k.rect(23, 13, 2, 4, h);
        k.rect(9, 16, 14, 3, h);
        k.rect(11, 15, 10, 1, h);
        k.hline(14, 17, 17, shade(look.skin, -0.3));
      } else {
        k.rect(12, 15, 8, 1, h);
        k.px(12, 16, h);
        k.px(19, 16, h);
      }
    } else {
      if (look.beard === 'full') {
        k.rect(9, 16, 9, 3, h);
        k.rect(15, 13, 3, 3, h);
        k.px(9, 16, shade(look.skin, -0.3));
      } else k.rect(7, 15, 4, 1, h);
    }
  }
  if (look.glasses && dir !== 'up') {
    const g = hex('#8088a8');
    if (dir === 'down') {
      k.frame(10, 10, 4, 5, g);
      k.frame(18, 10, 4, 5, g);
      k.hline(14, 17, 11, g);
    } else {
      k.frame(8, 10, 4, 5, g);
      k.hline(12, 17, 11, g);
    }
  }
}

export function drawFrame(look: Look, dir: Dir, f: number): Canvas {
  const actual = dir === 'right' ? 'left' : dir;
  const k = new Canvas(32, 32);
  hairBack(k, look, actual);
  body(k, look, actual, f);
  head(k, look, actual);
  hairFront(k, look, actual);
  k.outline(LINE);
  const out = new Canvas(32, 32);
  out.ellipse(16, 30, 9, 2, hex('#1a1420', 70));
  out.blit(k, 0, 0);
  return dir === 'right' ? out.flipped() : out;
}

/** The full sheet: one row per character, 12 frames per row. */
export function paintCharacterSheet(looks: Look[]): Canvas {
  const sheet = new Canvas(32 * 12, 32 * looks.length);
  looks.forEach((look, row) => {
    DIRECTIONS.forEach((dir, d) => {
      for (let f = 0; f < 3; f++) sheet.blit(drawFrame(look, dir, f), (d * 3 + f) * 32, row * 32);
    });
  });
  return sheet;
}
