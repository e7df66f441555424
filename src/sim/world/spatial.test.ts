import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../../minds/offline';
import { defaultScenario } from '../../scenarios/default';
import { Engine } from '../engine';
import { createWorld } from './world';

describe('AgentGrid', () => {
  it('finds exactly the agents a scan would, in town order, as people move', async () => {
    const world = createWorld(defaultScenario(), { seed: 2, agents: 60 });
    const engine = new Engine(world, new OfflineMind());
    const w = world.map.width;
    const cheb = (a: number, b: number) =>
      Math.max(Math.abs((a % w) - (b % w)), Math.abs(Math.floor(a / w) - Math.floor(b / w)));
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 120; i++) await engine.tick();
      for (const a of world.agents) {
        for (const r of [1, 4, 8, 20]) {
          const scan = world.agents.filter((o) => cheb(o.s.tile, a.s.tile) <= r);
          const near = world.grid.near(a.s.tile, r).filter((o) => cheb(o.s.tile, a.s.tile) <= r);
          expect(near).toEqual(scan);
        }
      }
    }
  });

  it('follows an agent placed anywhere', () => {
    const world = createWorld(defaultScenario(), { seed: 1 });
    const [a, b] = world.agents;
    world.placeAgent(a!, world.map.idx(3, 3));
    world.placeAgent(b!, world.map.idx(90, 60));
    expect(world.grid.near(world.map.idx(4, 4), 2)).toContain(a);
    expect(world.grid.near(world.map.idx(4, 4), 2)).not.toContain(b);
    world.placeAgent(b!, world.map.idx(5, 5));
    expect(world.grid.near(world.map.idx(4, 4), 2)).toContain(b);
  });
});
