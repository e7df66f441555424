import { describe, expect, it } from 'vitest';
import { smallScenario } from '../testing/smallTown';
import { createWorld } from '../world/world';
import { importanceItems } from './importanceItems';
import { perceive } from './perceive';
import { remember } from './recall';

describe('importance items', () => {
  it('describes heard things by teller, invitation and closeness', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const [ada, ben] = world.agents;
    const tasting = ada.persona.seedMemories[0].event!;
    const heard = remember(world, ben, {
      type: 'event',
      description: `${ada.name} told me that she is hosting ${tasting.what}.`,
      gist: `${ada.name} is hosting ${tasting.what}.`,
      event: tasting,
      source: ada.id,
      subjectId: ada.id,
    });
    const [item] = importanceItems(world, ben, [heard]);
    expect(item.invitation).toBe(true);
    expect(item.source?.id).toBe(ada.id);
    expect(item.source?.closeness).toBe(ben.s.relationships[ada.id]?.closeness ?? 0);
    // The host's own memory of the event says how much it mattered to her.
    expect(item.source?.importance).toBe(ada.memory.nodes.find((n) => n.event)!.importance || null);
    expect(item.concernsSelf).toBeUndefined();
  });

  it('counts how often the same sight is already stored', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const [ada] = world.agents;
    const sight = { subjectId: 'ben', action: 'sweeping the paths' };
    const nodes = [0, 1, 2].map(() =>
      remember(world, ada, {
        type: 'event',
        description: 'Ben Marsh is sweeping the paths',
        seen: sight,
      }),
    );
    expect(importanceItems(world, ada, nodes).map((i) => i.repeats)).toEqual([0, 1, 2]);
  });
});

describe('perception of repeated sights', () => {
  it('stores the same sight once an hour even when retention has forgotten it', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const [ada, ben] = world.agents;
    world.placeAgent(ada, world.map.idx(5, 12));
    world.placeAgent(ben, world.map.idx(8, 12));
    expect(perceive(world, ada).newEvents).toBe(1);
    ada.s.recentPerceived = [];
    world.step += 10;
    expect(perceive(world, ada).newEvents).toBe(0);
    ada.s.recentPerceived = [];
    world.step += 360;
    expect(perceive(world, ada).newEvents).toBe(1);
  });
});
