import type { Scenario } from '../../sim/scenario';
import { parsePersonasFile } from '../../sim/scenario';
import personasJson from './personas.json';
import townJson from './town.json';

/**
 * Saltmere, a harbour village: a generated map (`npx tsx scripts/gen-map.ts saltmere`) and 13
 * people, starting at 06:00 on a Wednesday. Its storylines are a lantern festival and a found
 * rowboat, so code tuned to the default town's words shows up here.
 */
export function saltmereScenario(): Scenario {
  const file = parsePersonasFile(personasJson);
  return {
    id: 'saltmere',
    name: 'Saltmere',
    map: townJson,
    personas: file.personas,
    storylines: file.storylines,
    startMinute: 6 * 60,
    firstWeekday: 2,
  };
}
