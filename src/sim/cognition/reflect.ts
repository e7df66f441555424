import type { Agent } from '../agent/agent';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';
import { memoryBrief } from './briefs';
import { accessible, remember } from './recall';

/** True when enough has happened since the last reflection (summed importance over threshold). */
export function shouldReflect(world: World, agent: Agent): boolean {
  if (world.config.ablate?.reflection) return false;
  return agent.s.importanceSinceReflect >= world.config.reflectThreshold;
}

/**
 * Reflection: over the most recent memories, the mind finds salient questions and writes insights
 * that cite the memories they rest on. Insights are stored as thoughts with evidence ids; since
 * thoughts are memories too, later reflections can cite them (a tree).
 */
export function* reflect(world: World, agent: Agent): Task<number> {
  agent.s.importanceSinceReflect = 0;
  agent.s.lastReflectStep = world.step;
  const recent = accessible(world, agent)
    .filter((n) => n.type !== 'plan')
    .slice(-world.config.reflectWindow)
    .map((n) => memoryBrief(n, world.step));
  if (recent.length < 5) return 0;
  const res = yield* ask('reflect', { agent: agent.persona, memories: recent });
  let added = 0;
  for (const insight of res.insights) {
    const evidence = insight.evidence.filter((id) => agent.memory.get(id));
    if (!insight.text.trim() || evidence.length === 0) continue;
    if (agent.memory.nodes.some((n) => n.type === 'thought' && n.description === insight.text))
      continue;
    remember(world, agent, {
      type: 'thought',
      description: insight.text,
      evidence,
      opId: res.opId,
    });
    added++;
  }
  return added;
}
