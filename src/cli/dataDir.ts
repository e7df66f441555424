import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function dirError(dir: string, err: unknown): Error {
  return new Error(`Cannot write --data "${dir}": ${(err as Error).message}`, { cause: err });
}

/** Fails now, not after a long run, if the `--data` folder cannot be made or written. */
export function checkDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (err) {
    throw dirError(dir, err);
  }
}

/** Writes the data export's files (name → text) into `dir`, made if missing. */
export function writeDataDir(dir: string, files: Record<string, string>): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  } catch (err) {
    throw dirError(dir, err);
  }
}
