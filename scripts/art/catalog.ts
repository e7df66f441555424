/**
 * The tileset catalogue: every tile group in a fixed order, packed into a 16-column sheet.
 * gen-art paints it; gen-map only needs the name → tile id table (no painting).
 */
import { Canvas } from './canvas';
import { furnitureHomeGroups } from './furniture-home';
import { publicFurnitureGroups } from './furniture-public';
import { T, TileGroup } from './group';
import { natureGroups } from './nature';
import { outdoorGroups } from './outdoor';
import { structureGroups } from './structures';
import { terrainGroups } from './terrain';

export const COLUMNS = 16;

export const GROUPS: TileGroup[] = [
  ...terrainGroups,
  ...structureGroups,
  ...natureGroups,
  ...outdoorGroups,
  ...furnitureHomeGroups,
  ...publicFurnitureGroups,
];

interface Placement {
  group: TileGroup;
  col: number;
  row: number;
}

/** Greedy row-major packing that keeps each group's tiles together. */
function pack(): { placements: Placement[]; rows: number } {
  const used: boolean[][] = [];
  const isFree = (r: number, c: number) => !used[r]?.[c];
  const placements: Placement[] = [];
  let rows = 0;
  for (const group of GROUPS) {
    const gh = group.names.length;
    const gw = group.names[0].length;
    let done = false;
    for (let r = 0; !done; r++) {
      for (let c = 0; c + gw <= COLUMNS && !done; c++) {
        let fits = true;
        for (let y = 0; y < gh && fits; y++)
          for (let x = 0; x < gw && fits; x++) fits = isFree(r + y, c + x);
        if (!fits) continue;
        for (let y = 0; y < gh; y++) {
          used[r + y] ??= [];
          for (let x = 0; x < gw; x++) used[r + y][c + x] = true;
        }
        placements.push({ group, col: c, row: r });
        rows = Math.max(rows, r + gh);
        done = true;
      }
    }
  }
  return { placements, rows };
}

const packed = pack();

export const ROWS = packed.rows;
export const TILE_COUNT = COLUMNS * ROWS;

/** Tile name → local tile id (0-based; the Tiled gid is id + firstgid). */
export const TILE_IDS: ReadonlyMap<string, number> = (() => {
  const ids = new Map<string, number>();
  for (const { group, col, row } of packed.placements) {
    group.names.forEach((line, y) =>
      line.forEach((name, x) => {
        if (!name) return;
        if (ids.has(name)) throw new Error(`duplicate tile name ${name}`);
        ids.set(name, (row + y) * COLUMNS + col + x);
      }),
    );
  }
  return ids;
})();

export function tileId(name: string): number {
  const id = TILE_IDS.get(name);
  if (id === undefined) throw new Error(`unknown tile ${name}`);
  return id;
}

/** Paint the whole tileset image. */
export function paintTileset(): Canvas {
  const sheet = new Canvas(COLUMNS * T, ROWS * T);
  for (const { group, col, row } of packed.placements) {
    const c = new Canvas(group.names[0].length * T, group.names.length * T);
    group.draw(c);
    sheet.copyFrom(c, col * T, row * T, 0, 0, c.w, c.h);
  }
  return sheet;
}
