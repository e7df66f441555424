import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../scripts/llm-test-server';
import { Engine } from '../../sim/engine';
import { smallScenario } from '../../sim/testing/smallTown';
import { createWorld } from '../../sim/world/world';
import { mindFor, startServer } from './testing/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** From 06:00 to about 08:30 of day 1: everyone is up, plans and moves; some meet. */
const STEPS = 900;

describe('the small town on the LLM mind', () => {
  it('keeps living: plans, actions, a full mind log and no fallbacks', async () => {
    const mind = mindFor(server);
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, mind);
    for (let i = 0; i < STEPS; i++) await engine.tick();

    for (const agent of world.agents) {
      expect(agent.s.plan, agent.id).not.toBeNull();
      expect(agent.s.action.description, agent.id).not.toBe('sleeping');
      expect(agent.memory.nodes.length, agent.id).toBeGreaterThan(0);
      expect(agent.memory.dim).toBe(64); // embedded by the server, not the offline embedder
    }
    const log = mind.getLog();
    expect(log.length).toBeGreaterThan(10);
    expect(log.filter((e) => e.fallback)).toEqual([]);
    expect(mind.getNotices()).toEqual([]);
    const kinds = new Set(log.map((e) => e.kind));
    for (const k of ['planDay', 'scheduleHours', 'decompose', 'rateImportance', 'embed'])
      expect(kinds).toContain(k);

    // A plan memory points back at the mind call that produced it.
    const plan = world.agents[0].memory.nodes.find((n) => n.type === 'plan' && n.opId)!;
    expect(mind.getLog({ opId: plan.opId })[0]).toMatchObject({ kind: 'planDay', agentId: 'ada' });
    // Every question the engine asked is accounted for.
    const asked = Object.values(world.stats.mindCalls).reduce((a, b) => a + b, 0);
    expect(mind.getUsage().totals.calls).toBe(asked);
  });
});
