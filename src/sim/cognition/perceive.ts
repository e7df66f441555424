import type { Agent } from '../agent/agent';
import type { World } from '../world/world';
import type { Sighting } from '../memory/node';
import { remember } from './recall';

export interface Perceived {
  /** Agents seen this step, nearest first (whether or not the sight became a new memory). */
  agents: Agent[];
  /** New event memories stored this step. */
  newEvents: number;
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
    for (const [key, obj] of Object.entries(world.objectStates)) {
      if (obj.agentId === agent.id) continue;
      const [sector, arena, object] = key.split(':');
      if (sector !== myArena.sector || arena !== myArena.name) continue;
      seen.push({
        dist: 0,
        text: `the ${object} is ${obj.state}`,
        sighting: { action: obj.state, object, ...where },
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

/** Records that `agent` now knows `other` (by name, after talking), if it did not already. */
export function noteAcquaintance(world: World, agent: Agent, other: Agent, relation: string): void {
  if (agent.s.relationships[other.id]) return;
  agent.s.relationships[other.id] = {
    relation,
    closeness: 0,
    summary: relation,
    timesTalked: 0,
    since: world.step,
    lastTalkStep: -1,
  };
}
