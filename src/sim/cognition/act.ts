import type { Agent, Facing } from '../agent/agent';
import { ask, type Task } from '../ops';
import type { MemoryNode } from '../memory/node';
import type { World } from '../world/world';
import { importanceItems } from './importanceItems';
import { perceive } from './perceive';
import { goToSleep, isNight, nextAction, planNewDay, replan } from './plan';
import { react } from './react';
import { reflect, shouldReflect } from './reflect';

/** Moves one tile along the path (agents walk one tile per step) and updates facing. */
export function move(world: World, agent: Agent): void {
  const next = agent.s.path.shift();
  if (next === undefined) {
    world.setObjectState(agent.s.action.address, agent.s.action.objectState, agent.id);
    return;
  }
  const w = world.map.width;
  const dx = (next % w) - (agent.s.tile % w);
  const dy = Math.floor(next / w) - Math.floor(agent.s.tile / w);
  const facing: Facing = dx > 0 ? 'right' : dx < 0 ? 'left' : dy > 0 ? 'down' : 'up';
  agent.s.facing = facing;
  world.placeAgent(agent, next);
}

/**
 * The part of a step that never needs a mind: ends a finished conversation, holds an agent still
 * talking, puts a sleeper to bed. Returns true when that was the whole step (most people, most
 * steps): then no coroutine is needed.
 */
export function quickTick(world: World, agent: Agent): boolean {
  const chat = agent.s.chat;
  if (chat) {
    if (world.step < chat.untilStep) return true;
    agent.s.chat = null;
    agent.s.lastChatEndStep = world.step;
    agent.s.action.endStep = world.step;
  }
  if (isNight(agent, world.time.minuteOfDay)) {
    goToSleep(world, agent);
    move(world, agent);
    return true;
  }
  return false;
}

/** The rest of an awake agent's step: plan, perceive, reflect, react, act, move. */
export function* think(world: World, agent: Agent): Task {
  const t = world.time;
  if (!agent.s.plan || agent.s.plan.day !== t.day) yield* planNewDay(world, agent);

  const seen = perceive(world, agent);
  if (shouldReflect(world, agent)) yield* reflect(world, agent);
  if (agent.s.replanRequested) yield* replan(world, agent);
  if (!agent.s.chat) yield* react(world, agent, seen.agents);
  if (agent.s.chat) return;
  if (world.step >= agent.s.action.endStep) yield* nextAction(world, agent);
  move(world, agent);
}

/** One step of one agent's cognitive loop: perceive, plan, reflect, react, act, move. */
export function* agentTick(world: World, agent: Agent): Task {
  if (!quickTick(world, agent)) yield* think(world, agent);
}

/**
 * Step end, per agent: rates the importance of new memories (one batched question) and adds the
 * ratings to the reflection trigger; returns the memories to embed now. Waits until enough
 * memories are pending (or the oldest has waited long enough) so that a mind is asked few, larger
 * questions.
 */
export function* enrich(world: World, agent: Agent): Task<MemoryNode[]> {
  if (!agent.memory.mayHavePending) return [];
  const { unrated, unembedded } = agent.memory.pending();
  const waiting = Math.max(unrated.length, unembedded.length);
  if (!waiting || world.step < agent.s.nextEnrichStep) return [];
  const oldest = Math.min(unrated[0]?.created ?? Infinity, unembedded[0]?.created ?? Infinity);
  // Perceptions are frequent and mundane: batch them. Thoughts, chats and plans are rare and
  // matter at once (a whisper should be retrievable by relevance right away).
  const meaningful =
    unembedded.some((n) => n.type !== 'event') || unrated.some((n) => n.type !== 'event');
  const due =
    meaningful ||
    waiting >= world.config.enrichBatch ||
    world.step - oldest >= world.config.enrichMaxDelaySteps ||
    agent.s.replanRequested;
  if (!due) return [];
  if (unrated.length) {
    const res = yield* ask('rateImportance', {
      agent: agent.persona,
      items: importanceItems(world, agent, unrated),
    });
    unrated.forEach((n, i) => {
      const score = Math.round(Math.max(1, Math.min(10, res.scores[i] ?? 3)));
      n.importance = score;
      agent.s.importanceSinceReflect += score;
    });
  }
  return unembedded;
}

/**
 * Step end, for the whole town: one `embed` question for every memory due (an embedding does not
 * depend on who holds the memory), each distinct text once — many people see the same sight. So
 * embedding calls do not grow with the number of people.
 */
export function* embedTown(
  world: World,
  batches: readonly { agent: Agent; nodes: readonly MemoryNode[] }[],
): Task {
  const texts: string[] = [];
  const at = new Map<string, number>();
  for (const { nodes } of batches)
    for (const n of nodes)
      if (!at.has(n.description)) {
        at.set(n.description, texts.length);
        texts.push(n.description);
      }
  if (!texts.length) return;
  const res = yield* ask('embed', { texts });
  for (const { agent, nodes } of batches) {
    let missing = false;
    for (const n of nodes) {
      const v = res.vectors[at.get(n.description) ?? -1];
      if (v) agent.memory.setEmbedding(n.id, v);
      else missing = true;
    }
    // The embedder could not answer (e.g. the server is down): try again later, not every step.
    if (missing) agent.s.nextEnrichStep = world.step + world.config.enrichMaxDelaySteps;
  }
}
