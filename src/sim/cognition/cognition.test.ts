import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../../minds/offline';
import { Engine } from '../engine';
import { smallScenario } from '../testing/smallTown';
import { createWorld, type World } from '../world/world';
import { converse } from './converse';
import { perceive } from './perceive';
import { CHATS_PER_DAY, chatsToday, countChat, mayTalk } from './react';
import { reflect, shouldReflect } from './reflect';

function setup(): { world: World; engine: Engine } {
  const world = createWorld(smallScenario(), { seed: 1 });
  return { world, engine: new Engine(world, new OfflineMind()) };
}

describe('perceive', () => {
  it('sees agents within the radius in the same arena and skips retained events', () => {
    const { world } = setup();
    const [ada, ben, cleo] = world.agents;
    const park = world.map.arena('Green Park', 'park')!;
    world.placeAgent(ada, world.map.idx(5, 12));
    world.placeAgent(ben, world.map.idx(8, 12)); // 3 tiles away, same arena
    world.placeAgent(cleo, world.map.idx(20, 12)); // 15 tiles away
    expect(world.map.arenaOf(ada.s.tile)).toBe(park);
    const first = perceive(world, ada);
    expect(first.agents.map((a) => a.id)).toEqual(['ben']);
    expect(first.newEvents).toBe(1);
    expect(ada.memory.nodes.at(-1)!.description).toBe(`Ben Marsh is ${ben.s.action.description}`);
    expect(ada.memory.nodes.at(-1)!.subjectId).toBe('ben');
    const again = perceive(world, ada);
    expect(again.newEvents).toBe(0); // retention: already among the last perceived
    expect(again.agents.map((a) => a.id)).toEqual(['ben']);
  });

  it('does not see through walls into another arena', () => {
    const { world } = setup();
    const [ada, ben] = world.agents;
    world.placeAgent(ada, world.map.idx(23, 5)); // café
    world.placeAgent(ben, world.map.idx(23, 10)); // street just outside
    expect(perceive(world, ada).agents).toEqual([]);
  });

  it('attends to at most the bandwidth nearest events', () => {
    const world = createWorld(smallScenario(), {
      seed: 1,
      agents: 12,
      config: { attentionBandwidth: 3 },
    });
    for (const [i, a] of world.agents.entries()) world.placeAgent(a, world.map.idx(4 + i, 13));
    const res = perceive(world, world.agents[0]);
    expect(res.newEvents).toBe(3);
    expect(res.agents.map((a) => a.s.tile)).toEqual([5, 6, 7].map((x) => world.map.idx(x, 13)));
  });
});

describe('converse', () => {
  it('passes news to the listener, who remembers who told it, and both summarise', async () => {
    const { world, engine } = setup();
    const [ada, , cleo] = world.agents;
    world.step += 9 * 360; // mid-morning, chat hours
    world.placeAgent(ada, world.map.idx(5, 12));
    world.placeAgent(cleo, world.map.idx(6, 12));
    await engine.run([{ agentId: ada.id, gen: converse(world, ada, cleo) }]);
    const conv = world.conversations.at(-1)!;
    expect(conv.lines.length).toBeGreaterThanOrEqual(2);
    expect(conv.lines.length).toBeLessThanOrEqual(2 * world.config.maxChatRounds);
    const heard = cleo.memory.nodes.find((n) => n.event?.id === 'tasting');
    expect(heard?.source).toBe('ada');
    expect(heard?.description).toMatch(/^Ada Quill told me that/);
    for (const [x, y] of [
      [ada, cleo],
      [cleo, ada],
    ]) {
      expect(x.memory.nodes.some((n) => n.type === 'chat' && n.chatId === conv.id)).toBe(true);
      expect(x.s.relationships[y.id].timesTalked).toBe(1);
      expect(x.s.chat?.partnerId).toBe(y.id);
    }
    expect(cleo.s.replanRequested).toBe(true);
  });
});

describe('reflect', () => {
  it('triggers past the importance threshold and writes insights citing evidence', async () => {
    const { world, engine } = setup();
    const ben = world.agents[1];
    for (let i = 0; i < 12; i++)
      ben.memory.add({
        type: 'event',
        description: `Ada Quill is brewing coffee at the coffee machine`,
        importance: 3,
        created: world.step + i,
        lastAccessed: world.step + i,
        keywords: [],
        evidence: [],
        subjectId: 'ada',
        seen: { subjectId: 'ada', action: 'brewing coffee', object: 'coffee machine' },
      });
    ben.s.importanceSinceReflect = world.config.reflectThreshold + 1;
    expect(shouldReflect(world, ben)).toBe(true);
    const later = world.step + 100;
    world.step = later;
    const [added] = (await engine.run([{ agentId: ben.id, gen: reflect(world, ben) }])) as number[];
    expect(added).toBeGreaterThan(0);
    // As in the paper: focal questions first, then retrieval per question, then insights.
    const about = ben.memory.nodes.filter((n) => n.type === 'thought' && n.subjectId === 'ada');
    expect(about.length).toBeGreaterThan(0);
    expect(about[0].description).toMatch(/Ada/);
    for (const id of about[0].evidence) expect(ben.memory.get(id)?.subjectId).toBe('ada');
    // Retrieval per focal question refreshed the access time of what it found.
    expect(ben.memory.nodes.some((n) => n.type === 'event' && n.lastAccessed === later)).toBe(true);
    expect(ben.s.importanceSinceReflect).toBe(0);
  });
});

describe('social energy', () => {
  it('stops anyone joining more than CHATS_PER_DAY conversations in a day, and renews it the next day', () => {
    const { world } = setup();
    const [ada, ben] = world.agents;
    world.step = 10 * 360; // day 1, 10:00: chat hours
    world.placeAgent(ada, world.map.idx(5, 12));
    world.placeAgent(ben, world.map.idx(7, 12));
    for (const a of [ada, ben]) a.s.action = { ...a.s.action, kind: 'act' };
    expect(mayTalk(world, ada, ben)).toBe(true);
    for (let i = 0; i < CHATS_PER_DAY; i++) countChat(world, ben);
    expect(chatsToday(world, ben)).toBe(CHATS_PER_DAY);
    expect(mayTalk(world, ada, ben)).toBe(false);
    world.step += 24 * 360; // the next day
    expect(chatsToday(world, ben)).toBe(0);
    expect(mayTalk(world, ada, ben)).toBe(true);
  });
});
