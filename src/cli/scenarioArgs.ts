import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledScenario } from '../scenarios';
import { parsePersonasFile, type Scenario } from '../sim/scenario';
import { checkTown } from '../sim/world/townCheck';

/** Fails now, not after a long run, if a file cannot be written at `path` (folders are made). */
export function checkWritable(path: string, flag: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const probe = join(dirname(path), `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (err) {
    throw new Error(`Cannot write ${flag} "${path}": ${(err as Error).message}`, { cause: err });
  }
}

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
  const { map, warnings, errors } = checkTown(scenario.map, scenario.personas, scenario.storylines);
  warnings.forEach(warn);
  if (errors.length)
    throw new Error(
      `This town cannot run (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n- ${errors.join('\n- ')}`,
    );
  return { ...scenario, map };
}
