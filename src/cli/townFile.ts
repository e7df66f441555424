import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Engine } from '../sim/engine';
import type { Scenario } from '../sim/scenario';
import type { WorldState } from '../sim/world/world';
import type { TapeRecord, TownFile } from '../persist/format';
import { townFileFromEngine } from '../persist/town';
import { decodeTownFile, encodeTownFile } from '../persist/townFile';

/** Reads and validates a town file (any supported version). Throws an Error with a clear message. */
export function readTownFile(path: string): { file: TownFile; migratedFrom?: number } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new Error(`Could not read town file "${path}": ${(err as Error).message}`, {
      cause: err,
    });
  }
  const decoded = decodeTownFile(bytes);
  if (!decoded.ok) throw new Error(`Could not open town file "${path}": ${decoded.error.message}`);
  return decoded;
}

/** Writes a town file (gzip JSON), creating folders. Returns the size in bytes. */
export function writeTownFile(path: string, file: TownFile): number {
  const bytes = encodeTownFile(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.length;
}

export interface CliRunRecord {
  /** The engine `runHeadless` returned. */
  engine: Engine;
  scenario: Scenario;
  /** The town this run continued, if any. */
  prior?: TownFile;
  /** The world the recording starts from (the prior file's, or the fresh world's). */
  initial?: WorldState;
  /** `world.nextId` before the run: every op from here on was answered by the offline mind. */
  startNextId: number;
  name: string;
  savedAt: string;
}

/**
 * The town file after a CLI run: the prior tape (if resumed) continued with this run's commands,
 * and this run's op numbers marked as answered by the offline mind (the CLI always runs it), so
 * the whole history stays replayable without recorded answers for this part.
 */
export function cliTownFile(run: CliRunRecord): TownFile {
  const file = townFileFromEngine(run.engine, {
    name: run.name,
    savedAt: run.savedAt,
    scenario: run.scenario,
    mind: { kind: 'offline' },
    initial: run.initial,
  });
  const prior = run.prior?.tape;
  const priorOffline: [number, number][] =
    prior?.offlineOps ?? (run.prior?.mind?.kind === 'llm' ? [] : [[0, run.startNextId]]);
  const tape: TapeRecord = {
    seed: file.tape.seed,
    entries: [...(prior?.entries ?? []), ...file.tape.entries],
    answers: { ...prior?.answers, ...file.tape.answers },
    offlineOps: [...(prior ? priorOffline : []), [run.startNextId, run.engine.world.nextId]],
  };
  return { ...file, tape };
}
