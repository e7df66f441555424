/**
 * Tiny RGBA canvas, colour helpers and a seeded PRNG for the procedural art generators.
 * Everything here is deterministic: no Math.random, no clock.
 */
import { PNG } from 'pngjs';

export type RGBA = readonly [number, number, number, number];

/** '#rrggbb' → RGBA. */
export function hex(h: string, alpha = 255): RGBA {
  const v = parseInt(h.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, alpha];
}

const clamp255 = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));

/** Linear mix of two colours, t = 0 → a, t = 1 → b. */
export function mix(a: RGBA, b: RGBA, t: number): RGBA {
  return [
    clamp255(a[0] + (b[0] - a[0]) * t),
    clamp255(a[1] + (b[1] - a[1]) * t),
    clamp255(a[2] + (b[2] - a[2]) * t),
    clamp255(a[3] + (b[3] - a[3]) * t),
  ];
}

/** Lighten (f > 0) or darken (f < 0) a colour; darkening drifts slightly toward blue-purple. */
export function shade(c: RGBA, f: number): RGBA {
  if (f >= 0) return mix(c, [255, 250, 235, c[3]], f);
  return mix(c, [24, 16, 40, c[3]], -f);
}

export function withAlpha(c: RGBA, a: number): RGBA {
  return [c[0], c[1], c[2], clamp255(a)];
}

/** Mulberry32: small, fast, good enough for art. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(a: number, b: number): number {
    return a + this.next() * (b - a);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    return arr[this.int(arr.length)];
  }
}

/** Hash of integer coordinates → [0,1). */
export function hash2(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 374761393) + Math.imul(y, 668265263) + Math.imul(seed, 2246822519);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Periodic value noise: tiles seamlessly with the given period (in pixels).
 * `cell` is the lattice spacing; period must be a multiple of cell.
 */
export function periodicNoise(seed: number, period: number, cell: number) {
  const n = period / cell;
  const lattice = (i: number, j: number) => hash2(((i % n) + n) % n, ((j % n) + n) % n, seed);
  const smooth = (t: number) => t * t * (3 - 2 * t);
  return (x: number, y: number): number => {
    const fx = x / cell;
    const fy = y / cell;
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const tx = smooth(fx - i);
    const ty = smooth(fy - j);
    const a = lattice(i, j);
    const b = lattice(i + 1, j);
    const c = lattice(i, j + 1);
    const d = lattice(i + 1, j + 1);
    return a + (b - a) * tx + (c - a) * ty + (a - b - c + d) * tx * ty;
  };
}

