import { describe, expect, it } from 'vitest';
import { remember } from '../sim/cognition/recall';
import { STEPS_PER_HOUR } from '../sim/clock';
import { smallScenario } from '../sim/testing/smallTown';
import { tellTasting } from './testing/tasting';
import { createWorld } from '../sim/world/world';
import { rankConditions } from './report';
import { measureDensity, measureStorylines } from './social';
import type { InterviewRecord } from './types';

function tellingTown() {
  const world = createWorld(smallScenario(), { seed: 1 });
  world.step += 2 * STEPS_PER_HOUR;
  tellTasting(world, 'ada', 'ben');
  world.step += 2 * STEPS_PER_HOUR;
  tellTasting(world, 'ben', 'cleo');
  return world;
}

describe('storylines', () => {
  it('rebuilds the told-by chain with hops, and knowers by the hour', () => {
    const world = tellingTown();
    const s = measureStorylines(world, null).tasting;
    expect(s.chains.map((e) => [e.from, e.to, e.hop])).toEqual([
      ['ada', 'ben', 1],
      ['ben', 'cleo', 2],
    ]);
    expect(s.hops).toBe(2);
    expect(s.toldFraction).toBe(1);
    expect(s.hourly.map((h) => h.told)).toEqual([1, 1, 2, 2, 3]);
  });

  it('counts a sighting as saw-only, not as knowing', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    remember(world, world.agent('ben')!, {
      type: 'event',
      description: 'Ada Quill is setting up the tasting table',
    });
    const s = measureStorylines(world, null).tasting;
    expect(s.toldFraction).toBeCloseTo(1 / 3);
    expect(s.sawOnlyFraction).toBeCloseTo(1 / 3);
  });
});

describe('density', () => {
  it('counts a pair from the step either side first knew the other', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    world.step += 3 * STEPS_PER_HOUR;
    world.agent('cleo')!.s.relationships.ada = {
      relation: 'someone I met in town',
      closeness: 0,
      summary: '',
      timesTalked: 1,
      since: world.step - STEPS_PER_HOUR,
      lastTalkStep: world.step,
    };
    const d = measureDensity(world);
    expect(d.start).toBeCloseTo(1 / 3);
    expect(d.end).toBeCloseTo(2 / 3);
    expect(d.hourly.map((h) => Math.round(h.density * 3))).toEqual([1, 1, 2, 2]);
  });
});

describe('judge ranking', () => {
  const rec = (condition: string, score: number, template: string): InterviewRecord => ({
    seed: 1,
    condition,
    agentId: 'ada',
    agentName: 'Ada',
    step: 100,
    day: 1,
    clock: '23:59',
    category: 'self',
    template,
    question: 'q',
    answer: 'a',
    usedMemoryIds: [],
    checks: [],
    judge: { score, reason: '' },
  });
  it('ranks the condition whose answers the judge prefers first', () => {
    const items = ['a', 'b', 'c', 'd'].flatMap((t) => [rec('full', 8, t), rec('ablated', 3, t)]);
    const ranking = rankConditions(items)!;
    expect(ranking.map((r) => r.condition)).toEqual(['full', 'ablated']);
    expect(ranking[0].mu).toBeGreaterThan(ranking[1].mu);
  });
  it('needs two judged conditions', () => {
    expect(rankConditions([rec('full', 8, 'a')])).toBeUndefined();
  });
});
