import { beforeAll, describe, expect, it } from 'vitest';
import { smallScenario } from '../../sim/testing/smallTown';
import { createWorld } from '../../sim/world/world';
import { restoreWorld } from '../../sim/snapshot';
import { permutationTest } from './compare';
import { experimentCsv, experimentHtml, type ExperimentReport } from './report';
import { runExperiment } from './run';
import { deleteMemories } from './edits';
import { parseExperimentSpec, type ExperimentSpecInput } from './spec';

const scenario = smallScenario();
const story = scenario.storylines[0]!;

/** Deletes the storyline's seed memory, found from the storyline (not by name). */
const noSource: ExperimentSpecInput = {
  spanHours: 30,
  branches: [
    { name: 'control', interventions: [] },
    {
      name: 'no-source',
      interventions: [
        { type: 'deleteMemory', agentId: story.seedAgentId, match: story.knowsIfMentions[0]! },
      ],
    },
  ],
};

describe('experiment specs', () => {
  const fails = (json: unknown) => () => parseExperimentSpec(json);

  it('names each problem with its place in the file', () => {
    expect(fails({ branches: [] })).toThrow(/spanHours: .*\n.*branches: /);
    expect(fails({ town: 'nowhere', spanHours: 1, branches: [{ name: 'a' }] })).toThrow(
      /town: unknown town "nowhere" \(one of default/,
    );
    expect(
      fails({ spanHours: 1, branches: [{ name: 'a', interventions: [{ type: 'teleport' }] }] }),
    ).toThrow(/branches\.0\.interventions\.0\.type/);
    expect(
      fails({
        spanHours: 1,
        branches: [{ name: 'a', interventions: [{ type: 'whisper', agentId: 'x', text: ' ' }] }],
      }),
    ).toThrow(/branches\.0\.interventions\.0\.text: must not be empty/);
    expect(fails({ spanHours: 1, branches: [{ name: 'a' }, { name: 'a' }] })).toThrow(
      /branches\.1\.name: branch name "a" is used twice/,
    );
    expect(fails({ spanHours: 1, seed: 1, seeds: [2], branches: [{ name: 'a' }] })).toThrow(
      /give "seed" or "seeds", not both/,
    );
    expect(fails({ spanHours: 1, extra: true, branches: [{ name: 'a' }] })).toThrow(/extra/);
  });

  it('puts the control first, adding one when no branch is without interventions', () => {
    const whisper = { type: 'whisper', agentId: 'ada', text: 'Rest today.' } as const;
    const added = parseExperimentSpec({
      spanHours: 1,
      branches: [{ name: 'w', interventions: [whisper] }],
    });
    expect(added.branches.map((b) => b.name)).toEqual(['control', 'w']);
    expect(added.seeds).toEqual([1]);
    const moved = parseExperimentSpec({
      spanHours: 1,
      seeds: [3, 4],
      branches: [{ name: 'w', interventions: [whisper] }, { name: 'base' }],
    });
    expect(moved.branches.map((b) => b.name)).toEqual(['base', 'w']);
    expect(moved.seeds).toEqual([3, 4]);
  });

  it('fails before running when an intervention names a person the town lacks', async () => {
    const spec = parseExperimentSpec({
      spanHours: 1,
      branches: [
        { name: 'w', interventions: [{ type: 'whisper', agentId: 'nobody', text: 'hi' }] },
      ],
    });
    await expect(runExperiment(spec, { scenario })).rejects.toThrow(
      /branch "w", intervention 1 \(whisper\): no person with id "nobody"/,
    );
  });
});

describe('deleting memories from a saved state', () => {
  it('drops the memory, its embedding row and citations of it, and the world restores', () => {
    const world = createWorld(scenario, { seed: 1 });
    const seed = world.agent(story.seedAgentId)!;
    const kept = seed.memory.add({
      type: 'thought',
      created: world.step,
      lastAccessed: world.step,
      description: 'A quiet morning.',
      importance: 2,
      keywords: [],
      evidence: [],
    });
    seed.memory.nodes.forEach((n) => seed.memory.setEmbedding(n.id, n === kept ? [0, 1] : [1, 0]));
    const state = world.getState();
    const agent = state.agents.find((a) => a.id === story.seedAgentId)!;
    const before = agent.memory.nodes.length;
    expect(deleteMemories(agent, 'NO SUCH TEXT')).toBe(0);
    expect(deleteMemories(agent, story.knowsIfMentions[0]!.toUpperCase())).toBe(1);
    expect(agent.memory.nodes).toHaveLength(before - 1);
    expect(agent.memory.embedded).toHaveLength(before - 1);
    const restored = restoreWorld(world.map, state).agent(story.seedAgentId)!;
    expect(restored.memory.nodes.some((n) => n.event?.id === story.eventId)).toBe(false);
    expect(restored.memory.nodes.map((n) => n.description)).toEqual([kept.description]);
    expect(restored.memory.isEmbedded(0)).toBe(true);
    expect([...restored.memory.embeddingMatrix().subarray(0, 2)]).toEqual([0, 1]);
  });
});

describe('permutation test', () => {
  it('gives exact two-sided p-values, and none with a single seed', () => {
    expect(permutationTest([1, 2, 3], [4, 5, 6])).toBeCloseTo(0.1);
    expect(permutationTest([1, 1], [1, 1])).toBe(1);
    expect(permutationTest([1], [2, 3])).toBeNull();
  });
});

describe('an experiment on the small town', () => {
  let report: ExperimentReport;
  beforeAll(async () => {
    report = await runExperiment(parseExperimentSpec(noSource), { scenario });
  }, 60_000);

  it('has fewer knowers of the storyline when its seed never had the idea', () => {
    const cmp = report.comparisons[0]!;
    expect(cmp.branch).toBe('no-source');
    const knowers = cmp.metrics.find((m) => m.metric === `knowers.${story.id}`)!;
    expect(knowers.control.mean).toBeGreaterThan(knowers.branch.mean);
    expect(knowers.beyondNoise).toBeNull(); // one seed: nothing to say about noise
    const branch = report.runs.find((r) => r.branch === 'no-source')!;
    expect(branch.applied[0]!.effect).toBe('deleted 1 memory');
    expect(branch.storylines[story.id]!.knowers).toEqual([story.seedAgentId]);
  });

  it('finds where the worlds part: the seed at once, then behaviour later', () => {
    const d = report.comparisons[0]!.divergence[0]!;
    const start = report.runs[0]!.branchStep;
    expect(d.state).toMatchObject({ step: start, people: [story.seedAgentId] });
    expect(d.behaviour!.step).toBeGreaterThan(start);
    expect(d.behaviour!.people.length).toBeGreaterThan(0);
    const seedDiff = report.comparisons[0]!.people.find((p) => p.agentId === story.seedAgentId);
    expect(seedDiff?.fields).toContain('memories');
  });

  it('writes a CSV row per metric and an escaped, text-only HTML page', () => {
    const csv = experimentCsv(report).trim().split('\n');
    expect(csv[0]).toBe('branch,seed,metric,value');
    expect(csv).toContain(`no-source,1,knowers.${story.id},1`);
    const html = experimentHtml({
      ...report,
      spec: {
        ...report.spec,
        branches: [...report.spec.branches, { name: '<script>x</script>', interventions: [] }],
      },
    });
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toMatch(/<script/);
  });
});

describe('determinism', () => {
  it('gives the same report for the same spec twice', async () => {
    const spec = parseExperimentSpec({
      ...noSource,
      seeds: [1, 2],
      startAfterHours: 1,
      spanHours: 2,
      branches: [
        ...noSource.branches,
        {
          name: 'whisper',
          interventions: [
            { type: 'whisper', agentId: 'cleo', text: 'I should visit the café.' },
            { type: 'announce', text: 'Rain is coming.', place: { sector: 'Green Park' } },
            { type: 'setCurrently', agentId: 'ben', text: 'Ben wants a quiet day.' },
          ],
        },
      ],
    });
    const a = await runExperiment(spec, { scenario });
    const b = await runExperiment(spec, { scenario });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.runs.map((r) => r.endHash)).toEqual(b.runs.map((r) => r.endHash));
    expect(a.runs).toHaveLength(6);
    const control = a.comparisons[0]!.metrics[0]!.control;
    expect(control.values).toHaveLength(2);
  }, 60_000);
});
