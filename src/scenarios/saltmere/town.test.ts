import { describe, expect, it } from 'vitest';
import town from './town.json';
import { TownMap } from '../../sim/world/townMap';

const map = new TownMap(town);

describe('Saltmere map', () => {
  it('is smaller than the default town and describes every place', () => {
    expect(map.width * map.height).toBeLessThan(100 * 70);
    for (const s of map.sectors) {
      expect(s.kind, s.name).not.toBeNull();
      if (s.kind !== 'home') expect(s.hours, s.name).not.toBeNull();
    }
  });

  it('forms one walkable area: every walkable tile and every arena is reachable', () => {
    const start = map.targetTiles({ sector: 'Gorse Green' })[0];
    const seen = new Uint8Array(map.width * map.height);
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const { x, y } = map.xy(stack.pop()!);
      for (const [nx, ny] of [
        [x + 1, y],
        [x - 1, y],
        [x, y + 1],
        [x, y - 1],
      ]) {
        const i = map.idx(nx, ny);
        if (map.inBounds(nx, ny) && map.isWalkable(i) && !seen[i]) {
          seen[i] = 1;
          stack.push(i);
        }
      }
    }
    const lost: number[] = [];
    for (let i = 0; i < seen.length; i++) if (map.isWalkable(i) && !seen[i]) lost.push(i);
    expect(lost).toEqual([]);
    for (const a of map.arenaList)
      expect(a.tiles.length, `${a.sector}/${a.name}`).toBeGreaterThan(0);
  });
});
