import type { InterviewAnswer } from './cognition/interview';
import { interview } from './cognition/interview';
import { forgetSightLog } from './cognition/perceive';
import { remember } from './cognition/recall';
import {
  ANNOUNCE_IMPORTANCE,
  WHISPER_IMPORTANCE,
  type Command,
  type CommandType,
  type Commands,
} from './commands';
import type { Agent } from './agent/agent';
import type { MemoryNode } from './memory/node';
import type { RetrievalWeights } from './memory/retrieve';
import { ask, type Task } from './ops';
import type { World } from './world/world';

/** What each command gives back to whoever issued it (`Engine.execute`). */
export interface CommandResults {
  whisper: { memoryId: string };
  interview: InterviewAnswer;
  announceEvent: { reached: string[] };
  setWeights: { weights: RetrievalWeights };
  forgetMemory: { memoryId: string };
  rewriteMemory: { memoryId: string };
}
export type CommandResult<K extends CommandType = CommandType> = CommandResults[K];

/**
 * Applies a command to the world: its result at once, or a cognition task (an interview, a
 * rewritten memory to embed) for the engine to drive. Throws the command's problem.
 */
export function applyCommand(world: World, command: Command): Task<unknown> | unknown {
  const handler = HANDLERS[command.type] as (
    world: World,
    args: Commands[CommandType],
  ) => Task<unknown> | unknown;
  return handler(world, command);
}

export function isTask(x: unknown): x is Task<unknown> {
  return typeof (x as Task<unknown> | null)?.next === 'function';
}

type Handler<K extends CommandType> = (
  world: World,
  args: Commands[K],
) => Task<CommandResults[K]> | CommandResults[K];

/** The new words, embedded again; the data the old words carried goes with them. */
function* rewrite(agent: Agent, node: MemoryNode, text: string): Task<{ memoryId: string }> {
  const loose = node as unknown as Record<string, unknown>;
  for (const key of ['gist', 'news', 'event', 'seen', 'source'] as const) delete loose[key];
  node.description = text;
  forgetSightLog(agent);
  const { vectors } = yield* ask('embed', { texts: [text] });
  const vector = vectors[0];
  if (vector) agent.memory.setEmbedding(node.id, vector);
  return { memoryId: node.id };
}

function requireAgent(world: World, id: string) {
  const agent = world.agent(id);
  if (!agent) throw new Error(`No agent with id "${id}"`);
  return agent;
}

const HANDLERS: { [K in CommandType]: Handler<K> } = {
  whisper(world, { agentId, text }) {
    const agent = requireAgent(world, agentId);
    const clean = text.trim();
    if (!clean) throw new Error('A whisper needs some text');
    const node = remember(world, agent, {
      type: 'thought',
      description: clean,
      importance: WHISPER_IMPORTANCE,
      keywords: ['inner voice'],
    });
    agent.s.importanceSinceReflect += WHISPER_IMPORTANCE;
    agent.s.replanRequested = true;
    return { memoryId: node.id };
  },
  interview(world, { agentId, question, remember: keep }) {
    const agent = requireAgent(world, agentId);
    if (!question.trim()) throw new Error('An interview needs a question');
    return interview(world, agent, question.trim(), keep);
  },
  announceEvent(world, { text, place }) {
    const clean = text.trim();
    if (!clean) throw new Error('An announcement needs some text');
    if (place && !world.map.sector(place.sector))
      throw new Error(`No place called "${place.sector}"`);
    const reached: string[] = [];
    for (const agent of world.agents) {
      const arena = world.map.arenaOf(agent.s.tile);
      const here =
        !place || (arena?.sector === place.sector && (!place.arena || arena.name === place.arena));
      if (!here) continue;
      remember(world, agent, {
        type: 'event',
        description: clean,
        importance: ANNOUNCE_IMPORTANCE,
        keywords: ['announcement'],
      });
      agent.s.importanceSinceReflect += ANNOUNCE_IMPORTANCE;
      agent.s.replanRequested = true;
      reached.push(agent.id);
    }
    return { reached };
  },
  forgetMemory(world, { agentId, memoryId }) {
    const agent = requireAgent(world, agentId);
    if (!agent.memory.remove(memoryId))
      throw new Error(`${agent.name} has no memory "${memoryId}"`);
    forgetSightLog(agent);
    return { memoryId };
  },
  rewriteMemory(world, { agentId, memoryId, text }) {
    const agent = requireAgent(world, agentId);
    const node = agent.memory.get(memoryId);
    if (!node) throw new Error(`${agent.name} has no memory "${memoryId}"`);
    const clean = text.trim();
    if (!clean) throw new Error('A memory needs some words');
    return rewrite(agent, node, clean);
  },
  setWeights(world, { weights }) {
    for (const v of Object.values(weights))
      if (!Number.isFinite(v) || v < 0) throw new Error('Weights must be non-negative numbers');
    world.config = { ...world.config, weights: { ...weights } };
    return { weights: { ...weights } };
  },
};
