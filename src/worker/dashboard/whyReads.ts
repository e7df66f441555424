import type { WhyRequests } from '../../protocol/why';
import type { World } from '../../sim/world/world';
import type { Handlers, Kinds } from '../requestTable';

/** The request kinds of `WhyRequests`, as a value. */
export const WHY_KINDS: Kinds<WhyRequests> = {};

/** Answers `WhyRequests` from the town shown (`world()`: live or replayed). */
export function whyHandlers(world: () => World): Handlers<WhyRequests> {
  void world;
  return {};
}
