import type { Agent } from '../agent/agent';
import type { MemoryBrief, PersonBrief } from '../mind';
import type { MemoryNode } from '../memory/node';
import type { ScoredMemory } from '../memory/retrieve';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';
import { memoryBrief, relationshipBrief, retrievedBrief } from './briefs';
import { accessible, recall, remember } from './recall';

/** Focal questions asked per reflection (paper: 3). */
const MAX_FOCAL = 3;
/** Memories retrieved per focal question (the paper's code retrieves 30; fewer keep prompts small). */
const PER_QUESTION = 15;

/** True when enough has happened since the last reflection (summed importance over threshold). */
export function shouldReflect(world: World, agent: Agent): boolean {
  if (world.config.ablate?.reflection) return false;
  return agent.s.importanceSinceReflect >= world.config.reflectThreshold;
}

/** Everyone the memories are about or came from, plus everyone the agent has a relationship with. */
export function peopleBriefs(world: World, agent: Agent, nodes: MemoryNode[]): PersonBrief[] {
  const ids = new Set(Object.keys(agent.s.relationships));
  for (const n of nodes) {
    if (n.subjectId) ids.add(n.subjectId);
    if (n.source) ids.add(n.source);
    if (n.event) ids.add(n.event.hostId);
  }
  ids.delete(agent.id);
  const out: PersonBrief[] = [];
  for (const id of [...ids].sort()) {
    const other = world.agent(id);
    if (!other) continue;
    out.push({
      id,
      name: other.name,
      occupation: other.persona.occupation,
      relationship: relationshipBrief(agent, id),
    });
  }
  return out;
}

/**
 * Reflection as in the paper: over the most recent memories the mind names a few focal questions;
 * memories are retrieved for each question (which refreshes their access time); then the mind
 * writes insights per question citing the memories they rest on. Insights are stored as thoughts
 * with evidence ids; since thoughts are memories too, later reflections can cite them (a tree).
 */
export function* reflect(world: World, agent: Agent): Task<number> {
  agent.s.importanceSinceReflect = 0;
  agent.s.lastReflectStep = world.step;
  const recentNodes = accessible(world, agent)
    .filter((n) => n.type !== 'plan')
    .slice(-world.config.reflectWindow);
  if (recentNodes.length < 5) return 0;
  const recent = recentNodes.map((n) => memoryBrief(n, world.step));
  const focal = yield* ask('focalQuestions', {
    agent: agent.persona,
    memories: recent,
    people: peopleBriefs(world, agent, recentNodes),
  });
  const retrieved = new Map<string, ScoredMemory>();
  const questions: { question: string; focus?: string; memoryIds: string[] }[] = [];
  for (const q of focal.questions.slice(0, MAX_FOCAL)) {
    if (!q.question.trim()) continue;
    const hits = yield* recall(world, agent, q.question, PER_QUESTION, { touch: true });
    if (!hits.length) continue;
    for (const h of hits) if (!retrieved.has(h.node.id)) retrieved.set(h.node.id, h);
    questions.push({
      question: q.question,
      ...(q.focus ? { focus: q.focus } : {}),
      memoryIds: hits.map((h) => h.node.id),
    });
  }
  if (!questions.length) return 0;
  // Chronological order reads naturally for a mind and keeps the request stable.
  const hits = [...retrieved.values()].sort((a, b) => a.node.created - b.node.created);
  const nodes = hits.map((h) => h.node);
  const memories: MemoryBrief[] = hits.map((h) => retrievedBrief(h, world.step));
  const res = yield* ask('reflect', {
    agent: agent.persona,
    seed: world.seed,
    memories,
    questions,
    people: peopleBriefs(world, agent, nodes),
  });
  let added = 0;
  for (const insight of res.insights) {
    const evidence = insight.evidence.filter((id) => agent.memory.get(id));
    if (!insight.text.trim() || evidence.length === 0) continue;
    if (agent.memory.nodes.some((n) => n.type === 'thought' && n.description === insight.text))
      continue;
    const subject =
      insight.subjectId && insight.subjectId !== agent.id && world.agent(insight.subjectId)
        ? { subjectId: insight.subjectId, keywords: [world.agent(insight.subjectId)!.name] }
        : {};
    remember(world, agent, {
      type: 'thought',
      description: insight.text,
      evidence,
      opId: res.opId,
      ...subject,
    });
    added++;
  }
  return added;
}
