/**
 * Dashboard reads: why (see src/worker/dashboard/whyReads.ts). Each entry is
 * `kind: { req; res }`; the worker answers them from the town shown, live or replayed.
 * The chain's types live with its builder (src/eval/why.ts).
 */
import type { MemoryDependents } from '../eval/dependents';
import type { WhyChain, WhyTarget } from '../eval/why';

export type { MemoryDependents } from '../eval/dependents';

export type {
  WhyCall,
  WhyChain,
  WhyLink,
  WhyLinkKind,
  WhyMemory,
  WhyPart,
  WhyRef,
  WhyTarget,
} from '../eval/why';

export interface WhyRequests {
  /** A why-chain for one agent's action, line or memory; null when the thing is gone. */
  whyChain: { req: { agentId: string; target: WhyTarget }; res: WhyChain | null };
  /** What rests on a memory (before forgetting or rewriting it); null when it is gone. */
  memoryDependents: {
    req: { agentId: string; memoryId: string };
    res: MemoryDependents | null;
  };
}
