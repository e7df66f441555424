import { relationshipGraph, timeline, toldByGraph } from '../../eval/graphs';
import type { GraphRequests } from '../../protocol/graphs';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';

/** The request kinds of `GraphRequests`, as a value. */
export const GRAPH_KINDS: Kinds<GraphRequests> = {
  relationshipGraph: true,
  toldBy: true,
  timeline: true,
};

/** Most edges and moments one answer carries (the panels draw no more). */
const MAX_EDGES = 1500;
const MAX_MOMENTS = 300;

/** Answers `GraphRequests` from the town shown (`world()`: live or replayed). */
export function graphsHandlers(world: () => World): Handlers<GraphRequests> {
  return {
    relationshipGraph: ({ maxEdges }) =>
      relationshipGraph(world(), { maxEdges: Math.max(0, Math.min(maxEdges, MAX_EDGES)) }),
    toldBy: ({ storylineId }) => toldByGraph(world(), storylineId),
    timeline: ({ agentId, place, storylineId, kinds, limit }) =>
      timeline(world(), {
        agentId,
        place,
        storylineId,
        kinds,
        limit: Math.max(0, Math.min(limit, MAX_MOMENTS)),
      }),
  };
}
