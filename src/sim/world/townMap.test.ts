import { describe, expect, it } from 'vitest';
import { smallTownMap } from '../testing/smallTown';
import { PathFinder } from './path';
import { TownMap } from './townMap';

describe('TownMap', () => {
  const map = new TownMap(smallTownMap());

  it('builds the sector → arena → object tree from regions', () => {
    expect(map.sectors.map((s) => s.name)).toEqual([
      'Ash House',
      'Birch House',
      'Corner Café',
      'Green Park',
    ]);
    const cafe = map.arena('Corner Café', 'café')!;
    expect(cafe.objects.map((o) => o.name)).toEqual(['counter', 'coffee machine', 'table 1']);
    expect(map.arenaOf(map.idx(23, 5))?.name).toBe('café');
    expect(map.arenaOf(map.idx(10, 9))).toBeUndefined(); // the street
  });

  it('reads collision and gives walkable target tiles for an object', () => {
    expect(map.isWalkable(map.idx(1, 1))).toBe(false);
    const tiles = map.targetTiles({ sector: 'Ash House', arena: 'bedroom 1', object: 'bed' });
    expect(tiles).toEqual([map.idx(2, 2)]);
  });

  it('rejects a file that is not a Tiled map, saying what is wrong', () => {
    expect(() => new TownMap({ width: 3 })).toThrow(/Not a valid Tiled map/);
  });
});

describe('PathFinder', () => {
  const map = new TownMap(smallTownMap());
  const paths = new PathFinder(map);

  it('finds a shortest 4-connected path through doors', () => {
    const start = map.idx(2, 2); // Ash House bedroom
    const goal = map.idx(23, 5); // café
    const path = paths.find(start, goal);
    expect(path[path.length - 1]).toBe(goal);
    let prev = start;
    for (const t of path) {
      const a = map.xy(prev);
      const b = map.xy(t);
      expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBe(1);
      expect(map.isWalkable(t)).toBe(true);
      prev = t;
    }
  });

  it('falls back to the closest reachable tile when the goal is blocked', () => {
    const start = map.idx(5, 10);
    const wall = map.idx(1, 4);
    const path = paths.find(start, wall);
    expect(path.length).toBeGreaterThan(0);
    expect(map.isWalkable(path[path.length - 1])).toBe(true);
  });
});
