import type { SeriesRequests } from '../../protocol/series';
import { dashboardSeries, KnowledgeScanner, type DashboardSeries } from '../../eval/series';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';
import { occupancySamples } from './occupancySampler';
import { exportData } from './dataExport';

/** The request kinds of `SeriesRequests`, as a value. */
export const SERIES_KINDS: Kinds<SeriesRequests> = {
  dashboardSeries: true,
  exportData: true,
};

interface Cached {
  scanner: KnowledgeScanner;
  /** The moment the answer is of: step, conversations and memories (commands add some). */
  key: string;
  series: DashboardSeries | null;
}

function momentKey(w: World): string {
  let memories = 0;
  for (const a of w.agents) memories += a.memory.nodes.length;
  return `${w.step}:${w.conversations.length}:${w.openConversations.size}:${memories}`;
}

/**
 * Answers `SeriesRequests` from the town shown (`world()`: live or replayed). Memory is read
 * incrementally per world, and an answer is reused while the moment stays the same.
 */
export function seriesHandlers(world: () => World): Handlers<SeriesRequests> {
  const cache = new WeakMap<World, Cached>();
  return {
    dashboardSeries: () => {
      const w = world();
      let c = cache.get(w);
      if (!c) cache.set(w, (c = { scanner: new KnowledgeScanner(), key: '', series: null }));
      const key = momentKey(w);
      if (c.series && c.key === key) return c.series;
      c.series = dashboardSeries(w, occupancySamples(w), c.scanner);
      c.key = key;
      return c.series;
    },
    exportData: (r) => exportData(world(), r.townName),
  };
}
