import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { remember } from '../sim/cognition/recall';
import { STEPS_PER_HOUR } from '../sim/clock';
import { Engine } from '../sim/engine';
import { smallScenario } from '../sim/testing/smallTown';
import { tellTasting } from './testing/tasting';
import { createWorld } from '../sim/world/world';
import {
  conversationsPerHour,
  dashboardSeries,
  KnowledgeScanner,
  OCCUPANCY_SAMPLE_STEPS,
  OccupancyRecorder,
  occupancyByHour,
  OUTDOORS,
} from './series';
import { measureDensity, measureStorylines } from './social';

/** Ada seeds the tasting; Ben is told at +2 h; Cleo only sees it at +1 h, then is told at +4 h. */
function tellingTown() {
  const world = createWorld(smallScenario(), { seed: 1 });
  world.step += STEPS_PER_HOUR;
  remember(world, world.agent('cleo')!, {
    type: 'event',
    description: 'Ada Quill is setting up the tasting table',
  });
  world.step += STEPS_PER_HOUR;
  tellTasting(world, 'ada', 'ben');
  world.step += 2 * STEPS_PER_HOUR;
  tellTasting(world, 'ben', 'cleo');
  return world;
}

describe('dashboard series', () => {
  it('splits knowers into told and saw-only, hour by hour', () => {
    const world = tellingTown();
    const s = dashboardSeries(world, []).storylines[0];
    expect(s.id).toBe('tasting');
    // Hours 06:00 … 10:00: Ada knows; Cleo saw at 07:00; Ben told at 08:00; Cleo told at 10:00.
    expect(s.told).toEqual([1, 1, 2, 2, 3]);
    expect(s.sawOnly).toEqual([0, 1, 1, 1, 0]);
    const m = measureStorylines(world, null).tasting;
    expect(s.told).toEqual(m.hourly.map((h) => h.told));
    expect(s.sawOnly).toEqual(m.hourly.map((h) => h.sawOnly));
  });

  it('reads memory incrementally and agrees with a fresh read as the town runs', async () => {
    const engine = new Engine(createWorld(smallScenario(), { seed: 3 }), new OfflineMind());
    const world = engine.world;
    const scanner = new KnowledgeScanner();
    const rec = new OccupancyRecorder();
    const first = dashboardSeries(world, [], scanner);
    for (let i = 0; i < 3 * STEPS_PER_HOUR; i++) {
      await engine.tick();
      rec.observe(world);
    }
    const samples = rec.samples(world.time.day, world.step);
    const later = dashboardSeries(world, samples, scanner);
    expect(later).toEqual(dashboardSeries(world, samples));
    // The series grew with the run.
    expect(later.steps.length).toBeGreaterThan(first.steps.length);
    const density = measureDensity(world).hourly.map((h) => h.density);
    later.density.forEach((d, i) => expect(d).toBeCloseTo(density[i], 3));
    const convs = later.conversations.counts.reduce((a, b) => a + b, 0);
    expect(convs).toBe(world.conversations.length + world.openConversations.size);
    // One sample per ten minutes (the first slot and the last, 09:00, both partly run).
    expect(samples.length).toBe((3 * STEPS_PER_HOUR) / OCCUPANCY_SAMPLE_STEPS + 1);
    for (const s of samples)
      expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(world.agents.length);
  });

  it('starts over when a replay goes back to an earlier world', () => {
    const world = tellingTown();
    const scanner = new KnowledgeScanner();
    expect(dashboardSeries(world, [], scanner).storylines[0].told.at(-1)).toBe(3);
    const earlier = createWorld(smallScenario(), { seed: 1 });
    expect(dashboardSeries(earlier, [], scanner).storylines[0].told).toEqual([1]);
  });

  it('counts conversations in the hour they started', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const start = world.step;
    world.step += 3 * STEPS_PER_HOUR;
    const conv = (startStep: number, id: string) => ({
      id,
      participants: ['ada', 'ben'] as [string, string],
      startStep,
      endStep: startStep + 10,
      place: 'x',
      lines: [],
    });
    world.conversations.push(conv(start + 5, 'c1'), conv(start + 2 * STEPS_PER_HOUR + 1, 'c2'));
    world.conversations.push(conv(start + 2 * STEPS_PER_HOUR + 30, 'c3'));
    expect(conversationsPerHour(world).counts).toEqual([1, 0, 2, 0]);
  });

  it('averages occupancy per hour of the day and includes now', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const [first, second] = world.map.sectors;
    const place = first.name;
    // The small town's map names no kinds: make one place a home.
    second.kind = 'home';
    const home = second.name;
    const hour = world.time.hour;
    const dayStart = world.step - hour * STEPS_PER_HOUR;
    const samples = [
      { step: dayStart + (hour - 1) * STEPS_PER_HOUR, counts: { [place]: 2, '': 1 } },
      { step: dayStart + (hour - 1) * STEPS_PER_HOUR + 60, counts: { [place]: 1, '': 2 } },
      { step: dayStart + (hour - 2) * STEPS_PER_HOUR, counts: { [home]: 3 } },
      // Another day: ignored.
      { step: dayStart - STEPS_PER_HOUR, counts: { [place]: 3 } },
    ];
    const occ = occupancyByHour(world, samples);
    expect(occ.day).toBe(world.time.day);
    const row = occ.rows.find((r) => r.label === place)!;
    expect(row.people[hour - 1]).toBe(1.5);
    // Sampled but empty there: 0; never sampled: null.
    expect(row.people[hour - 2]).toBe(0);
    expect(row.people[hour - 3]).toBeNull();
    // Homes are one row, not a place each.
    expect(occ.rows.some((r) => r.label === home)).toBe(false);
    expect(occ.rows.find((r) => r.kind === 'homes')?.people[hour - 2]).toBe(3);
    // The current hour comes from positions now.
    const total = occ.rows.reduce((a, r) => a + (r.people[hour] ?? 0), 0);
    expect(total).toBe(world.agents.length);
    expect(occ.rows.find((r) => r.label === OUTDOORS)?.people[hour - 1] ?? 0).toBe(1.5);
  });
});
