import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Agent } from './agent/agent';
import { Engine } from './engine';
import { MemoryStream } from './memory/stream';
import { Rng } from './rng';
import { smallScenario } from './testing/smallTown';
import { ObjectStates } from './world/objects';
import { World, createWorld } from './world/world';

/** Every stateful module: how to build one, mutate it, and restore a copy from its JSON state. */
async function worldAfterADay(): Promise<World> {
  const scenario = smallScenario();
  const engine = new Engine(createWorld(scenario, { seed: 9 }), new OfflineMind());
  for (let i = 0; i < 1500; i++) await engine.tick();
  return engine.world;
}

const MODULES: {
  name: string;
  make: () => Promise<{ getState(): unknown }>;
  restore: (state: never, original: never) => { getState(): unknown };
}[] = [
  {
    name: 'Rng',
    make: async () => {
      const r = Rng.fromSeed(3, 'x');
      r.next();
      return r;
    },
    restore: (state) => new Rng(state),
  },
  {
    name: 'MemoryStream',
    make: async () => (await worldAfterADay()).agents[0].memory,
    restore: (state) => {
      const m = new MemoryStream();
      m.setState(state);
      return m;
    },
  },
  {
    name: 'Agent',
    make: async () => (await worldAfterADay()).agents[1],
    restore: (state) => Agent.fromState(state),
  },
  {
    name: 'ObjectStates',
    make: async () => {
      const objects = (await worldAfterADay()).objects;
      if (![...objects.entries()].length) throw new Error('expected objects in use after a day');
      return objects;
    },
    restore: (state) => new ObjectStates(state),
  },
  {
    name: 'World',
    make: worldAfterADay,
    restore: (state, original: World) => new World(original.map, state),
  },
];

describe('getState/setState round trip', () => {
  for (const mod of MODULES) {
    it(`restores ${mod.name} exactly from its JSON state`, async () => {
      const original = await mod.make();
      const json = JSON.parse(JSON.stringify(original.getState()));
      const copy = mod.restore(json as never, original as never);
      expect(JSON.stringify(copy.getState())).toBe(JSON.stringify(original.getState()));
    });
  }
});
