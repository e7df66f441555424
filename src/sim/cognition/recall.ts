import type { Agent } from '../agent/agent';
import type { MemoryDraft, MemoryNode, MemoryType } from '../memory/node';
import { retrieve, type ScoredMemory } from '../memory/retrieve';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';

const MEMORY_TYPES: MemoryType[] = ['event', 'chat', 'thought', 'plan'];

/** Embeds a query through the mind and retrieves an agent's top-k memories for it. */
export function* recall(
  world: World,
  agent: Agent,
  query: string,
  k: number,
  opts: { touch?: boolean; types?: MemoryType[] } = {},
): Task<ScoredMemory[]> {
  const ablate = world.config.ablate;
  if (agent.memory.size === 0 || ablate?.memory) return [];
  const { vectors } = yield* ask('embed', { texts: [query] });
  return retrieve(agent.memory, {
    now: world.step,
    k,
    weights: world.config.weights,
    query: vectors[0] ?? null,
    types: ablate?.planning ? (opts.types ?? MEMORY_TYPES).filter((t) => t !== 'plan') : opts.types,
    touch: opts.touch ?? true,
  });
}

/**
 * The memories an agent's mind may draw on: all of them, except under the evaluation's ablations
 * (no memory at all; no plans).
 */
export function accessible(world: World, agent: Agent): MemoryNode[] {
  const ablate = world.config.ablate;
  if (ablate?.memory) return [];
  const nodes = agent.memory.nodes;
  return ablate?.planning ? nodes.filter((n) => n.type !== 'plan') : nodes;
}

/** Adds a memory that still needs an importance rating and an embedding (done at step end). */
export function remember(world: World, agent: Agent, node: MemoryDraft): MemoryNode {
  return agent.memory.add({
    created: world.step,
    lastAccessed: world.step,
    importance: 0,
    keywords: [],
    evidence: [],
    ...node,
  });
}
