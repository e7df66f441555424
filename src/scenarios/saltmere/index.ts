import type { Scenario } from '../../sim/scenario';
import { scenarioFromFiles } from '../../sim/scenario';
import personasJson from './personas.json';
import townJson from './town.json';

/**
 * Saltmere, a harbour village: a generated map (`npx tsx scripts/gen-map.ts saltmere`) and 13
 * people. Its personas file's `town` header names it and starts it at 05:30 on a Thursday. Its
 * storylines are a lantern festival and a found rowboat, so code tuned to the default town's
 * words shows up here.
 */
export function saltmereScenario(): Scenario {
  return scenarioFromFiles('saltmere', townJson, personasJson);
}
