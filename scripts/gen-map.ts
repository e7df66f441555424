/**
 * Generates the default town as a Tiled JSON map: src/scenarios/default/town.json.
 * Run after gen-art (the map embeds the tileset's tile ids by name). Conventions: docs/maps.md.
 * Run: npx tsx scripts/gen-map.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyTiled, toTiled } from './map/tiled';
import { buildTown } from './map/town';
import { sealPockets } from './map/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'scenarios', 'default', 'town.json');

const town = buildTown();
const sealed = sealPockets(town);
const map = toTiled(town);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, stringifyTiled(map));

const count = (t: string) => town.regions.filter((r) => r.type === t).length;
console.log(
  `town.json: ${town.w}×${town.h} tiles, ${count('sector')} sectors, ${count('arena')} arenas, ` +
    `${count('object')} objects, ${town.spawns.length} spawns, ${sealed} pocket cells sealed`,
);
