import type { QuestionKind } from '../sim/mind';
import type { World } from '../sim/world/world';
import { whenLabel, type CallSource } from './why';

/** What rests on one memory: shown before the user forgets or rewrites it. */
export interface MemoryDependents {
  agentId: string;
  memoryId: string;
  description: string;
  /** The agent's reflections that cite it as evidence. */
  reflections: { memoryId: string; description: string; when: string }[];
  /** Mind calls (decisions, lines, plans) that were given it, oldest first. */
  calls: { opId: string; kind: QuestionKind; when: string }[];
  /** People the agent passed it on to. */
  toldTo: string[];
}

/**
 * What depended on a memory: reflections citing it, and the mind calls whose requests carried it
 * (from the call log; none in a replay). From stored data only: evidence ids and request memories.
 */
export function memoryDependents(
  world: World,
  agentId: string,
  memoryId: string,
  calls: CallSource | null,
): MemoryDependents | null {
  const agent = world.agent(agentId);
  const node = agent?.memory.get(memoryId);
  if (!agent || !node) return null;
  const reflections = agent.memory.nodes
    .filter((n) => (n.evidence as readonly string[]).includes(memoryId))
    .map((n) => ({
      memoryId: n.id,
      description: n.description,
      when: whenLabel(world, n.created),
    }));
  const given = (calls?.forAgent(agentId, false) ?? []).filter((c) => {
    const memories = (c.req as { memories?: unknown } | null)?.memories;
    return Array.isArray(memories) && memories.some((m) => (m as { id?: unknown }).id === memoryId);
  });
  return {
    agentId,
    memoryId,
    description: node.description,
    reflections,
    calls: given.map((c) => ({ opId: c.opId, kind: c.kind, when: whenLabel(world, c.step) })),
    toldTo: (node.sharedWith ?? []).map((id) => world.agent(id)?.name ?? id),
  };
}
