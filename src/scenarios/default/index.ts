import type { Scenario } from '../../sim/scenario';
import { parsePersonasFile } from '../../sim/scenario';
import personasJson from './personas.json';
import townJson from './town.json';

/** The default town: our generated map and 25 people, starting at 06:00 on a Friday. */
export function defaultScenario(): Scenario {
  const file = parsePersonasFile(personasJson);
  return {
    id: 'default',
    name: 'Generative Town',
    map: townJson,
    personas: file.personas,
    storylines: file.storylines,
    startMinute: 6 * 60,
    firstWeekday: 4,
  };
}
