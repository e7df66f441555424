/**
 * A logical town grid. Generators paint *kinds* (grass, road, wall style, fence…) and explicit
 * tiles; `autotile.ts` later resolves the kinds into concrete tile names per layer.
 */

export type GroundKind = 'grass' | 'dirt' | 'plaza' | 'road' | 'sidewalk' | 'floor' | 'door';
export type Barrier = 'fence' | 'hedge';
export type RegionType = 'sector' | 'arena' | 'object';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Region extends Rect {
  type: RegionType;
  name: string;
  /** Custom properties written as Tiled properties (e.g. a sector's `kind` and `hours`). */
  properties?: Record<string, string>;
}

/** What a sector is for and when it is open (docs/maps.md, "Place kinds and hours"). */
export interface PlaceInfo {
  kind: 'home' | 'eatery' | 'bar' | 'park' | 'shop' | 'work' | 'civic' | 'school';
  /** "07:00-22:00", "24h"; omitted = always open (homes). */
  hours?: string;
  /** "mon-fri", "sat,sun"; omitted = every day. */
  days?: string;
}

export interface Spawn {
  name: string;
  x: number;
  y: number;
}

export class TownGrid {
  readonly ground: GroundKind[];
  /** Explicit ground tile (floors, doors, road markings, plaza); otherwise derived from kind. */
  readonly groundTile: (string | null)[];
  /** Wall style per cell (walls are autotiled), or null. */
  readonly wall: (string | null)[];
  readonly window: boolean[];
  readonly barrier: (Barrier | null)[];
  /** Explicit tiles on the walls layer (tree trunks, lamp posts, bushes…). */
  readonly walls: (string | null)[];
  readonly furniture: (string | null)[];
  readonly foreground: (string | null)[];
  readonly blocked: boolean[];
  /** Water at grid vertices ((w+1) × (h+1)), resolved with marching squares. */
  readonly waterVertex: boolean[];
  readonly regions: Region[] = [];
  readonly spawns: Spawn[] = [];

  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    const n = w * h;
    this.ground = new Array<GroundKind>(n).fill('grass');
    this.groundTile = new Array<string | null>(n).fill(null);
    this.wall = new Array<string | null>(n).fill(null);
    this.window = new Array<boolean>(n).fill(false);
    this.barrier = new Array<Barrier | null>(n).fill(null);
    this.walls = new Array<string | null>(n).fill(null);
    this.furniture = new Array<string | null>(n).fill(null);
    this.foreground = new Array<string | null>(n).fill(null);
    this.blocked = new Array<boolean>(n).fill(false);
    this.waterVertex = new Array<boolean>((w + 1) * (h + 1)).fill(false);
  }

  in(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.w && y < this.h;
  }

  i(x: number, y: number): number {
    if (!this.in(x, y)) throw new Error(`out of map: ${x},${y}`);
    return y * this.w + x;
  }

  setGround(x: number, y: number, kind: GroundKind, tile: string | null = null): void {
    if (!this.in(x, y)) return;
    const i = this.i(x, y);
    this.ground[i] = kind;
    this.groundTile[i] = tile;
  }

  fillGround(r: Rect, kind: GroundKind, tile: string | null = null): void {
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) this.setGround(x, y, kind, tile);
  }

  /** True if nothing on the walls/furniture layers and not blocked. */
  isFree(x: number, y: number): boolean {
    if (!this.in(x, y)) return false;
    const i = this.i(x, y);
    return (
      !this.wall[i] &&
      !this.barrier[i] &&
      !this.walls[i] &&
      !this.furniture[i] &&
      !this.blocked[i] &&
      this.ground[i] !== 'door'
    );
  }

  /** Outline a rectangle with walls of a style (the rectangle is the outer footprint). */
  wallRect(r: Rect, style: string): void {
    for (let x = r.x; x < r.x + r.w; x++) {
      this.setWall(x, r.y, style);
      this.setWall(x, r.y + r.h - 1, style);
    }
    for (let y = r.y; y < r.y + r.h; y++) {
      this.setWall(r.x, y, style);
      this.setWall(r.x + r.w - 1, y, style);
    }
  }

  wallLine(x0: number, y0: number, x1: number, y1: number, style: string): void {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) this.setWall(x, y, style);
  }

  setWall(x: number, y: number, style: string): void {
    const i = this.i(x, y);
    this.wall[i] = style;
    this.blocked[i] = true;
  }

  /** Open a doorway in a wall. */
  door(x: number, y: number): void {
    const i = this.i(x, y);
    const horizontalWall = !!(this.wall[this.i(x - 1, y)] || this.wall[this.i(x + 1, y)]);
    this.wall[i] = null;
    this.blocked[i] = false;
    this.setGround(x, y, 'door', horizontalWall ? 'door_h' : 'door_v');
  }

  windowAt(x: number, y: number): void {
    this.window[this.i(x, y)] = true;
  }

  barrierAt(x: number, y: number, b: Barrier): void {
    if (!this.in(x, y)) return;
    const i = this.i(x, y);
    this.barrier[i] = b;
    this.blocked[i] = true;
  }

  /** Place a block of furniture tiles; optionally register an object region over it. */
  place(x: number, y: number, tiles: string[][], object?: string): Rect {
    tiles.forEach((row, dy) =>
      row.forEach((t, dx) => {
        if (!t) return;
        const i = this.i(x + dx, y + dy);
        if (this.furniture[i])
          throw new Error(`${t} overlaps ${this.furniture[i]} at ${x + dx},${y + dy}`);
        this.furniture[i] = t;
      }),
    );
    const r = { x, y, w: tiles[0].length, h: tiles.length };
    if (object) this.region('object', object, r);
    return r;
  }

  /** A tree or other tall prop: base on the walls layer (blocked), top on the foreground. */
  tall(x: number, y: number, base: string, top: string, block = true): void {
    if (!this.in(x, y)) return;
    const i = this.i(x, y);
    this.walls[i] = base;
    if (block) this.blocked[i] = true;
    if (this.in(x, y - 1)) this.foreground[this.i(x, y - 1)] = top;
  }

  /** 2×2 oak: bottom row blocked on the walls layer, top row on the foreground. */
  oak(x: number, y: number): void {
    this.tall(x, y + 1, 'oak_bl', 'oak_tl');
    this.tall(x + 1, y + 1, 'oak_br', 'oak_tr');
  }

  region(type: RegionType, name: string, r: Rect): void {
    this.regions.push({ type, name, ...r });
  }

  /** Sets a sector's kind and opening hours; throws if no sector has that name. */
  describe(sector: string, info: PlaceInfo): void {
    const r = this.regions.find((x) => x.type === 'sector' && x.name === sector);
    if (!r) throw new Error(`no sector "${sector}" to describe`);
    r.properties = { kind: info.kind };
    if (info.hours) r.properties.hours = info.hours;
    if (info.days) r.properties.days = info.days;
  }

  spawn(name: string, x: number, y: number): void {
    this.spawns.push({ name, x, y });
  }

  setWaterVertex(vx: number, vy: number, v: boolean): void {
    if (vx < 0 || vy < 0 || vx > this.w || vy > this.h) return;
    this.waterVertex[vy * (this.w + 1) + vx] = v;
  }

  water(vx: number, vy: number): boolean {
    if (vx < 0 || vy < 0 || vx > this.w || vy > this.h) return false;
    return this.waterVertex[vy * (this.w + 1) + vx];
  }
}

/** Deterministic hash of cell coordinates → [0, 1). */
export function cellHash(x: number, y: number, seed = 0): number {
  let h = Math.imul(x, 374761393) + Math.imul(y, 668265263) + Math.imul(seed, 982451653);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
