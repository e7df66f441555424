import { strToU8, zipSync } from 'fflate';
import { buildDataFiles } from '../../eval/data';
import type { DataExport } from '../../protocol/series';
import type { World } from '../../sim/world/world';
import { occupancySamples } from './occupancySampler';

/**
 * The data export of the town shown (live or replayed, at its step) as one zip: the files of
 * `buildDataFiles`, with the day's occupancy samples. Runs in the worker (about a second at 200
 * people after half a day; the page only downloads the bytes).
 */
export function exportData(world: World, townName?: string): DataExport {
  const files = buildDataFiles(world, { townName, occupancy: occupancySamples(world) });
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6 },
  );
  return { bytes: zip, day: world.time.day, files: Object.keys(files).length };
}
