import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runFromState } from '../eval/experiment/fromState';
import { parseExperimentSpec } from '../eval/experiment/spec';
import { OfflineMind } from '../minds/offline';
import { SaveStore } from '../persist';
import type { ExperimentTownJson } from '../protocol/experiment';
import { Engine } from '../sim/engine';
import { restoreWorld, worldHash } from '../sim/snapshot';
import { smallScenario } from '../sim/testing/smallTown';
import type { WorldState } from '../sim/world/world';
import { createWorld } from '../sim/world/world';
import { experimentHandlers } from './experimentSetup';

const scenario = smallScenario();

async function town(steps: number) {
  const world = createWorld(scenario, { seed: 2 });
  const engine = new Engine(world, new OfflineMind());
  for (let i = 0; i < steps; i++) await engine.tick();
  return world;
}

describe("What if…?'s worker side", () => {
  it('hands over the town shown as bytes an experiment worker runs from, and names for the form', async () => {
    const world = await town(90);
    const before = worldHash(world);
    const store = (await SaveStore.open({ dbName: 'exp-setup' })).experiments();
    const h = experimentHandlers(
      () => ({ scenario, copy: async () => restoreWorld(world.map, world.getState()) }),
      () => store,
    );
    const setup = await h.experimentSetup({ kind: 'experimentSetup' });
    expect(setup.step).toBe(world.step);
    expect(setup.clock).toMatch(/^day 1 \d\d:\d\d$/);
    expect(setup.people.map((p) => p.id)).toEqual(world.agents.map((a) => a.id));
    expect(setup.storylines[0]).toMatchObject({ id: 'tasting', seedAgentId: 'ada' });
    expect(setup.events.map((e) => e.id)).toContain('tasting');
    expect(setup.homes.length).toBeGreaterThan(0);
    expect(setup.places).toContain(setup.homes[0]!.sector);

    const json = JSON.parse(new TextDecoder().decode(setup.town)) as ExperimentTownJson;
    const spec = parseExperimentSpec({ spanHours: 1, branches: [{ name: 'control' }] });
    const res = await runFromState({ map: json.map, state: json.state as WorldState, spec }, 1);
    expect(res.runs[0]!.branchStep).toBe(world.step);
    expect(worldHash(world)).toBe(before); // the town shown is untouched

    await h.experimentKeep({
      kind: 'experimentKeep',
      record: {
        id: 'x',
        townId: 't',
        createdAt: '2026-01-01T00:00:00Z',
        title: 'x',
        clock: setup.clock,
        report: {},
      },
    });
    expect(
      (await h.experimentList({ kind: 'experimentList', townId: 't' })).map((r) => r.id),
    ).toEqual(['x']);
  });

  it('says so when no town is open', async () => {
    const h = experimentHandlers(
      () => null,
      () => {
        throw new Error('no store');
      },
    );
    await expect(h.experimentSetup({ kind: 'experimentSetup' })).rejects.toThrow(/No town is open/);
  });
});
