import type { SeriesRequests } from '../../protocol/series';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';

/** The request kinds of `SeriesRequests`, as a value. */
export const SERIES_KINDS: Kinds<SeriesRequests> = {};

/** Answers `SeriesRequests` from the town shown (`world()`: live or replayed). */
export function seriesHandlers(world: () => World): Handlers<SeriesRequests> {
  void world;
  return {};
}