export class Canvas {
  readonly data: Uint8Array;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    this.data = new Uint8Array(w * h * 4);
  }

  inside(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.w && y < this.h;
  }

  get(x: number, y: number): RGBA {
    if (!this.inside(x, y)) return [0, 0, 0, 0];
    const i = (y * this.w + x) * 4;
    return [this.data[i], this.data[i + 1], this.data[i + 2], this.data[i + 3]];
  }

  alpha(x: number, y: number): number {
    return this.inside(x, y) ? this.data[(y * this.w + x) * 4 + 3] : 0;
  }

  /** Overwrite a pixel. */
  put(x: number, y: number, c: RGBA): void {
    x = Math.floor(x);
    y = Math.floor(y);
    if (!this.inside(x, y)) return;
    const i = (y * this.w + x) * 4;
    this.data[i] = c[0];
    this.data[i + 1] = c[1];
    this.data[i + 2] = c[2];
    this.data[i + 3] = c[3];
  }

  /** Alpha-blend a pixel (source-over). */
  px(x: number, y: number, c: RGBA): void {
    x = Math.floor(x);
    y = Math.floor(y);
    if (!this.inside(x, y) || c[3] === 0) return;
    if (c[3] === 255) return this.put(x, y, c);
    const i = (y * this.w + x) * 4;
    const sa = c[3] / 255;
    const da = this.data[i + 3] / 255;
    const oa = sa + da * (1 - sa);
    for (let k = 0; k < 3; k++) {
      this.data[i + k] = clamp255((c[k] * sa + this.data[i + k] * da * (1 - sa)) / oa);
    }
    this.data[i + 3] = clamp255(oa * 255);
  }

  rect(x: number, y: number, w: number, h: number, c: RGBA): void {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.px(i, j, c);
  }

  /** 1-px rectangle outline. */
  frame(x: number, y: number, w: number, h: number, c: RGBA): void {
    this.rect(x, y, w, 1, c);
    this.rect(x, y + h - 1, w, 1, c);
    this.rect(x, y + 1, 1, h - 2, c);
    this.rect(x + w - 1, y + 1, 1, h - 2, c);
  }

  hline(x0: number, x1: number, y: number, c: RGBA): void {
    for (let x = x0; x <= x1; x++) this.px(x, y, c);
  }

  vline(x: number, y0: number, y1: number, c: RGBA): void {
    for (let y = y0; y <= y1; y++) this.px(x, y, c);
  }

  /** Filled ellipse centred on (cx, cy) (pixel-centre coordinates). */
  ellipse(cx: number, cy: number, rx: number, ry: number, c: RGBA): void {
    for (let y = Math.floor(cy - ry); y <= Math.ceil(cy + ry); y++) {
      for (let x = Math.floor(cx - rx); x <= Math.ceil(cx + rx); x++) {
        const dx = (x + 0.5 - cx) / rx;
        const dy = (y + 0.5 - cy) / ry;
        if (dx * dx + dy * dy <= 1) this.px(x, y, c);
      }
    }
  }

  /** Rounded rectangle. */
  rrect(x: number, y: number, w: number, h: number, r: number, c: RGBA): void {
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const cx = i < r ? r - i - 0.5 : i >= w - r ? i - (w - r) + 0.5 : 0;
        const cy = j < r ? r - j - 0.5 : j >= h - r ? j - (h - r) + 0.5 : 0;
        if (cx * cx + cy * cy <= r * r) this.px(x + i, y + j, c);
      }
    }
  }

  /** Bresenham line. */
  line(x0: number, y0: number, x1: number, y1: number, c: RGBA): void {
    x0 = Math.round(x0);
    y0 = Math.round(y0);
    x1 = Math.round(x1);
    y1 = Math.round(y1);
    const dx = Math.abs(x1 - x0);
    const dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let err = dx + dy;
    for (;;) {
      this.px(x0, y0, c);
      if (x0 === x1 && y0 === y1) break;
      const e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        x0 += sx;
      }
      if (e2 <= dx) {
        err += dx;
        y0 += sy;
      }
    }
  }

  /** Apply fn to every pixel (x, y) → colour or null to keep. */
  each(fn: (x: number, y: number, cur: RGBA) => RGBA | null): void {
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        const c = fn(x, y, this.get(x, y));
        if (c) this.put(x, y, c);
      }
    }
  }

  /** Draw a 1-px outline around every opaque shape (on transparent pixels, 4-neighbourhood). */
  outline(c: RGBA, threshold = 128): void {
    const mark: number[] = [];
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (this.alpha(x, y) >= threshold) continue;
        if (
          this.alpha(x - 1, y) >= threshold ||
          this.alpha(x + 1, y) >= threshold ||
          this.alpha(x, y - 1) >= threshold ||
          this.alpha(x, y + 1) >= threshold
        ) {
          mark.push(x, y);
        }
      }
    }
    for (let k = 0; k < mark.length; k += 2) this.put(mark[k], mark[k + 1], c);
  }

  /** Copy another canvas (alpha-blended) at (dx, dy). */
  blit(src: Canvas, dx: number, dy: number, sx = 0, sy = 0, w = src.w, h = src.h): void {
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) this.px(dx + x, dy + y, src.get(sx + x, sy + y));
    }
  }

  /** Copy a region exactly (no blending). */
  copyFrom(src: Canvas, dx: number, dy: number, sx: number, sy: number, w: number, h: number) {
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) this.put(dx + x, dy + y, src.get(sx + x, sy + y));
    }
  }

  /** Mirror horizontally into a new canvas. */
  flipped(): Canvas {
    const out = new Canvas(this.w, this.h);
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) out.put(this.w - 1 - x, y, this.get(x, y));
    }
    return out;
  }

  toPNG(): Buffer {
    const png = new PNG({ width: this.w, height: this.h });
    png.data = Buffer.from(this.data);
    return PNG.sync.write(png);
  }
}
