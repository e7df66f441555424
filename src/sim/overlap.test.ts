import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Engine, type EngineEvent } from './engine';
import type { Mind, MindCall, QuestionKind, QuestionRes } from './mind';
import { worldHash } from './snapshot';
import { smallScenario } from './testing/smallTown';
import { createWorld } from './world/world';

/** A mind whose decisions (not bookkeeping) wait until the test lets them through. */
class GatedMind implements Mind {
  readonly name = 'gated';
  private readonly inner = new OfflineMind();
  readonly held: { kind: QuestionKind; release: () => void }[] = [];
  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const res = this.inner.answer(call);
    if (call.kind === 'embed' || call.kind === 'rateImportance') return res;
    return new Promise((resolve) =>
      this.held.push({ kind: call.kind, release: () => resolve(res) }),
    );
  }
  releaseAll(): void {
    for (const h of this.held.splice(0)) h.release();
  }
}

const instant = { now: () => 0, wait: () => Promise.resolve() };

describe('overlap', () => {
  it('changes nothing when answers come at once (offline runs stay the same)', async () => {
    const run = async (overlap: boolean) => {
      const engine = new Engine(
        createWorld(smallScenario(), { seed: 3 }),
        new OfflineMind(),
        overlap ? { overlap: { graceMs: 0, maxLagSteps: 5, ...instant } } : {},
      );
      for (let i = 0; i < 600; i++) await engine.tick();
      return worldHash(engine.world);
    };
    expect(await run(true)).toBe(await run(false));
  });

  it('lets the town step on while an agent waits, and delivers the answer at a later step', async () => {
    const mind = new GatedMind();
    const world = createWorld(smallScenario(), { seed: 3 });
    const events: EngineEvent[] = [];
    const engine = new Engine(world, mind, {
      overlap: { graceMs: 0, maxLagSteps: 1000, ...instant },
    });
    engine.observe((e) => events.push(e));
    // Run to the first decision: the steps complete although nobody has answered.
    let guard = 0;
    while (!mind.held.length && guard++ < 2000) await engine.tick();
    expect(mind.held.length).toBeGreaterThan(0);
    const asked = world.step;
    await engine.tick();
    await engine.tick();
    expect(world.step).toBe(asked + 2);
    expect(engine.parkedCount).toBeGreaterThan(0);
    expect(world.midThought.size).toBeGreaterThan(0);
    mind.releaseAll();
    await new Promise((r) => setTimeout(r, 0));
    await engine.tick();
    const delivered = events.find((e) => e.type === 'delivered');
    expect(delivered && delivered.type === 'delivered' && delivered.step).toBe(asked + 2);
  });

  it('waits for an answer once it is maxLagSteps old, and a drain step leaves nothing parked', async () => {
    const mind = new GatedMind();
    const world = createWorld(smallScenario(), { seed: 3 });
    const engine = new Engine(world, mind, { overlap: { graceMs: 0, maxLagSteps: 3, ...instant } });
    let guard = 0;
    while (!mind.held.length && guard++ < 2000) await engine.tick();
    const asked = world.step;
    for (let i = 0; i < 3; i++) await engine.tick();
    // The question is now 3 steps old: the next step waits until its answer comes.
    let done = false;
    const next = engine.tick().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    expect(world.step).toBe(asked + 3);
    mind.releaseAll();
    // Later questions are released as they come, so the step can finish.
    const pump = setInterval(() => mind.releaseAll(), 1);
    await next;
    const drained = engine.tick({ drain: true });
    await drained;
    clearInterval(pump);
    expect(engine.parkedCount).toBe(0);
    expect(world.midThought.size).toBe(0);
  });
});
