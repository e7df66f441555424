import type { GraphRequests } from '../../protocol/graphs';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';

/** The request kinds of `GraphRequests`, as a value. */
export const GRAPH_KINDS: Kinds<GraphRequests> = {};

/** Answers `GraphRequests` from the town shown (`world()`: live or replayed). */
export function graphsHandlers(world: () => World): Handlers<GraphRequests> {
  void world;
  return {};
}
