import { fileSafeName } from '../sim/text';
import { TownFileError } from './errors';
import type { TownFile } from './format';
import type { SaveMeta, SaveStore } from './saveStore';
import { checkTownFile, summarizeTown } from './town';
import { TOWN_FILE_EXTENSION, decodeTownFile, encodeTownFile } from './townFile';

/** Result of importing a file: the new slot, or why the file was refused (nothing was stored). */
export type ImportResult =
  | { ok: true; meta: SaveMeta; file: TownFile; migratedFrom?: number }
  | { ok: false; error: TownFileError };

/**
 * Imports a town file into a NEW slot (a new town, so it never overwrites or shares an autosave
 * with a town already here). The file is fully decoded and validated, and its town checked
 * (`checkTownFile`), before anything is written, so a bad file changes nothing stored. Files of
 * older versions are stored migrated.
 */
export async function importTownFile(
  store: SaveStore,
  bytes: Uint8Array,
  opts: { name?: string; thumbnail?: string } = {},
): Promise<ImportResult> {
  const decoded = decodeTownFile(bytes);
  if (!decoded.ok) return decoded;
  const { file, migratedFrom } = decoded;
  try {
    checkTownFile(file);
  } catch (err) {
    if (err instanceof TownFileError) return { ok: false, error: err };
    throw err;
  }
  const stored = migratedFrom === undefined ? bytes : encodeTownFile(file);
  const meta = await store.fork(
    {
      name: file.name,
      bytes: stored,
      summary: summarizeTown(file.world, file.mind),
      thumbnail: opts.thumbnail,
    },
    opts.name ?? file.name,
  );
  return migratedFrom === undefined
    ? { ok: true, meta, file }
    : { ok: true, meta, file, migratedFrom };
}

/** A safe download name: "Maple Street, day 2" → "maple-street-day-2.town". */
export function townFileName(name: string, day?: number): string {
  return `${fileSafeName(name)}${day ? `-day-${day}` : ''}${TOWN_FILE_EXTENSION}`;
}
