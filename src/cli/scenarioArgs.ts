import { readFileSync } from 'node:fs';
import { bundledScenario } from '../scenarios';
import { parsePersonasFile, type Scenario } from '../sim/scenario';
import { checkPlaces } from '../sim/world/placeGuess';

/** Reads a JSON file, naming the file in the error. */
export function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read ${what} "${path}": ${(err as Error).message}`, { cause: err });
  }
}

/**
 * A bundled town (`--town`, default "default"), optionally with a custom map and/or personas
 * file. Sectors without a `kind` get a guessed one; each guess and each persona whose home or
 * workplace is missing from the map is passed to `warn` (the CLIs print them to stderr).
 */
export function loadScenario(
  values: { town?: string; map?: string; personas?: string },
  warn: (message: string) => void = () => undefined,
): Scenario {
  let scenario: Scenario = bundledScenario(values.town);
  if (values.map) scenario = { ...scenario, id: 'custom', map: readJson(values.map, 'map') };
  if (values.personas) {
    const file = parsePersonasFile(readJson(values.personas, 'personas file'));
    scenario = { ...scenario, id: 'custom', personas: file.personas, storylines: file.storylines };
  }
  const { map, warnings } = checkPlaces(scenario.map, scenario.personas);
  warnings.forEach(warn);
  return { ...scenario, map };
}
