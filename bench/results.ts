import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export const RESULTS_PATH = new URL('./results.json', import.meta.url);

/** Merges one section into bench/results.json (each benchmark owns its own key). */
export function writeSection(key: string, value: unknown): void {
  const current = existsSync(RESULTS_PATH) ? JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) : {};
  current[key] = value;
  current.machine = {
    cores: availableParallelism(),
    node: process.version,
  };
  writeFileSync(RESULTS_PATH, JSON.stringify(current, null, 2) + '\n');
}
