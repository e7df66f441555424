import { describe, expect, it } from 'vitest';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { memoryDependents } from './dependents';
import type { CallInfo, CallSource } from './why';

describe('memoryDependents', () => {
  it('lists the reflections citing a memory, the calls that were given it, and who was told', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const ada = world.agent('ada')!;
    const base = ada.memory.nodes[0]!;
    base.sharedWith = ['ben'];
    ada.memory.add({
      type: 'thought',
      created: 10,
      lastAccessed: 10,
      description: 'Things are looking up.',
      importance: 5,
      keywords: [],
      evidence: [base.id],
    } as unknown as Parameters<typeof ada.memory.add>[0]);
    const call = (opId: string, ids: string[]): CallInfo => ({
      opId,
      agentId: 'ada',
      kind: 'decideToTalk',
      step: 20,
      req: { memories: ids.map((id) => ({ id })) },
      result: {},
    });
    const list = [call('op1', [base.id]), call('op2', ['m999'])];
    const calls: CallSource = {
      find: (id) => list.find((c) => c.opId === id),
      forAgent: (id) => list.filter((c) => c.agentId === id),
    };
    const deps = memoryDependents(world, 'ada', base.id, calls)!;
    expect(deps.reflections.map((r) => r.description)).toEqual(['Things are looking up.']);
    expect(deps.calls.map((c) => c.opId)).toEqual(['op1']);
    expect(deps.toldTo).toEqual([world.agent('ben')!.name]);
    expect(memoryDependents(world, 'ada', 'm999', calls)).toBeNull();
    // In a replay there is no call log: the reflections are still known.
    expect(memoryDependents(world, 'ada', base.id, null)!.calls).toEqual([]);
  });
});
