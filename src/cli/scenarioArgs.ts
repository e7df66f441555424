import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledScenario } from '../scenarios';
import { applyTownHeader, parsePersonasFile, type Scenario } from '../sim/scenario';
import { checkTown, townProblems } from '../sim/world/townCheck';

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
 * file; a personas file's `town` header sets the name, start time and weekday (else the bundled
 * town's stay). The town is checked (`checkTown`): every error is listed in the thrown Error;
 * guessed place kinds and other warnings are passed to `warn` (the CLIs print them to stderr).
 */
export function loadScenario(
  values: { town?: string; map?: string; personas?: string },
  warn: (message: string) => void = () => undefined,
): Scenario {
  let scenario: Scenario = bundledScenario(values.town);
  const town = values.town ?? 'default';
  if (values.map) scenario = { ...scenario, id: 'custom', map: readJson(values.map, 'map') };
  if (values.personas) {
    const file = parsePersonasFile(readJson(values.personas, 'personas file'), values.personas);
    scenario = applyTownHeader(
      { ...scenario, id: 'custom', personas: file.personas, storylines: file.storylines },
      file.town,
    );
  }
  const { map, warnings, errors } = checkTown(
    scenario.map,
    scenario.personas,
    scenario.storylines,
    {
      map: values.map ? `map "${values.map}"` : `the "${town}" town's map`,
      personas: values.personas
        ? `personas file "${values.personas}"`
        : `the "${town}" town's personas file`,
    },
  );
  warnings.forEach(warn);
  if (errors.length) throw new Error(townProblems(errors));
  return { ...scenario, map };
}
