import { Canvas } from './canvas';

export const T = 32;

/**
 * A group of tiles painted together on one canvas (cols*32 × rows*32) and sliced into tiles.
 * Multi-tile sprites (beds, trees, tables) stay together in the tileset image so they can be
 * stamped as a block in Tiled. `names[row][col]`; an empty string leaves that slot unnamed.
 */
export interface TileGroup {
  names: string[][];
  draw: (c: Canvas) => void;
}

export const single = (name: string, draw: (c: Canvas) => void): TileGroup => ({
  names: [[name]],
  draw,
});

/** A horizontal strip of tiles `name_0 … name_{n-1}`, each painted by draw(c, i) at x = i*32. */
export function strip(prefix: string, n: number, draw: (c: Canvas, i: number) => void): TileGroup {
  return {
    names: [Array.from({ length: n }, (_, i) => `${prefix}_${i}`)],
    draw: (c) => {
      for (let i = 0; i < n; i++) {
        const t = new Canvas(T, T);
        draw(t, i);
        c.blit(t, i * T, 0);
      }
    },
  };
}

/** Neighbour mask bits for 4-neighbour autotiles. */
export const N = 1;
export const E = 2;
export const S = 4;
export const W = 8;

/** 16 autotile variants `prefix_0 … prefix_15` in one row. */
export const maskStrip = (prefix: string, draw: (c: Canvas, mask: number) => void): TileGroup =>
  strip(prefix, 16, draw);

/** Marching-squares corner bits (used by water). */
export const NW = 1;
export const NE = 2;
export const SE = 4;
export const SW = 8;
