/**
 * What the map view reads from any Tiled JSON map, by names only (no tile ids of ours): lights
 * (lamps; windows, or doors when a map has no windows) from tile names or classes, and the
 * rectangles of named places. A map that names nothing recognisable simply has no lights.
 */

export type LightKind = 'lamp' | 'window' | 'door';

export interface LightSpot {
  kind: LightKind;
  /** Centre of the tile, world px. */
  x: number;
  y: number;
}

export interface PlaceRect {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A bed and the smallest named area around it (its room), if the map has one. */
export interface Bed extends PlaceRect {
  room: PlaceRect | null;
}

interface TiledProperty {
  name?: unknown;
  value?: unknown;
}

interface TiledTile {
  id?: unknown;
  type?: unknown;
  class?: unknown;
  properties?: unknown;
}

interface TiledTileset {
  firstgid?: unknown;
  tiles?: unknown;
}

interface TiledLayer {
  name?: unknown;
  type?: unknown;
  data?: unknown;
  width?: unknown;
  layers?: unknown;
  objects?: unknown;
}

interface TiledObject {
  name?: unknown;
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
}

/** Tiled keeps flip flags in a gid's top bits. */
const GID_MASK = 0x1fffffff;

const LAMP = /lamp|lantern|torch|street.?light|light.?post|brazier|campfire|fireplace/i;
/** The lower part of a tall lamp (its light is drawn at the head). */
const LAMP_PART = /(^|[_\s-])(base|pole|bottom|stand|foot)([_\s-]|$)/i;
const WINDOW = /window|(^|[_\s-])win([_\s-]|$)/i;
const DOOR = /door/i;
const NOT_DOOR = /mat|frame_?only/i;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asNumber = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Every word a tile is known by: its `name`/`type`/`kind` properties, its type and class. */
function tileWords(tile: TiledTile): string {
  const words: string[] = [];
  if (typeof tile.type === 'string') words.push(tile.type);
  if (typeof tile.class === 'string') words.push(tile.class);
  for (const p of asArray(tile.properties) as TiledProperty[]) {
    if (typeof p?.name !== 'string' || typeof p.value !== 'string') continue;
    if (/^(name|type|kind|class)$/i.test(p.name)) words.push(p.value);
  }
  return words.join(' ');
}

/** gid → the words naming that tile, for every tileset embedded in the map. */
export function tileNames(map: unknown): Map<number, string> {
  const names = new Map<number, string>();
  const m = map as { tilesets?: unknown } | null;
  for (const ts of asArray(m?.tilesets) as TiledTileset[]) {
    const first = asNumber(ts?.firstgid) ?? 1;
    for (const tile of asArray(ts?.tiles) as TiledTile[]) {
      const id = asNumber(tile?.id);
      const words = tile ? tileWords(tile) : '';
      if (id !== null && words) names.set(first + id, words);
    }
  }
  return names;
}

/** Drawn tile layers, also those inside group layers (not collision layers). */
function tileLayers(layers: unknown): TiledLayer[] {
  const out: TiledLayer[] = [];
  for (const l of asArray(layers) as TiledLayer[]) {
    if (l?.type === 'group') out.push(...tileLayers(l.layers));
    else if (l?.type !== 'tilelayer' || !Array.isArray(l.data)) continue;
    else if (typeof l.name !== 'string' || !/collision/i.test(l.name)) out.push(l);
  }
  return out;
}

function objectsOf(layers: unknown): TiledObject[] {
  const out: TiledObject[] = [];
  for (const l of asArray(layers) as TiledLayer[]) {
    if (l?.type === 'group') out.push(...objectsOf(l.layers));
    else if (l?.type === 'objectgroup') out.push(...(asArray(l.objects) as TiledObject[]));
  }
  return out;
}

function classify(words: string): LightKind | null {
  if (LAMP.test(words)) return LAMP_PART.test(words) ? null : 'lamp';
  if (WINDOW.test(words)) return 'window';
  if (DOOR.test(words) && !NOT_DOOR.test(words)) return 'door';
  return null;
}

/**
 * Lamps and windows of a Tiled map, from what its tiles are called. Doors stand in for windows
 * when no tile is a window (light spills from the doorways); none of them: no lights.
 */
export function findLights(map: unknown): LightSpot[] {
  const m = map as { width?: unknown; tilewidth?: unknown; tileheight?: unknown; layers?: unknown };
  const tw = asNumber(m?.tilewidth);
  const th = asNumber(m?.tileheight);
  if (!tw || !th) return [];
  const names = tileNames(map);
  if (!names.size) return [];
  const kinds = new Map<number, LightKind | null>();
  const found: Record<LightKind, LightSpot[]> = { lamp: [], window: [], door: [] };
  const seen = new Set<string>();
  for (const layer of tileLayers(m.layers)) {
    const width = asNumber(layer.width) ?? asNumber(m.width);
    if (!width) continue;
    (layer.data as unknown[]).forEach((raw, i) => {
      const gid = typeof raw === 'number' ? raw & GID_MASK : 0;
      if (!gid) return;
      let kind = kinds.get(gid);
      if (kind === undefined) {
        const words = names.get(gid);
        kind = words ? classify(words) : null;
        kinds.set(gid, kind);
      }
      if (!kind || seen.has(`${kind}:${i}`)) return;
      seen.add(`${kind}:${i}`);
      found[kind].push({
        kind,
        x: ((i % width) + 0.5) * tw,
        y: (Math.floor(i / width) + 0.5) * th,
      });
    });
  }
  return [...found.lamp, ...(found.window.length ? found.window : found.door)];
}

/** A bed by itself (not a bedroom, flowerbed or bedside table). */
const BED = /(^|[_\s-])bed(s)?([_\s-]|$)/i;
const NOT_BED = /room|flower|garden|side|spread|river|sea/i;
const isBed = (words: string) => BED.test(words) && !NOT_BED.test(words);

/**
 * Beds, where sleepers lie: objects called bed, else runs of bed tiles (a bed's head and foot
 * tiles above each other make one bed).
 */
export function findBeds(map: unknown): Bed[] {
  const m = map as { width?: unknown; tilewidth?: unknown; tileheight?: unknown; layers?: unknown };
  const areas: PlaceRect[] = [];
  for (const o of objectsOf(m?.layers)) {
    const x = asNumber(o?.x);
    const y = asNumber(o?.y);
    const w = asNumber(o?.width);
    const h = asNumber(o?.height);
    if (typeof o?.name === 'string' && x !== null && y !== null && w && h)
      areas.push({ name: o.name, x, y, w, h });
  }
  const withRoom = (b: PlaceRect): Bed => {
    let room: PlaceRect | null = null;
    for (const a of areas)
      if (
        !isBed(a.name) &&
        a.w * a.h > b.w * b.h &&
        a.x <= b.x &&
        a.y <= b.y &&
        a.x + a.w >= b.x + b.w &&
        a.y + a.h >= b.y + b.h &&
        (!room || a.w * a.h < room.w * room.h)
      )
        room = a;
    return { ...b, room };
  };
  const fromObjects = areas.filter((a) => isBed(a.name));
  if (fromObjects.length) return fromObjects.map(withRoom);
  const tw = asNumber(m?.tilewidth);
  const th = asNumber(m?.tileheight);
  const names = tileNames(map);
  if (!tw || !th || !names.size) return [];
  const cells = new Set<number>();
  let width = asNumber(m.width) ?? 0;
  for (const layer of tileLayers(m.layers)) {
    width = asNumber(layer.width) ?? width;
    (layer.data as unknown[]).forEach((raw, i) => {
      const words = typeof raw === 'number' ? names.get(raw & GID_MASK) : undefined;
      if (words && isBed(words)) cells.add(i);
    });
  }
  if (!width) return [];
  const beds: Bed[] = [];
  for (const i of [...cells].sort((a, b) => a - b)) {
    if (cells.has(i - width)) continue; // not the head of its run
    let n = 1;
    while (cells.has(i + n * width)) n++;
    const x = (i % width) * tw;
    const y = Math.floor(i / width) * th;
    beds.push(withRoom({ name: 'bed', x, y, w: tw, h: n * th }));
  }
  return beds;
}
