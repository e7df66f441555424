import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { STEPS_PER_DAY } from '../sim/clock';
import { Engine } from '../sim/engine';
import { serializeWorld, worldHash } from '../sim/snapshot';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { parseCustomQuestions } from './battery';
import { evaluateRun, evaluateSnapshot, interviewAll } from './evaluate';
import { buildReport } from './report';

const scenario = smallScenario();
const base = { scenario, mind: new OfflineMind(), seed: 3, days: 1, condition: 'offline' };

describe('evaluateRun', () => {
  it('is deterministic for a seed', async () => {
    const a = await evaluateRun(base);
    const b = await evaluateRun(base);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.interviews.length).toBeGreaterThan(20);
    expect(a.behaviour?.night.observed).toBeGreaterThan(0);
  });

  it('interviews every category, with checks on every answer', async () => {
    const run = await evaluateRun(base);
    const cats = new Set(run.interviews.map((i) => i.category));
    expect([...cats].sort()).toEqual(['memory', 'plans', 'reactions', 'reflections', 'self']);
    expect(run.interviews.every((i) => i.checks.length > 0)).toBe(true);
    const report = buildReport([run], { scenario: 'small', map: 'small', days: 1 });
    expect(report.summary.byCheck.identity?.total).toBeGreaterThan(0);
  });

  it('leaves the town exactly as a run without interviews', async () => {
    const world = createWorld(scenario, { seed: 3 });
    const engine = new Engine(world, new OfflineMind());
    for (let i = 0; i < STEPS_PER_DAY / 2; i++) await engine.tick();
    const before = worldHash(world);
    const asked = await interviewAll(engine);
    expect(asked.length).toBeGreaterThan(10);
    expect(worldHash(world)).toBe(before);
  });

  it('fills the placeholders of custom questions', async () => {
    const questions = parseCustomQuestions([
      { category: 'memory', question: 'What do you think of {person}, {name}?' },
    ]);
    const world = createWorld(scenario, { seed: 3 });
    const run = await evaluateSnapshot(world, new OfflineMind(), { questions });
    const custom = run.interviews.filter((i) => i.template === 'custom.1');
    expect(custom).toHaveLength(3);
    const ada = custom.find((i) => i.agentId === 'ada')!;
    expect(ada.question).toBe('What do you think of Ben Marsh, Ada Quill?');
  });

  it('refuses a malformed questions file with a clear message', () => {
    expect(() => parseCustomQuestions([{ category: 'gossip', question: 'x' }])).toThrow(
      /Invalid questions file: 0.category/,
    );
  });
});

describe('evaluateSnapshot', () => {
  it('measures a copy and changes nothing in it', async () => {
    const world = createWorld(scenario, { seed: 3 });
    const before = JSON.stringify(serializeWorld(world));
    const run = await evaluateSnapshot(world, new OfflineMind(), {});
    expect(run.behaviour).toBeNull();
    expect(run.storylines.tasting.toldFraction).toBeCloseTo(1 / 3);
    expect(JSON.stringify(serializeWorld(world))).toBe(before);
  });
});

describe('ablations', () => {
  it('without memory, no answer draws on a memory', async () => {
    const run = await evaluateRun({ ...base, ablate: { memory: true }, condition: 'no-memory' });
    expect(run.interviews.every((i) => i.usedMemoryIds.length === 0)).toBe(true);
  });

  it('without reflection, no thoughts with evidence are written', async () => {
    const config = { reflectThreshold: 20 };
    const ablated = createWorld(scenario, {
      seed: 3,
      config: { ...config, ablate: { reflection: true } },
    });
    const run = await evaluateRun({ ...base, world: ablated, condition: 'no-reflection' });
    expect(run.language.reflections.count).toBe(0);
    const world = createWorld(scenario, { seed: 3, config });
    const full = await evaluateRun({ ...base, world });
    expect(full.language.reflections.count).toBeGreaterThan(0);
  });

  it('without planning, no plan memories are stored', async () => {
    const world = createWorld(scenario, { seed: 3, config: { ablate: { planning: true } } });
    await evaluateRun({ ...base, world, condition: 'no-planning' });
    const plans = world.agents.flatMap((a) => a.memory.nodes).filter((n) => n.type === 'plan');
    expect(plans).toHaveLength(0);
  });
});
