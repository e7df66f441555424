import type { ExperimentStore } from '../persist';
import type { ExperimentRequests, ExperimentSetup } from '../protocol/experiment';
import { formatClock } from '../sim/clock';
import { storylineLabel } from '../eval/battery';
import { rememberedEvents } from '../eval/experiment/run';
import type { EvalTown } from './evalHost';
import type { Handlers } from './requestTable';

/** "What if…?": the town shown as the start of an experiment, and the experiments kept. */
export function experimentHandlers(
  town: () => EvalTown | null,
  store: () => ExperimentStore,
): Handlers<ExperimentRequests> {
  return {
    experimentKeep: async ({ record }) => {
      await store().put(record);
      return { id: record.id };
    },
    experimentList: ({ townId }) => store().list(townId),
    experimentOpen: ({ id }) => store().get(id),
    experimentDelete: async ({ id }) => {
      await store().delete(id);
      return { id };
    },
    async experimentSetup(): Promise<ExperimentSetup> {
      const shown = town();
      if (!shown) throw new Error('No town is open to branch from yet.');
      const world = await shown.copy();
      const state = world.getState();
      const t = world.time;
      const json = JSON.stringify({ map: shown.scenario.map, state });
      return {
        townName: shown.scenario.name,
        scenarioId: shown.scenario.id,
        step: world.step,
        clock: `day ${t.day} ${formatClock(t.minuteOfDay)}`,
        people: world.agents.map((a) => ({ id: a.id, name: a.s.persona.name })),
        storylines: world.storylines.map((s) => ({
          id: s.id,
          label: storylineLabel(world, s),
          seedAgentId: s.seedAgentId,
        })),
        events: [...rememberedEvents(world).values()],
        places: world.map.sectors.map((s) => s.name),
        homes: world.map
          .placeOptions()
          .flatMap((p) =>
            p.arenas
              .filter((a) => a.objects.includes('bed'))
              .map((a) => ({ sector: p.sector, arena: a.arena })),
          ),
        town: new TextEncoder().encode(json),
      };
    },
  };
}
