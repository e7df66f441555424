import type { TownMap } from './townMap';

/**
 * Binary min-heap of tile indices keyed by f-score. Every index read below is a parent or child
 * slot under the current length, hence the `!`s.
 */
class MinHeap {
  private items: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    const { items, keys } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }
  /** The item with the smallest key, or undefined when empty. */
  pop(): number | undefined {
    const { items, keys } = this;
    const top = items[0];
    const lastItem = items.pop();
    const lastKey = keys.pop();
    if (lastItem === undefined || lastKey === undefined) return undefined;
    if (items.length) {
      let i = 0;
      const n = items.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && keys[l + 1]! < keys[l]! ? l + 1 : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}

/**
 * A* pathfinder on the 4-connected tile grid. Reuses its buffers between searches.
 * When the goal is unreachable it returns a path to the reachable tile closest to the goal.
 */
export class PathFinder {
  private readonly g: Float64Array;
  private readonly from: Int32Array;
  private readonly stamp: Uint32Array;
  private readonly closed: Uint32Array;
  private epoch = 0;

  constructor(private readonly map: TownMap) {
    const n = map.width * map.height;
    this.g = new Float64Array(n);
    this.from = new Int32Array(n);
    this.stamp = new Uint32Array(n);
    this.closed = new Uint32Array(n);
  }

  /** Tiles to step through from `start` (exclusive) to `goal` (inclusive). Empty if already there. */
  find(start: number, goal: number): number[] {
    const { map, g, from, stamp, closed } = this;
    if (start === goal) return [];
    this.epoch++;
    const epoch = this.epoch;
    const w = map.width;
    const gx = goal % w;
    const gy = Math.floor(goal / w);
    const h = (i: number) => Math.abs((i % w) - gx) + Math.abs(Math.floor(i / w) - gy);
    const open = new MinHeap();
    g[start] = 0;
    from[start] = -1;
    stamp[start] = epoch;
    open.push(start, h(start));
    let best = start;
    let bestH = h(start);
    for (let cur = open.pop(); cur !== undefined; cur = open.pop()) {
      if (closed[cur] === epoch) continue;
      closed[cur] = epoch;
      if (cur === goal) return this.unwind(goal);
      const hc = h(cur);
      if (hc < bestH) {
        best = cur;
        bestH = hc;
      }
      const x = cur % w;
      const y = (cur - x) / w;
      for (let k = 0; k < 4; k++) {
        const nx = k === 0 ? x + 1 : k === 1 ? x - 1 : x;
        const ny = k === 2 ? y + 1 : k === 3 ? y - 1 : y;
        if (nx < 0 || ny < 0 || nx >= w || ny >= map.height) continue;
        const n = ny * w + nx;
        if (map.blocked[n]) continue;
        const ng = (g[cur] ?? 0) + 1; // set when `cur` was pushed
        if (stamp[n] === epoch && ng >= (g[n] ?? Infinity)) continue;
        stamp[n] = epoch;
        g[n] = ng;
        from[n] = cur;
        open.push(n, ng + h(n));
      }
    }
    return best === start ? [] : this.unwind(best);
  }

  private unwind(end: number): number[] {
    const path: number[] = [];
    let t = end;
    for (let prev = this.from[t]; prev !== undefined && prev !== -1; prev = this.from[t]) {
      path.push(t);
      t = prev;
    }
    return path.reverse();
  }
}
