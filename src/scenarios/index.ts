import type { Scenario } from '../sim/scenario';
import { defaultScenario } from './default';
import { saltmereScenario } from './saltmere';

/** The bundled towns by id (`--town <id>` on the command line, `?town=<id>` in the browser). */
export const TOWNS: Record<string, { name: string; scenario: () => Scenario }> = {
  default: { name: 'Generative Town', scenario: defaultScenario },
  saltmere: { name: 'Saltmere (harbour village)', scenario: saltmereScenario },
};

/** Ids of the bundled towns, default first. */
export const TOWN_IDS = Object.keys(TOWNS);

/** A bundled town's scenario; throws naming the known ids when `id` is unknown. */
export function bundledScenario(id = 'default'): Scenario {
  const town = Object.hasOwn(TOWNS, id) ? TOWNS[id] : undefined;
  if (!town) throw new Error(`Unknown town "${id}": one of ${TOWN_IDS.join(', ')}.`);
  return town.scenario();
}
