import type { Agent } from '../agent/agent';

/**
 * Where everyone stands, bucketed in square cells, so "who is within r tiles" costs the people in
 * the nearby cells instead of everyone in town. Positions change only through `World.placeAgent`,
 * which keeps the grid in step. Results come in the town's agent order (as a scan of
 * `world.agents` would give them), so using the grid never changes an outcome.
 */
export class AgentGrid {
  private readonly cells = new Map<number, Agent[]>();
  private readonly cellOf = new Map<Agent, number>();
  private readonly order = new Map<Agent, number>();

  constructor(
    private readonly width: number,
    /** Cell side in tiles (the vision radius is a good choice). */
    private readonly cell: number,
    agents: readonly Agent[],
  ) {
    agents.forEach((a, i) => {
      this.order.set(a, i);
      this.add(a, this.cellKey(a.s.tile));
    });
  }

  private cellKey(tile: number): number {
    const x = Math.floor((tile % this.width) / this.cell);
    const y = Math.floor(Math.floor(tile / this.width) / this.cell);
    return y * 65536 + x;
  }

  private add(agent: Agent, key: number): void {
    let bucket = this.cells.get(key);
    if (!bucket) {
      bucket = [];
      this.cells.set(key, bucket);
    }
    bucket.push(agent);
    this.cellOf.set(agent, key);
  }

  /** The agent now stands on `tile` (call after its tile changed). */
  moved(agent: Agent): void {
    const key = this.cellKey(agent.s.tile);
    const old = this.cellOf.get(agent);
    if (old === key) return;
    if (old !== undefined) {
      const bucket = this.cells.get(old);
      if (bucket) {
        const i = bucket.indexOf(agent);
        if (i >= 0) bucket.splice(i, 1);
        if (!bucket.length) this.cells.delete(old);
      }
    }
    this.add(agent, key);
  }

  /** The agent's place in town order (`world.agents`). */
  orderOf(agent: Agent): number {
    return this.order.get(agent) ?? 0;
  }

  /**
   * Agents in the cells that can hold someone within `radius` tiles (Chebyshev) of `tile`, in town
   * order (`inTownOrder`), or in no particular order when the caller sorts anyway. A superset:
   * callers still check the distance.
   */
  near(tile: number, radius: number, inTownOrder = true): Agent[] {
    const cx = Math.floor((tile % this.width) / this.cell);
    const cy = Math.floor(Math.floor(tile / this.width) / this.cell);
    const reach = Math.ceil(radius / this.cell);
    const out: Agent[] = [];
    for (let y = cy - reach; y <= cy + reach; y++) {
      if (y < 0) continue;
      for (let x = cx - reach; x <= cx + reach; x++) {
        if (x < 0) continue;
        const bucket = this.cells.get(y * 65536 + x);
        if (bucket) for (const a of bucket) out.push(a);
      }
    }
    if (!inTownOrder) return out;
    const order = this.order;
    return out.sort((a, b) => order.get(a)! - order.get(b)!);
  }
}
