import type { Agent } from '../agent/agent';
import type { MemoryType } from '../memory/node';
import { retrieve, type ScoredMemory } from '../memory/retrieve';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';

/** Embeds a query through the mind and retrieves an agent's top-k memories for it. */
export function* recall(
  world: World,
  agent: Agent,
  query: string,
  k: number,
  opts: { touch?: boolean; types?: MemoryType[] } = {},
): Task<ScoredMemory[]> {
  if (agent.memory.size === 0) return [];
  const { vectors } = yield* ask('embed', { texts: [query] });
  return retrieve(agent.memory, {
    now: world.step,
    k,
    weights: world.config.weights,
    query: vectors[0] ?? null,
    types: opts.types,
    touch: opts.touch ?? true,
  });
}

/** Adds a memory that still needs an importance rating and an embedding (done at step end). */
export function remember(
  world: World,
  agent: Agent,
  node: Partial<Parameters<Agent['memory']['add']>[0]> & {
    type: Parameters<Agent['memory']['add']>[0]['type'];
    description: string;
  },
) {
  return agent.memory.add({
    created: world.step,
    lastAccessed: world.step,
    importance: 0,
    keywords: [],
    evidence: [],
    ...node,
  });
}
