import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { STEPS_PER_DAY, STEPS_PER_HOUR } from './clock';
import type { Command } from './commands';
import { Engine, type EngineEvent } from './engine';
import type { Mind, MindCall, QuestionKind } from './mind';
import { restoreWorld, worldHash } from './snapshot';
import { smallScenario } from './testing/smallTown';
import { createWorld } from './world/world';

async function runSteps(engine: Engine, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) await engine.tick();
}

/** The offline mind behind random delays, answering out of order. */
class SlowMind implements Mind {
  readonly name = 'slow';
  private inner = new OfflineMind();
  private n = 0;
  answer<K extends QuestionKind>(call: MindCall<K>) {
    const delay = (this.n++ * 7919) % 5;
    const res = this.inner.answer(call);
    return new Promise<typeof res>((resolve) => setTimeout(() => resolve(res), delay));
  }
}

describe('engine determinism', () => {
  it('gives the same world hash after a game day for the same seed', async () => {
    const a = new Engine(createWorld(smallScenario(), { seed: 7 }), new OfflineMind());
    const b = new Engine(createWorld(smallScenario(), { seed: 7 }), new OfflineMind());
    await runSteps(a, STEPS_PER_DAY);
    await runSteps(b, STEPS_PER_DAY);
    expect(worldHash(a.world)).toBe(worldHash(b.world));
    expect(a.world.stats.conversations).toBeGreaterThan(0);
  });

  it('gives a different world for a different seed', async () => {
    const a = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    const b = new Engine(createWorld(smallScenario(), { seed: 2 }), new OfflineMind());
    await runSteps(a, 6 * STEPS_PER_HOUR);
    await runSteps(b, 6 * STEPS_PER_HOUR);
    expect(worldHash(a.world)).not.toBe(worldHash(b.world));
  });

  it('does not depend on how long mind answers take (lockstep)', async () => {
    const fast = new Engine(createWorld(smallScenario(), { seed: 3 }), new OfflineMind());
    const slow = new Engine(createWorld(smallScenario(), { seed: 3 }), new SlowMind());
    await runSteps(fast, 3 * STEPS_PER_HOUR);
    await runSteps(slow, 3 * STEPS_PER_HOUR);
    expect(worldHash(slow.world)).toBe(worldHash(fast.world));
  });

  it('replays a run from seed and tape to the same hash', async () => {
    const live = new Engine(createWorld(smallScenario(), { seed: 5 }), new OfflineMind());
    const tape: { step: number; command: Command }[] = [];
    live.observe((e) => {
      if (e.type === 'commandsApplied')
        for (const command of e.commands) tape.push({ step: e.step, command });
    });
    await runSteps(live, 100);
    live.enqueue({
      type: 'whisper',
      agentId: 'ben',
      text: 'You want to visit Corner Café this afternoon.',
    });
    await runSteps(live, 200);
    live.enqueue({ type: 'announceEvent', text: 'A hot-air balloon lands in Green Park!' });
    await live.flush();
    await runSteps(live, 200);

    const replay = new Engine(createWorld(smallScenario(), { seed: 5 }), new OfflineMind());
    while (replay.world.step < live.world.step) {
      for (const e of tape.filter((t) => t.step === replay.world.step)) replay.enqueue(e.command);
      await replay.tick();
    }
    expect(worldHash(replay.world)).toBe(worldHash(live.world));
  });

  it('continues identically after a save/restore round trip', async () => {
    const scenario = smallScenario();
    const a = new Engine(createWorld(scenario, { seed: 11 }), new OfflineMind());
    await runSteps(a, 2 * STEPS_PER_HOUR);
    const state = JSON.parse(JSON.stringify(a.world.getState()));
    const b = new Engine(restoreWorld(scenario.map, state), new OfflineMind());
    expect(worldHash(b.world)).toBe(worldHash(a.world));
    await runSteps(a, 3 * STEPS_PER_HOUR);
    await runSteps(b, 3 * STEPS_PER_HOUR);
    expect(worldHash(b.world)).toBe(worldHash(a.world));
  });
});

