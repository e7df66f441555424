import type { PlaceOption } from '../mind';
import {
  parseOpeningHours,
  parsePlaceKind,
  propertyOf,
  type OpeningHours,
  type PlaceKind,
} from './places';
import { findObjectLayer, findTileLayer, objectKind, parseTiledMap, type TiledMap } from './tiled';

/** A tile coordinate. */
export interface Tile {
  x: number;
  y: number;
}

export interface ObjectNode {
  name: string;
  /** Tiles an agent stands on to use the object (walkable tiles inside or next to it). */
  useTiles: number[];
}
export interface ArenaNode {
  name: string;
  sector: string;
  rect: Rect;
  objects: ObjectNode[];
  /** Walkable tiles inside the arena. */
  tiles: number[];
}
export interface SectorNode {
  name: string;
  rect: Rect;
  arenas: ArenaNode[];
  /** What the place is for (`kind` property), or null when the map does not say. */
  kind: PlaceKind | null;
  /** Opening hours (`hours`, `days` properties), or null: always open. */
  hours: OpeningHours | null;
}
interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Address of a place: sector → arena → object; lower levels may be missing. */
export interface Address {
  sector: string;
  arena?: string;
  object?: string;
}

const SIDES = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

/**
 * The static world: collision grid and the spatial tree world → sector → arena → object built from
 * a Tiled map's `regions` layer, plus named spawn points.
 */
export class TownMap {
  readonly width: number;
  readonly height: number;
  readonly tileSize: number;
  /** 1 = blocked. Indexed by y * width + x. */
  readonly blocked: Uint8Array;
  readonly sectors: SectorNode[] = [];
  readonly spawns = new Map<string, number>();
  /** For each tile, the index+1 into `arenaList` of the arena it lies in (0 = outdoors). */
  private readonly arenaAt: Uint16Array;
  readonly arenaList: ArenaNode[] = [];
  readonly tiled: TiledMap;

  constructor(json: unknown) {
    const map = parseTiledMap(json);
    this.tiled = map;
    this.width = map.width;
    this.height = map.height;
    this.tileSize = map.tilewidth;
    const n = map.width * map.height;
    this.blocked = new Uint8Array(n);
    const collision = findTileLayer(map, 'collision');
    if (collision) {
      if (collision.data.length !== n) throw new Error('collision layer size does not match map');
      for (let i = 0; i < n; i++) this.blocked[i] = collision.data[i] ? 1 : 0;
    }
    this.arenaAt = new Uint16Array(n);
    this.buildTree(map);
    const spawns = findObjectLayer(map, 'spawns');
    for (const o of spawns?.objects ?? []) {
      const t = this.idx(Math.floor(o.x / map.tilewidth), Math.floor(o.y / map.tileheight));
      if (o.name) this.spawns.set(o.name, this.nearestWalkable(t));
    }
  }

