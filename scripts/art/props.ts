/** Shared helpers and colours for furniture sprites. */
import { Canvas, RGBA, hex, shade } from './canvas';

export const OUT = hex('#2b2228');
export const WOOD = hex('#b47c4b');
export const WOOD_L = hex('#d3a46f');
export const WOOD_D = hex('#7c5233');
export const DARKWOOD = hex('#5e3d29');
export const METAL = hex('#b9c0ca');
export const WHITE = hex('#f5f3ee');

/** Draw a prop on its own layer, then give it a 1-px outline and a soft drop shadow. */
export function prop(c: Canvas, draw: (k: Canvas) => void, shadow = true): void {
  const k = new Canvas(c.w, c.h);
  draw(k);
  k.outline(OUT);
  if (shadow) {
    const sh = hex('#1a1420', 60);
    for (let y = 0; y < k.h; y++) {
      for (let x = 0; x < k.w; x++) {
        if (k.alpha(x, y) > 0 && k.alpha(x + 2, y + 2) === 0) c.px(x + 2, y + 2, sh);
      }
    }
  }
  c.blit(k, 0, 0);
}

/** A 3/4 box: a top surface and a darker front face `front` px tall. */
export function box(
  k: Canvas,
  x: number,
  y: number,
  w: number,
  h: number,
  front: number,
  top: RGBA,
  face?: RGBA,
): void {
  const f = face ?? shade(top, -0.28);
  k.rect(x, y, w, h - front, top);
  k.hline(x, x + w - 1, y, shade(top, 0.18));
  k.rect(x, y + h - front, w, front, f);
  k.hline(x, x + w - 1, y + h - front, shade(f, -0.2));
}

/** A chair seen from above; `back` is where the backrest is. */
export function chair(k: Canvas, cx: number, cy: number, back: 'n' | 's' | 'e' | 'w', col: RGBA) {
  k.rect(cx - 6, cy - 5, 12, 11, col);
  k.rect(cx - 5, cy - 4, 10, 2, shade(col, 0.2));
  const d = shade(col, -0.3);
  if (back === 'n') k.rect(cx - 7, cy - 8, 14, 4, d);
  if (back === 's') k.rect(cx - 7, cy + 5, 14, 4, d);
  if (back === 'w') k.rect(cx - 9, cy - 6, 4, 13, d);
  if (back === 'e') k.rect(cx + 5, cy - 6, 4, 13, d);
}

/** Rows of small coloured items on a shelf face, between y0 and y1. */
export function shelfItems(
  k: Canvas,
  x0: number,
  x1: number,
  y0: number,
  h: number,
  colors: RGBA[],
  seed: number,
  kind: 'books' | 'cans' | 'boxes' | 'bottles',
): void {
  let x = x0;
  let i = seed;
  while (x < x1) {
    const col = colors[i % colors.length];
    const w = kind === 'books' ? 2 + (i % 2) : kind === 'boxes' ? 5 : 3;
    if (x + w > x1) break;
    const hh = kind === 'books' ? h - ((i * 7) % 3) : kind === 'bottles' ? h - 1 : h - 2;
    k.rect(x, y0 + h - hh, w, hh, col);
    k.vline(x, y0 + h - hh, y0 + h - 1, shade(col, 0.25));
    if (kind === 'cans') k.hline(x, x + w - 1, y0 + h - hh + 1, shade(col, 0.5));
    if (kind === 'bottles') k.rect(x + 1, y0 + h - hh - 2, 1, 2, shade(col, -0.3));
    if (kind === 'boxes') k.hline(x + 1, x + w - 2, y0 + h - hh + 2, WHITE);
    x += w + (kind === 'books' ? 0 : 1);
    i++;
  }
}

export const BRIGHT = [
  hex('#d9534f'),
  hex('#4a7fc1'),
  hex('#e8b83e'),
  hex('#5aa05a'),
  hex('#9a62b8'),
  hex('#e07f3a'),
  hex('#3aa8a0'),
];