describe('commands', () => {
  it('stores a whisper as a high-importance thought and re-plans', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    await runSteps(engine, 4 * STEPS_PER_HOUR);
    const ben = engine.world.agent('ben')!;
    engine.enqueue({
      type: 'whisper',
      agentId: 'ben',
      text: 'You want to visit Corner Café this afternoon.',
    });
    await engine.tick();
    const thought = ben.memory.nodes.find((n) => n.description.includes('visit Corner Café'));
    expect(thought?.type).toBe('thought');
    expect(thought?.importance).toBeGreaterThanOrEqual(8);
    const blocks = ben.s.plan!.blocks.map((b) => b.place?.sector);
    expect(blocks).toContain('Corner Café');
  });

  it('answers an interview from memories without changing the agent', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    await runSteps(engine, 60);
    const ada = engine.world.agent('ada')!;
    const before = JSON.stringify(ada.getState());
    const ev = await engine.execute({
      type: 'interview',
      agentId: 'ada',
      question: 'Are you hosting a tasting evening?',
      remember: false,
      requestId: 'r1',
    });
    expect(ev.answer.toLowerCase()).toContain('tasting');
    expect(ev.usedMemoryIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(ada.getState())).toBe(before);
  });

  it('delivers an announcement only to agents at the place', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    await runSteps(engine, 3 * STEPS_PER_HOUR);
    const atCafe = engine.world.agents.filter(
      (a) => engine.world.map.arenaOf(a.s.tile)?.sector === 'Corner Café',
    );
    const ev = await engine.execute({
      type: 'announceEvent',
      text: 'The espresso machine exploded!',
      place: { sector: 'Corner Café' },
    });
    expect(ev.reached.sort()).toEqual(atCafe.map((a) => a.id).sort());
    for (const a of engine.world.agents) {
      const heard = a.memory.nodes.some((n) => n.description.includes('espresso machine exploded'));
      expect(heard).toBe(atCafe.includes(a));
    }
  });

  it('reports a clear error for a command about an unknown agent', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    const events: EngineEvent[] = [];
    engine.observe((e) => events.push(e));
    await expect(
      engine.execute({ type: 'whisper', agentId: 'nobody', text: 'hi' }),
    ).rejects.toThrow('No agent with id "nobody"');
    expect(events.find((e) => e.type === 'commandError')).toMatchObject({ command: 'whisper' });
    // The failed command is still on the record: replay applies it and fails the same way.
    expect(events[0]).toMatchObject({ type: 'commandsApplied', commands: [{ type: 'whisper' }] });
  });

  it('returns what each command did', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 1 }), new OfflineMind());
    const { memoryId } = await engine.execute({ type: 'whisper', agentId: 'ada', text: 'Hum.' });
    expect(engine.world.agent('ada')!.memory.get(memoryId)?.description).toBe('Hum.');
    const weights = { recency: 1, importance: 2, relevance: 3 };
    expect(await engine.execute({ type: 'setWeights', weights })).toEqual({ weights });
  });
});

describe('mind failures', () => {
  it('answers from the fallback mind when the main mind rejects, and reports it', async () => {
    const failing: Mind = {
      name: 'failing',
      answer: () => Promise.reject(new Error('server exploded')),
    };
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, failing, { fallback: new OfflineMind() });
    const events: EngineEvent[] = [];
    engine.observe((e) => events.push(e));
    await runSteps(engine, 50);
    expect(world.step).toBe(world.startStep + 50);
    expect(world.agents.some((a) => a.s.plan)).toBe(true);
    const errors = events.filter((e) => e.type === 'mindError');
    const calls = events.filter((e) => e.type === 'mindCall');
    expect(calls.every((e) => e.fallback && e.mind === 'failing')).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ message: 'server exploded' });
  });
});
