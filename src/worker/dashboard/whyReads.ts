import { memoryDependents } from '../../eval/dependents';
import { buildWhyChain, type CallSource } from '../../eval/why';
import type { WhyRequests } from '../../protocol/why';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';

/** The request kinds of `WhyRequests`, as a value. */
export const WHY_KINDS: Kinds<WhyRequests> = { whyChain: true, memoryDependents: true };

/** Where the live town's mind calls are looked up (null: none, e.g. while a replay is shown). */
let callSource: () => CallSource | null = () => null;

/**
 * Gives why-chains the worker's call log (sim.worker.ts sets it once). The log belongs to the
 * live town: return null while another town (a replay) is shown.
 */
export function setWhyCalls(source: () => CallSource | null): void {
  callSource = source;
}

/** Answers `WhyRequests` from the town shown (`world()`: live or replayed). */
export function whyHandlers(world: () => World): Handlers<WhyRequests> {
  return {
    whyChain: ({ agentId, target }) => buildWhyChain(world(), agentId, target, callSource()),
    memoryDependents: ({ agentId, memoryId }) =>
      memoryDependents(world(), agentId, memoryId, callSource()),
  };
}
