/** Rows of family homes with yards and gardens, shared by every generated town. */
import { TownGrid, cellHash } from './grid';
import { buildHouse, houseSize } from './house';
import { tryTree } from './park';

/** A home to build: its sector name, bedroom count and residents (one per bedroom). */
export interface Home {
  sector: string;
  bedrooms: number;
  residents: string[];
}

const HOUSE_STYLES = ['cream', 'blue', 'sage', 'rose'];
/** A fenced front yard with a path from the door to the sidewalk. */
function yard(
  g: TownGrid,
  hx: number,
  hw: number,
  door: { x: number; y: number },
  dir: 1 | -1,
  seed: number,
) {
  const rows = [door.y, door.y + dir, door.y + 2 * dir];
  const fenceRow = rows[2];
  for (let x = hx; x < hx + hw; x++) if (x !== door.x) g.barrierAt(x, fenceRow, 'fence');
  for (const y of rows.slice(0, 2)) {
    g.barrierAt(hx, y, 'fence');
    g.barrierAt(hx + hw - 1, y, 'fence');
  }
  for (const y of rows) g.setGround(door.x, y, 'dirt');
  g.setGround(door.x, fenceRow + dir, 'sidewalk');
  g.place(door.x, rows[0], [['doormat']]);
  const h = (k: number) => cellHash(seed, k, 33);
  // flowerbeds along the house front
  for (let x = hx + 1; x < hx + hw - 1; x++) {
    if (Math.abs(x - door.x) < 2) continue;
    if (h(x) < 0.55) g.place(x, rows[0], [[h(x + 50) < 0.5 ? 'flowerbed' : 'flowerbed_tulips']]);
    else if (h(x) < 0.8)
      g.place(x, rows[0], [['flowers_' + ['red', 'yellow', 'purple', 'white'][x % 4]]]);
  }
  // a little tree or bush on one side of the path, a mailbox on the other
  const treeX = door.x - hx > hw / 2 ? hx + 2 : hx + hw - 3;
  const trees: [string, string][] = [
    ['tree_fruit_base', 'tree_fruit_top'],
    ['tree_blossom_base', 'tree_blossom_top'],
    ['tree_base', 'tree_top'],
  ];
  const [base, top] = trees[Math.floor(h(1) * trees.length)];
  const treeY = dir === 1 ? rows[1] : rows[0];
  if (g.isFree(treeX, treeY)) g.tall(treeX, treeY, base, top);
  const mx = door.x + (treeX < door.x ? 1 : -1);
  g.place(mx, rows[1], [['mailbox']]);
  const bushX = treeX < door.x ? hx + hw - 2 : hx + 1;
  if (g.isFree(bushX, rows[1])) {
    g.walls[g.i(bushX, rows[1])] = h(3) < 0.5 ? 'bush_rose' : 'bush_flowering';
    g.blocked[g.i(bushX, rows[1])] = true;
  }
}

/** A vegetable bed and a few shrubs behind a house. */
function backGarden(g: TownGrid, hx: number, hw: number, y: number, seed: number): void {
  const h = (k: number) => cellHash(seed, k, 44);
  const gx = hx + 1 + Math.floor(h(1) * (hw - 4));
  if (g.isFree(gx, y) && g.isFree(gx + 1, y)) g.place(gx, y, [['garden_bed_l', 'garden_bed_r']]);
  for (const x of [hx + 1, hx + hw - 2]) {
    if (x >= gx - 1 && x <= gx + 2) continue;
    if (h(x) < 0.5 && g.isFree(x, y) && g.ground[g.i(x, y)] === 'grass') {
      g.walls[g.i(x, y)] = h(x + 9) < 0.5 ? 'bush' : 'bush_flowering';
      g.blocked[g.i(x, y)] = true;
    } else if (g.isFree(x, y))
      g.place(x, y, [[h(x + 5) < 0.5 ? 'flowers_white' : 'flowers_purple']]);
  }
}

/**
 * A row of homes at `y`, the i-th starting at `starts[i]`, each with a front yard towards the
 * street (`front`), a back garden and trees in the gaps; every home is described as `kind: home`.
 */
export function homes(
  g: TownGrid,
  list: Home[],
  starts: number[],
  y: number,
  front: 'S' | 'N',
): void {
  list.forEach((home, i) => {
    const { w } = houseSize(home.bedrooms);
    const seed = i + (front === 'S' ? 0 : 10);
    const door = buildHouse(g, {
      sector: home.sector,
      x: starts[i],
      y,
      bedrooms: home.bedrooms,
      style: HOUSE_STYLES[(i + (front === 'N' ? 2 : 0)) % HOUSE_STYLES.length],
      front,
      mirror: i % 2 === 1,
      residents: home.residents,
      seed,
    });
    g.describe(home.sector, { kind: 'home' });
    yard(g, starts[i], w, door, front === 'S' ? 1 : -1, seed);
    backGarden(g, starts[i], w, front === 'S' ? y - 2 : y + houseSize(home.bedrooms).h, seed);
    // trees in the gap to the next house, leaving a walkable lane
    const gapX = starts[i] + w + 1;
    if (i < list.length - 1) {
      for (const dy of [2, 6]) tryTree(g, gapX, y + dy + (i % 2), i + dy);
    }
  });
}
