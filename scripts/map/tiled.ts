/** Serialise a TownGrid as a Tiled 1.10 JSON map with one embedded tileset. */
import { COLUMNS, TILE_COUNT, TILE_IDS, tileId } from '../art/catalog';
import { resolve } from './autotile';
import { TownGrid } from './grid';

export const TILE = 32;
export const LAYER_NAMES = ['ground', 'walls', 'furniture', 'foreground', 'collision'] as const;

/** Tiled-style JSON: arrays of numbers on one line, everything else indented. */
export function stringifyTiled(map: unknown): string {
  const arrays: string[] = [];
  const json = JSON.stringify(
    map,
    (_k, v: unknown) => {
      if (Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'number')) {
        arrays.push(`[${v.join(',')}]`);
        return `@@ARRAY${arrays.length - 1}@@`;
      }
      return v;
    },
    1,
  );
  return json.replace(/"@@ARRAY(\d+)@@"/g, (_m, i: string) => arrays[Number(i)]) + '\n';
}

export function toTiled(g: TownGrid): Record<string, unknown> {
  const L = resolve(g);
  const gid = (name: string | null) => (name ? tileId(name) + 1 : 0);
  const collisionGid = tileId('collision') + 1;
  let nextLayer = 1;
  const tileLayer = (name: string, data: number[], visible = true) => ({
    data,
    height: g.h,
    id: nextLayer++,
    name,
    opacity: 1,
    type: 'tilelayer',
    visible,
    width: g.w,
    x: 0,
    y: 0,
  });
  let nextObject = 1;
  const layers: Record<string, unknown>[] = [
    tileLayer('ground', L.ground.map(gid)),
    tileLayer('walls', L.walls.map(gid)),
    tileLayer('furniture', L.furniture.map(gid)),
    tileLayer('foreground', L.foreground.map(gid)),
    tileLayer(
      'collision',
      L.collision.map((b) => (b ? collisionGid : 0)),
      false,
    ),
  ];
  layers.push({
    draworder: 'topdown',
    id: nextLayer++,
    name: 'regions',
    objects: g.regions.map((r) => ({
      class: r.type,
      height: r.h * TILE,
      id: nextObject++,
      name: r.name,
      // Tiled's own shape for custom properties, so the map opens and edits in Tiled.
      ...(r.properties
        ? {
            properties: Object.entries(r.properties).map(([name, value]) => ({
              name,
              type: 'string',
              value,
            })),
          }
        : {}),
      rotation: 0,
      type: r.type,
      visible: true,
      width: r.w * TILE,
      x: r.x * TILE,
      y: r.y * TILE,
    })),
    opacity: 1,
    type: 'objectgroup',
    visible: true,
    x: 0,
    y: 0,
  });
  layers.push({
    draworder: 'topdown',
    id: nextLayer++,
    name: 'spawns',
    objects: g.spawns.map((s) => ({
      height: 0,
      id: nextObject++,
      name: s.name,
      point: true,
      rotation: 0,
      type: 'spawn',
      visible: true,
      width: 0,
      x: s.x * TILE + TILE / 2,
      y: s.y * TILE + TILE / 2,
    })),
    opacity: 1,
    type: 'objectgroup',
    visible: true,
    x: 0,
    y: 0,
  });
  const rows = TILE_COUNT / COLUMNS;
  const named = [...TILE_IDS.entries()].sort((a, b) => a[1] - b[1]);
  return {
    compressionlevel: -1,
    height: g.h,
    infinite: false,
    layers,
    nextlayerid: nextLayer,
    nextobjectid: nextObject,
    orientation: 'orthogonal',
    renderorder: 'right-down',
    tiledversion: '1.10.2',
    tileheight: TILE,
    tilesets: [
      {
        columns: COLUMNS,
        firstgid: 1,
        image: 'tileset.png',
        imageheight: rows * TILE,
        imagewidth: COLUMNS * TILE,
        margin: 0,
        name: 'town',
        spacing: 0,
        tilecount: TILE_COUNT,
        tileheight: TILE,
        tiles: named.map(([name, id]) => ({
          id,
          properties: [{ name: 'name', type: 'string', value: name }],
        })),
        tilewidth: TILE,
      },
    ],
    tilewidth: TILE,
    type: 'map',
    version: '1.10',
    width: g.w,
  };
}
