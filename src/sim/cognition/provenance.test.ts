import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../../minds/offline';
import { STEPS_PER_HOUR } from '../clock';
import { Engine } from '../engine';
import type { MindCall } from '../mind';
import { smallScenario } from '../testing/smallTown';
import { createWorld } from '../world/world';

describe('action provenance', () => {
  it('gives every action a mind chose the id of that call', async () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const calls = new Map<string, MindCall & { step: number }>();
    const engine = new Engine(world, new OfflineMind());
    engine.observe((e) => {
      if (e.type === 'mindCall') calls.set(e.call.id, { ...e.call, step: world.step });
    });
    const checked = { act: 0, chat: 0, fresh: 0 };
    // From before dawn to past midday: sleep, waking, work and (in this town) conversations.
    for (let i = 0; i < 10 * STEPS_PER_HOUR; i++) {
      await engine.tick();
      for (const agent of world.agents) {
        const action = agent.s.action;
        if (action.kind === 'sleep' || action.kind === 'idle') {
          // Rules chose these, not a mind.
          expect(action.opId).toBeUndefined();
          continue;
        }
        const call = action.opId ? calls.get(action.opId) : undefined;
        expect(call, `${agent.id}: "${action.description}" has no known op id`).toBeDefined();
        if (!call) continue;
        if (action.kind === 'act') {
          expect(call.kind).toBe('decompose');
          expect(call.agentId).toBe(agent.id);
          checked.act++;
        } else {
          expect(call.kind).toBe('decideToTalk');
          expect([agent.id, agent.s.chat?.partnerId]).toContain(call.agentId);
          checked.chat++;
        }
        if (action.startStep !== world.step) continue;
        // Started this step after decomposing: the op id is one of this step's calls.
        const decomposedNow = [...calls.values()].some(
          (c) => c.step === world.step && c.kind === 'decompose' && c.agentId === agent.id,
        );
        if (action.kind === 'act' && decomposedNow) {
          expect(call.step).toBe(world.step);
          checked.fresh++;
        }
      }
    }
    expect(checked.act).toBeGreaterThan(0);
    expect(checked.chat).toBeGreaterThan(0);
    expect(checked.fresh).toBeGreaterThan(0);
  });
});
