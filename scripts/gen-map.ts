/**
 * Generates the bundled towns as Tiled JSON maps: src/scenarios/<town>/town.json.
 * Run after gen-art (the maps embed the tileset's tile ids by name). Conventions: docs/maps.md.
 * Run: npx tsx scripts/gen-map.ts [default|saltmere]   (no argument: every town)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TownGrid } from './map/grid';
import { HARBOUR_OPEN_SECTOR, buildHarbour } from './map/harbour';
import { stringifyTiled, toTiled } from './map/tiled';
import { buildTown } from './map/town';
import { sealPockets } from './map/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each bundled town: its generator and the open sector that every walkable tile must reach. */
const TOWNS: Record<string, { build: () => TownGrid; open: string }> = {
  default: { build: buildTown, open: 'Town Park' },
  saltmere: { build: buildHarbour, open: HARBOUR_OPEN_SECTOR },
};

const wanted = process.argv.slice(2);
for (const id of wanted.length ? wanted : Object.keys(TOWNS)) {
  const spec = TOWNS[id];
  if (!spec) throw new Error(`unknown town "${id}" (one of ${Object.keys(TOWNS).join(', ')})`);
  const out = join(root, 'src', 'scenarios', id, 'town.json');
  const town = spec.build();
  const sealed = sealPockets(town, spec.open);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, stringifyTiled(toTiled(town)));
  const count = (t: string) => town.regions.filter((r) => r.type === t).length;
  console.log(
    `${id}/town.json: ${town.w}×${town.h} tiles, ${count('sector')} sectors, ` +
      `${count('arena')} arenas, ${count('object')} objects, ${town.spawns.length} spawns, ` +
      `${sealed} pocket cells sealed`,
  );
}
