import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { embedText } from '../minds/offline/embed';
import { Engine } from './engine';
import { retrieve } from './memory/retrieve';
import { smallScenario } from './testing/smallTown';
import { createWorld } from './world/world';

async function town() {
  const world = createWorld(smallScenario(), { seed: 5 });
  const engine = new Engine(world, new OfflineMind());
  for (let i = 0; i < 600; i++) await engine.tick();
  return { world, engine };
}

/** The memory retrieval finds first for `text` by relevance alone. */
function closest(world: Awaited<ReturnType<typeof town>>['world'], agentId: string, text: string) {
  const agent = world.agent(agentId)!;
  return retrieve(agent.memory, {
    now: world.step,
    k: 1,
    weights: { recency: 0, importance: 0, relevance: 1 },
    query: embedText(text),
    touch: false,
  })[0]?.node;
}

describe('editing the past', () => {
  it('forgets a memory; the memories after it keep their own embeddings', async () => {
    const { world, engine } = await town();
    const ada = world.agent('ada')!;
    const size = ada.memory.size;
    const victim = ada.memory.nodes[Math.floor(size / 2)]!;
    const later = ada.memory.nodes[size - 2]!;
    expect(closest(world, 'ada', later.description)?.id).toBe(later.id);
    await engine.execute({ type: 'forgetMemory', agentId: 'ada', memoryId: victim.id });
    expect(ada.memory.size).toBe(size - 1);
    expect(ada.memory.get(victim.id)).toBeUndefined();
    // Rows moved up with their embeddings: the later memory is still found by its own words.
    expect(closest(world, 'ada', later.description)?.id).toBe(later.id);
    await expect(
      engine.execute({ type: 'forgetMemory', agentId: 'ada', memoryId: victim.id }),
    ).rejects.toThrow(/has no memory/);
  });

  it('rewrites a memory: new words, embedded again, and the data of the old words is gone', async () => {
    const { world, engine } = await town();
    const cleo = world.agent('cleo')!;
    const heard = cleo.memory.nodes.find((n) => n.event) ?? cleo.memory.nodes[0]!;
    const text = 'A violin recital is happening at the library on Sunday afternoon.';
    await engine.execute({ type: 'rewriteMemory', agentId: 'cleo', memoryId: heard.id, text });
    const now = cleo.memory.get(heard.id)!;
    expect(now.description).toBe(text);
    expect([now.event, now.gist, now.news, now.seen, now.source]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(closest(world, 'cleo', text)?.id).toBe(heard.id);
    await expect(
      engine.execute({ type: 'rewriteMemory', agentId: 'cleo', memoryId: heard.id, text: '  ' }),
    ).rejects.toThrow(/needs some words/);
  });
});
