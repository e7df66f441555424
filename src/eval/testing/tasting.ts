import { remember } from '../../sim/cognition/recall';
import type { World } from '../../sim/world/world';

/**
 * In the small test town: `tellerId` tells `hearerId` about Ada's tasting evening now (the memory
 * a conversation leaves, with the event, the gist and who told it).
 */
export function tellTasting(world: World, tellerId: string, hearerId: string): void {
  const event = world.agent('ada')!.memory.nodes.find((n) => n.event)!.event;
  const teller = world.agent(tellerId)!;
  remember(world, world.agent(hearerId)!, {
    type: 'event',
    description: `${teller.name} told me about a tasting evening.`,
    event,
    gist: 'Ada Quill is hosting a tasting evening.',
    source: tellerId,
    subjectId: tellerId,
  });
}
