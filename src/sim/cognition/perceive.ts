import type { Agent, Relationship } from '../agent/agent';
import type { World } from '../world/world';
import type { Sighting } from '../memory/node';
import { remember } from './recall';

export interface Perceived {
  /** Agents seen this step, nearest first (whether or not the sight became a new memory). */
  agents: Agent[];
  /** New event memories stored this step. */
  newEvents: number;
}

/** A sight already stored within this many steps (one game hour) is not stored again. */
const REPEAT_WINDOW_STEPS = 360;

/**
 * Whether the agent stored the same sight (same person or object, same action) recently. Memories
 * are in creation order, so only the last hour's tail is scanned.
 */
function storedRecently(agent: Agent, s: Sighting, since: number): boolean {
  const nodes = agent.memory.nodes;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (!n || n.created < since) break;
    const m = n.seen;
    if (m && m.action === s.action && m.subjectId === s.subjectId && m.object === s.object)
      return true;
  }
  return false;
}

function chebyshev(world: World, a: number, b: number): number {
  const w = world.map.width;
  return Math.max(Math.abs((a % w) - (b % w)), Math.abs(Math.floor(a / w) - Math.floor(b / w)));
}

/**
 * Perception: events within the vision radius and in the same arena (outdoors counts as one
 * arena), the nearest `attentionBandwidth` of them, skipping those among the last `retention`
 * perceived. Each new one becomes an event memory.
 */
export function perceive(world: World, agent: Agent): Perceived {
  const { visionRadius, attentionBandwidth, retention } = world.config;
  const myArena = world.map.arenaOf(agent.s.tile);
  const seen: { dist: number; text: string; subject?: Agent; sighting: Sighting }[] = [];
  const where = myArena ? { sector: myArena.sector, arena: myArena.name } : {};
  for (const other of world.agents) {
    if (other === agent) continue;
    const dist = chebyshev(world, agent.s.tile, other.s.tile);
    if (dist > visionRadius || world.map.arenaOf(other.s.tile) !== myArena) continue;
    seen.push({
      dist,
      text: `${other.name} is ${other.s.action.description}`,
      subject: other,
      sighting: {
        subjectId: other.id,
        action: other.s.action.description,
        object: other.s.action.address?.object,
        ...where,
      },
    });
  }
  if (myArena) {
    for (const { address, state, agentId } of world.objects.entries()) {
      if (agentId === agent.id) continue;
      if (address.sector !== myArena.sector || address.arena !== myArena.name) continue;
      seen.push({
        dist: 0,
        text: `the ${address.object} is ${state}`,
        sighting: { action: state, object: address.object, ...where },
      });
    }
  }
  seen.sort((a, b) => a.dist - b.dist);
  const attended = seen.slice(0, attentionBandwidth);
  let newEvents = 0;
  for (const e of attended) {
    if (agent.s.recentPerceived.includes(e.text)) continue;
    agent.s.recentPerceived.push(e.text);
    if (agent.s.recentPerceived.length > retention) agent.s.recentPerceived.shift();
    // Retention (the paper's) only spans the last few sights; someone doing the same thing all
    // morning would be stored again and again. One memory per sight per hour is enough.
    if (storedRecently(agent, e.sighting, world.step - REPEAT_WINDOW_STEPS)) continue;
    remember(world, agent, {
      type: 'event',
      description: e.text,
      subjectId: e.subject?.id,
      keywords: e.subject ? [e.subject.name] : [],
      seen: e.sighting,
    });
    newEvents++;
  }
  return { agents: attended.filter((e) => e.subject).map((e) => e.subject!), newEvents };
}

/**
 * Records that `agent` now knows `other` (by name, after talking), if it did not already. Returns
 * the relationship, new or old.
 */
export function noteAcquaintance(
  world: World,
  agent: Agent,
  other: Agent,
  relation: string,
): Relationship {
  const known = agent.s.relationships[other.id];
  if (known) return known;
  const met: Relationship = {
    relation,
    closeness: 0,
    summary: relation,
    timesTalked: 0,
    since: world.step,
    lastTalkStep: -1,
  };
  agent.s.relationships[other.id] = met;
  return met;
}
