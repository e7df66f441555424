/**
 * Dashboard reads: graphs (see src/worker/dashboard/graphsReads.ts). Each entry is
 * `kind: { req; res }`; the worker answers them from the town shown, live or replayed.
 */
import type { MomentKind, RelationGraph, Timeline, ToldByGraph } from '../eval/graphs';

export type {
  Moment,
  MomentKind,
  RelationEdge,
  RelationGraph,
  RelationKind,
  StorylineInfo,
  Timeline,
  ToldByEdge,
  ToldByGraph,
} from '../eval/graphs';

export interface GraphRequests {
  /** Who is close to whom: the strongest ties, at most `maxEdges`. */
  relationshipGraph: { req: { maxEdges: number }; res: RelationGraph };
  /** Who told whom a storyline (every storyline without an id). */
  toldBy: { req: { storylineId?: string }; res: ToldByGraph };
  /** Notable moments, newest first, filtered, at most `limit`. */
  timeline: {
    req: {
      agentId?: string;
      place?: string;
      storylineId?: string;
      kinds?: MomentKind[];
      limit: number;
    };
    res: Timeline;
  };
}
