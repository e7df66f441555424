/** The belt of trees around a generated town. */
import { TownGrid, cellHash } from './grid';
import { tryTree } from './park';

/**
 * Trees along the map's edges (top, sides and, unless `bottom` is false, the bottom); roads leave
 * through the sides. `sidesTo` is the last row of the side belts (the sea may take the rest).
 */
export function forest(g: TownGrid, opts: { bottom?: boolean; sidesTo?: number } = {}): void {
  const bottom = opts.bottom ?? true;
  const sidesTo = opts.sidesTo ?? g.h - 3;
  const kinds: [string, string][] = [
    ['tree_base', 'tree_top'],
    ['pine_base', 'pine_top'],
    ['tree_base', 'tree_top'],
    ['pine_base', 'pine_top'],
    ['tree_fruit_base', 'tree_fruit_top'],
  ];
  const plant = (x: number, y: number) => {
    const i = g.i(x, y);
    g.blocked[i] = true;
    if (g.walls[i]) return;
    const [base, top] = kinds[Math.floor(cellHash(x, y, 91) * kinds.length)];
    if (y > 0 && !g.foreground[g.i(x, y - 1)]) g.tall(x, y, base, top);
    else g.walls[i] = 'bush';
  };
  for (let x = 0; x < g.w; x++) {
    g.blocked[g.i(x, 0)] = true;
    plant(x, 1);
    if (bottom) {
      plant(x, g.h - 2);
      plant(x, g.h - 1);
    }
    if (cellHash(x, 2, 92) < 0.3) tryTree(g, x, 2, x);
  }
  for (let y = 2; y <= sidesTo; y++) {
    if (g.ground[g.i(0, y)] === 'road') continue;
    for (const x of [0, 1, g.w - 2, g.w - 1]) plant(x, y);
  }
}
