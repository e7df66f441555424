import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBeds, findLights, tileNames } from './mapFeatures';

const named = (id: number, name: string) => ({
  id,
  properties: [{ name: 'name', type: 'string', value: name }],
});

/** A 4×2 map: a lamp (head over its base), a window, a door and a doormat. */
function tinyMap(tiles: object[], ground: number[], top: number[] = [0, 0, 0, 0, 0, 0, 0, 0]) {
  return {
    width: 4,
    height: 2,
    tilewidth: 32,
    tileheight: 32,
    tilesets: [{ firstgid: 1, tiles }],
    layers: [
      { name: 'ground', type: 'tilelayer', width: 4, data: ground },
      { name: 'collision', type: 'tilelayer', width: 4, data: [1, 1, 1, 1, 1, 1, 1, 1] },
      { type: 'group', layers: [{ name: 'top', type: 'tilelayer', width: 4, data: top }] },
      {
        name: 'regions',
        type: 'objectgroup',
        objects: [
          { name: 'Shop', x: 0, y: 0, width: 64, height: 32 },
          { name: 'Shop', x: 32, y: 32, width: 64, height: 32 },
          { name: 'Nameless', x: 0, y: 0, width: 0, height: 0 },
        ],
      },
    ],
  };
}

describe('findLights', () => {
  const tiles = [
    named(0, 'lamp_top'),
    named(1, 'lamp_base'),
    named(2, 'wall_win_h'),
    named(3, 'door_h'),
    named(4, 'doormat'),
    { id: 5, type: 'Lantern' },
  ];

  it('finds lamp heads (not their posts) and windows by tile name or class', () => {
    const map = tinyMap(tiles, [0, 3, 0, 5, 0, 4, 0, 0], [1, 0, 0, 0, 2, 0, 0, 6]);
    const lights = findLights(map);
    expect(lights.filter((l) => l.kind === 'lamp')).toEqual([
      { kind: 'lamp', x: 16, y: 16 },
      { kind: 'lamp', x: 112, y: 48 },
    ]);
    expect(lights.filter((l) => l.kind === 'window')).toEqual([{ kind: 'window', x: 48, y: 16 }]);
    expect(lights.some((l) => l.kind === 'door')).toBe(false);
  });

  it('lights doorways when the map has no windows, and ignores doormats', () => {
    const lights = findLights(tinyMap(tiles, [0, 4, 0, 0, 0, 0, 4, 0]));
    expect(lights).toEqual([
      { kind: 'door', x: 48, y: 16 },
      { kind: 'door', x: 80, y: 48 },
    ]);
  });

  it('finds nothing in a map whose tiles are not named, or that is not a map', () => {
    expect(findLights(tinyMap([], [1, 2, 3, 4, 1, 2, 3, 4]))).toEqual([]);
    expect(findLights(null)).toEqual([]);
    expect(findLights({ layers: 'nope' })).toEqual([]);
  });

  it('reads flipped tiles by their gid without the flip bits', () => {
    const flipped = (0x80000000 | 1) >>> 0;
    const lights = findLights(tinyMap(tiles, [flipped, 0, 0, 0, 0, 0, 0, 0]));
    expect(lights).toEqual([{ kind: 'lamp', x: 16, y: 16 }]);
  });

  it('finds lamps and windows in both bundled towns', () => {
    for (const town of ['default', 'saltmere']) {
      const map: unknown = JSON.parse(
        readFileSync(new URL(`../scenarios/${town}/town.json`, import.meta.url), 'utf8'),
      );
      const lights = findLights(map);
      expect(lights.filter((l) => l.kind === 'lamp').length).toBeGreaterThan(3);
      expect(lights.filter((l) => l.kind === 'window').length).toBeGreaterThan(20);
      expect(tileNames(map).size).toBeGreaterThan(100);
    }
  });
});

describe('findBeds', () => {
  it('takes bed objects, not bedrooms', () => {
    const map = {
      layers: [
        {
          type: 'objectgroup',
          objects: [
            { name: 'bedroom 1', x: 0, y: 0, width: 96, height: 96 },
            { name: 'bed', x: 32, y: 0, width: 32, height: 64 },
            { name: 'flowerbed', x: 0, y: 0, width: 32, height: 32 },
          ],
        },
      ],
    };
    expect(findBeds(map)).toEqual([
      {
        name: 'bed',
        x: 32,
        y: 0,
        w: 32,
        h: 64,
        room: { name: 'bedroom 1', x: 0, y: 0, w: 96, h: 96 },
      },
    ]);
  });

  it("joins a bed's head and foot tiles when the map has no bed objects", () => {
    const map = tinyMap(
      [named(0, 'bed_red_top'), named(1, 'bed_red_bottom'), named(2, 'flowerbed')],
      [0, 1, 3, 0, 0, 2, 0, 0],
    );
    expect(findBeds(map)).toEqual([{ name: 'bed', x: 32, y: 0, w: 32, h: 64, room: null }]);
  });

  it('finds the beds of both bundled towns', () => {
    for (const town of ['default', 'saltmere']) {
      const map: unknown = JSON.parse(
        readFileSync(new URL(`../scenarios/${town}/town.json`, import.meta.url), 'utf8'),
      );
      expect(findBeds(map).length).toBeGreaterThan(5);
    }
  });
});
