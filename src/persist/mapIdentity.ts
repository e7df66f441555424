import { TownFileError } from './errors';
import { hash64 } from '../sim/rng';

/*
 * A map's identity, recorded in town files (format v2 on): its size in tiles and a hash of its
 * JSON, e.g. "100x70-3f9a0c12b4e5d6f7". Saved identities are compared with the embedded map when
 * a file is opened, so this computation is part of the file format: changing it needs a new
 * format version and a migration.
 */

/** JSON with object keys sorted, so a map re-saved with another key order keeps its identity. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort())
      Object.defineProperty(sorted, k, {
        value: (v as Record<string, unknown>)[k],
        enumerable: true,
      });
    return sorted;
  });
}

/** The shape of an identity: "WIDTHxHEIGHT-16 hex digits" ("?" for a missing side). */
export const MAP_IDENTITY_PATTERN = /^(\d{1,9}|\?)x(\d{1,9}|\?)-[0-9a-f]{16}$/;

/** Size and content hash of a Tiled map (a few ms for the default town's 100 × 70 map). */
export function mapIdentity(map: unknown): string {
  const m = (map && typeof map === 'object' ? map : {}) as { width?: unknown; height?: unknown };
  const side = (n: unknown) =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1e9 ? String(n) : '?';
  return `${side(m.width)}x${side(m.height)}-${hash64(canonicalJson(map))}`;
}

/**
 * Refuses a file whose embedded map is not the one its world was saved on (the map was edited or
 * swapped afterwards): the recorded identity must match the map's. Throws `TownFileError`.
 */
export function checkMapIdentity(scenario: { map: unknown; mapIdentity: string }): void {
  const actual = mapIdentity(scenario.map);
  if (actual !== scenario.mapIdentity)
    throw new TownFileError(
      'invalid',
      `This town was saved on map ${scenario.mapIdentity}, but the file carries map ${actual}: ` +
        'the map was changed after saving, and the saved people and places would not fit it. ' +
        'Open an unedited copy of the file, or start a new town on the new map.',
      'scenario.mapIdentity',
    );
}
