import type { ReadRequests } from '../protocol';
import type { Queries } from './queries';
import type { Handlers } from './requestTable';
import { graphsHandlers } from './dashboard/graphsReads';
import { seriesHandlers } from './dashboard/seriesReads';
import { whyHandlers } from './dashboard/whyReads';

/** The inspector's reads, answered from a town's `Queries` (live or replayed: the same code). */
export function readHandlers(queries: () => Queries): Handlers<ReadRequests> {
  const world = () => queries().world;
  return {
    ...seriesHandlers(world),
    ...graphsHandlers(world),
    ...whyHandlers(world),
    agentNow: (r) => queries().agentNow(r),
    memories: (r) => queries().memories(r),
    probe: (r) => queries().probe(r),
    reflections: (r) => queries().reflections(r),
    conversations: (r) => queries().conversations(r),
    relationships: (r) => queries().relationships(r),
  };
}
