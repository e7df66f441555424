import { readFileSync } from 'node:fs';
import { defaultScenario } from '../scenarios/default';
import { parsePersonasFile, type Scenario } from '../sim/scenario';

/** Reads a JSON file, naming the file in the error. */
export function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read ${what} "${path}": ${(err as Error).message}`, { cause: err });
  }
}

/** The default town, or a custom map and/or personas file from the command line. */
export function loadScenario(values: { map?: string; personas?: string }): Scenario {
  let scenario: Scenario = defaultScenario();
  if (values.map) scenario = { ...scenario, id: 'custom', map: readJson(values.map, 'map') };
  if (values.personas) {
    const file = parsePersonasFile(readJson(values.personas, 'personas file'));
    scenario = { ...scenario, id: 'custom', personas: file.personas, storylines: file.storylines };
  }
  return scenario;
}
