/** Reusing a building generator under other names: a second town's own sectors and rooms. */
import { TownGrid } from './grid';

/** New names for what a builder creates: its sector, and arenas by their built name. */
export interface Names {
  sector: string;
  arenas?: Record<string, string>;
}

/**
 * Runs a builder (e.g. `buildCafe`) and renames the sector and arenas it created, so one tile art
 * and layout serves several towns.
 */
export function renamed<T>(g: TownGrid, names: Names, build: () => T): T {
  const first = g.regions.length;
  const result = build();
  for (const r of g.regions.slice(first)) {
    if (r.type === 'sector') r.name = names.sector;
    else if (r.type === 'arena') r.name = names.arenas?.[r.name] ?? r.name;
  }
  return result;
}