  private buildTree(map: TiledMap): void {
    const regions = findObjectLayer(map, 'regions')?.objects ?? [];
    const ts = map.tilewidth;
    const toRect = (o: { x: number; y: number; width: number; height: number }): Rect => ({
      x: Math.round(o.x / ts),
      y: Math.round(o.y / ts),
      w: Math.max(1, Math.round(o.width / ts)),
      h: Math.max(1, Math.round(o.height / ts)),
    });
    const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
    const inside = (p: { x: number; y: number }, r: Rect) =>
      p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;

    for (const o of regions.filter((r) => objectKind(r) === 'sector')) {
      const hours = propertyOf(o.properties, 'hours');
      let parsedHours: OpeningHours | null;
      try {
        parsedHours = hours ? parseOpeningHours(hours, propertyOf(o.properties, 'days')) : null;
      } catch (err) {
        throw new Error(`sector "${o.name}": ${(err as Error).message}`, { cause: err });
      }
      this.sectors.push({
        name: o.name,
        rect: toRect(o),
        arenas: [],
        kind: parsePlaceKind(propertyOf(o.properties, 'kind'), o.name),
        hours: parsedHours,
      });
    }
    for (const o of regions.filter((r) => objectKind(r) === 'arena')) {
      const rect = toRect(o);
      const sector = this.sectors.find((s) => inside(centre(rect), s.rect));
      if (!sector) throw new Error(`arena "${o.name}" lies in no sector`);
      const arena: ArenaNode = { name: o.name, sector: sector.name, rect, objects: [], tiles: [] };
      sector.arenas.push(arena);
      this.arenaList.push(arena);
      for (let y = rect.y; y < rect.y + rect.h; y++)
        for (let x = rect.x; x < rect.x + rect.w; x++) {
          if (!this.inBounds(x, y)) continue;
          const i = this.idx(x, y);
          this.arenaAt[i] = this.arenaList.length;
          if (!this.blocked[i]) arena.tiles.push(i);
        }
    }
    for (const o of regions.filter((r) => objectKind(r) === 'object')) {
      const rect = toRect(o);
      const arena = this.arenaList.find((a) => inside(centre(rect), a.rect));
      if (!arena) continue;
      const useTiles: number[] = [];
      for (let y = rect.y - 1; y <= rect.y + rect.h; y++)
        for (let x = rect.x - 1; x <= rect.x + rect.w; x++) {
          if (!this.inBounds(x, y) || this.blocked[this.idx(x, y)]) continue;
          const within = x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
          if (within || this.arenaAt[this.idx(x, y)] === this.arenaList.indexOf(arena) + 1)
            useTiles.push(this.idx(x, y));
        }
      // Prefer tiles on the object itself; fall back to its neighbours.
      const onObject = useTiles.filter((t) => {
        const { x, y } = this.xy(t);
        return x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
      });
      arena.objects.push({ name: o.name, useTiles: onObject.length ? onObject : useTiles });
    }
  }

  inBounds(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }
  idx(x: number, y: number): number {
    return y * this.width + x;
  }
  xy(i: number): Tile {
    return { x: i % this.width, y: Math.floor(i / this.width) };
  }
  isWalkable(i: number): boolean {
    return i >= 0 && i < this.blocked.length && !this.blocked[i];
  }

  /** The arena a tile lies in, or undefined outdoors. */
  arenaOf(tile: number): ArenaNode | undefined {
    const a = this.arenaAt[tile];
    return a ? this.arenaList[a - 1] : undefined;
  }

  sector(name: string): SectorNode | undefined {
    return this.sectors.find((s) => s.name === name);
  }

  arena(sector: string, arena: string): ArenaNode | undefined {
    return this.sector(sector)?.arenas.find((a) => a.name === arena);
  }

  /** Tiles to walk to for an address: the object's use tiles, else the arena's, else the sector's. */
  targetTiles(a: Address): number[] {
    const sector = this.sector(a.sector);
    if (!sector) return [];
    const arenas = a.arena ? sector.arenas.filter((x) => x.name === a.arena) : sector.arenas;
    if (a.object) {
      const obj = arenas[0]?.objects.find((o) => o.name === a.object);
      if (obj?.useTiles.length) return obj.useTiles;
    }
    return arenas.flatMap((x) => x.tiles);
  }

  /** The tiles beside `tile` (up, down, left, right) that are on the map. */
  sides(tile: number): number[] {
    const { x, y } = this.xy(tile);
    const out: number[] = [];
    for (const [dx, dy] of SIDES)
      if (this.inBounds(x + dx, y + dy)) out.push(this.idx(x + dx, y + dy));
    return out;
  }

  /** The walkable tile nearest to `tile` (breadth-first), or `tile` itself if walkable. */
  nearestWalkable(tile: number): number {
    if (this.isWalkable(tile)) return tile;
    const seen = new Set([tile]);
    const queue = [tile];
    while (queue.length) {
      const t = queue.shift()!;
      for (const n of this.sides(t)) {
        if (seen.has(n)) continue;
        if (this.isWalkable(n)) return n;
        seen.add(n);
        queue.push(n);
      }
    }
    return tile;
  }

  /** Every place with its kind and hours, for minds that plan and ground actions. */
  placeOptions(): PlaceOption[] {
    return this.sectors.map((s) => ({
      sector: s.name,
      kind: s.kind,
      hours: s.hours,
      arenas: s.arenas.map((a) => ({ arena: a.name, objects: a.objects.map((o) => o.name) })),
    }));
  }
}

/** Convenience for tests and CLI: a TownMap from Tiled JSON. */
export function loadTownMap(json: unknown): TownMap {
  return new TownMap(json);
}
