import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TownFile } from '../persist/format';
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
