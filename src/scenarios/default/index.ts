import type { Scenario } from '../../sim/scenario';
import { scenarioFromFiles } from '../../sim/scenario';
import personasJson from './personas.json';
import townJson from './town.json';

/**
 * The default town: our generated map and 25 people. Its name and start (06:00 on a Friday) are
 * in the `town` header of its personas file.
 */
export function defaultScenario(): Scenario {
  return scenarioFromFiles('default', townJson, personasJson);
}
