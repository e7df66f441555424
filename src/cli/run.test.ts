import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { TownRuntime } from '../persist/runtime';
import { defaultScenario } from '../scenarios/default';
import { smallScenario } from '../sim/testing/smallTown';
import { runHeadless } from './run';

describe('headless runs', () => {
  it('runs a custom town and reports every figure', async () => {
    const town = TownRuntime.open(
      { kind: 'new', scenario: smallScenario(), seed: 2 },
      new OfflineMind(),
    );
    const summary = await runHeadless(town, { days: 0.5 });
    expect(summary).toMatchObject({ agents: 3, days: 0.5, steps: 4320, mind: 'offline' });
    expect(Object.keys(summary.diffusion)).toEqual(['tasting']);
    expect(summary.diffusion.tasting.start).toBeCloseTo(1 / 3);
    expect(summary.mindCalls.planDay).toBeGreaterThan(0);
    expect(summary.networkDensity.start).toBeCloseTo(1 / 3);
  });

  it('shows emergence in the default town over two days: news spreads by conversation', async () => {
    const town = TownRuntime.open(
      { kind: 'new', scenario: defaultScenario(), seed: 1 },
      new OfflineMind(),
    );
    const summary = await runHeadless(town, { days: 2 });
    const world = town.world;
    expect(summary.agents).toBe(25);
    for (const id of ['party', 'mayor']) {
      expect(summary.diffusion[id].start).toBeCloseTo(1 / 25);
      expect(summary.diffusion[id].end).toBeGreaterThan(0.2);
    }
    // Knowledge came through conversation: listeners remember who told them.
    const told = world.agents.filter((a) =>
      a.memory.nodes.some((n) => n.news === 'mayor' && n.source),
    );
    expect(told.length).toBeGreaterThan(3);
    expect(summary.networkDensity.end).toBeGreaterThan(summary.networkDensity.start + 0.1);
    const party = summary.eventAttendance.find((e) => e.eventId === 'party')!;
    expect(party.invited).toBeGreaterThan(2);
    expect(party.attended).toBeGreaterThan(0);
    expect(party.attended).toBeLessThanOrEqual(party.invited);
  });
});
