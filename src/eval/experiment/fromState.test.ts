import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../../minds/offline';
import { Engine } from '../../sim/engine';
import { smallScenario } from '../../sim/testing/smallTown';
import { createWorld } from '../../sim/world/world';
import { PersonaSchema } from '../../sim/agent/persona';
import { compareBranches } from './compare';
import { editState } from './edits';
import type { RunMetrics } from './run';
import { reseedState, runFromState } from './fromState';
import { parseExperimentSpec } from './spec';

const scenario = smallScenario();

/** The small town run for a few game hours: a town "as it is" to branch from. */
async function townAt(steps: number) {
  const world = createWorld(scenario, { seed: 3 });
  const engine = new Engine(world, new OfflineMind());
  for (let i = 0; i < steps; i++) await engine.tick();
  return world.getState();
}

const spec = (branches: unknown, spanHours = 2, seeds = [1]) =>
  parseExperimentSpec({ spanHours, seeds, branches });

describe('experiments from a town as it is', () => {
  it('gives each seed its own future from the same moment, and the same one twice', async () => {
    const state = await townAt(60);
    const s = spec([{ name: 'control' }], 2, [1, 2]);
    const input = { map: scenario.map, state, spec: s };
    const one = await runFromState(input, 1);
    const again = await runFromState(input, 1);
    const two = await runFromState(input, 2);
    expect(again.runs[0]!.endHash).toBe(one.runs[0]!.endHash);
    expect(two.runs[0]!.endHash).not.toBe(one.runs[0]!.endHash);
    expect(one.runs[0]!.branchStep).toBe(state.step);
    // Reseeding leaves the state otherwise alone.
    const reseeded = reseedState(state, 5);
    expect({ ...reseeded, rng: null, agents: null }).toEqual({ ...state, rng: null, agents: null });
    expect(reseeded.agents[0]!.rng).not.toEqual(state.agents[0]!.rng);
  });

  it('removes a person: the branch runs without them and diverges at them first', async () => {
    const state = await townAt(30);
    const gone = state.agents[1]!.id;
    const s = spec([
      { name: 'control' },
      { name: 'without', interventions: [{ type: 'removePerson', agentId: gone }] },
    ]);
    const res = await runFromState({ map: scenario.map, state, spec: s }, 1);
    const [control, branch] = res.runs;
    expect(Object.keys(control!.people)).toContain(gone);
    expect(Object.keys(branch!.people)).not.toContain(gone);
    expect(branch!.applied[0]!.effect).toMatch(/^removed/);
    expect(res.divergences[0]!.behaviour?.people).toContain(gone);
    const edited = structuredClone(state);
    editState(edited, { type: 'removePerson', agentId: gone });
    for (const a of edited.agents) expect(a.relationships[gone]).toBeUndefined();
  });

  it('moves an event in every memory that carries it, and refuses an unknown one', async () => {
    const state = await townAt(10);
    const edited = structuredClone(state);
    expect(editState(edited, { type: 'moveEvent', eventId: 'tasting', startHour: 9 })).toMatch(
      /moved in 1 memory/,
    );
    const event = edited.agents
      .flatMap((a) => a.memory.nodes)
      .map((n) => ('event' in n ? n.event : undefined))
      .find((e) => e?.id === 'tasting');
    expect(event).toMatchObject({ startHour: 9, endHour: 11, day: 2 });
    const s = spec([
      { name: 'control' },
      { name: 'moved', interventions: [{ type: 'moveEvent', eventId: 'nope', day: 3 }] },
    ]);
    await expect(runFromState({ map: scenario.map, state, spec: s }, 1)).rejects.toThrow(
      /nobody remembers an event with id "nope"/,
    );
  });

  it("forgets a storyline at its source by the memories' data: fewer people learn it", async () => {
    const state = await townAt(6);
    const story = scenario.storylines[0]!;
    const s = spec(
      [
        { name: 'control' },
        {
          name: 'no-source',
          interventions: [{ type: 'forgetStoryline', storylineId: story.id, who: 'source' }],
        },
      ],
      30,
    );
    const res = await runFromState({ map: scenario.map, state, spec: s }, 1);
    const [control, branch] = res.runs;
    expect(branch!.applied[0]!.effect).toBe('forgot 1 memories');
    expect(control!.storylines[story.id]!.told).toBeGreaterThan(1);
    expect(branch!.storylines[story.id]!.told).toBeLessThan(control!.storylines[story.id]!.told);
  });

  it('adds a newcomer who wakes, plans and lives among the others, known to whom they name', async () => {
    const state = await townAt(6 * 60 * 2); // 08:00 on day 1
    const host = scenario.personas[0]!;
    const persona = {
      ...scenario.personas[1]!,
      id: 'newcomer',
      name: 'Nell Newcomer',
      relationships: [{ id: host.id, relation: 'an old friend', closeness: 0.7 }],
      seedMemories: [{ text: 'I have just moved here.' }],
    };
    const s = spec(
      [{ name: 'control' }, { name: 'arrival', interventions: [{ type: 'addPerson', persona }] }],
      4,
    );
    const res = await runFromState({ map: scenario.map, state, spec: s }, 1);
    const [control, branch] = res.runs;
    expect(control!.people['newcomer']).toBeUndefined();
    const nell = branch!.people['newcomer']!;
    expect(branch!.applied[0]!.effect).toBe('added with 1 tie');
    expect(nell.action).not.toBe('sleeping');
    expect(nell.memories).toBeGreaterThan(1);
    const twice = structuredClone(state);
    editState(twice, { type: 'addPerson', persona: PersonaSchema.parse(persona) }, scenario.map);
    expect(() =>
      editState(twice, { type: 'addPerson', persona: PersonaSchema.parse(persona) }, scenario.map),
    ).toThrow(/already in the town/);
    expect(twice.agents.find((a) => a.id === host.id)!.relationships['newcomer']).toBeDefined();
  });

  it('changes traits', async () => {
    const state = await townAt(1);
    const id = state.agents[0]!.id;
    editState(state, { type: 'setTraits', agentId: id, traits: ['shy', 'careful'] });
    expect(state.agents[0]!.persona.traits).toEqual(['shy', 'careful']);
  });
});

describe('beyond noise', () => {
  /** A run whose only measure is its conversations (the rest empty). */
  const run = (branch: string, seed: number, conversations: number) =>
    ({
      branch,
      seed,
      storylines: {},
      density: { atBranch: 0, end: 0 },
      conversations,
      attendance: [],
      people: {},
    }) as unknown as RunMetrics;
  const verdict = (control: number[], branch: number[]) =>
    compareBranches(
      [...control.map((v, i) => run('c', i, v)), ...branch.map((v, i) => run('b', i, v))],
      [],
      ['c', 'b'],
    )[0]!.metrics.find((m) => m.metric === 'conversations')!.beyondNoise;

  it('needs the seeds of the branch and of the control not to overlap', () => {
    expect(verdict([10, 11, 12], [20, 21, 22])).toBe(true);
    expect(verdict([10, 11, 12], [2, 3, 4])).toBe(true);
    // The branch's mean (12.3) is outside the control's range, but its seeds overlap it.
    expect(verdict([10, 10.5, 11], [11, 12, 14])).toBe(false);
    expect(verdict([10], [20])).toBeNull();
  });
});
