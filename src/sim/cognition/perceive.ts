import type { Agent, Relationship } from '../agent/agent';
import type { ObjectEntry } from '../world/objects';
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
 * Sights of strangers (people the agent has no relationship with) stored in any game hour, at
 * most. In a crowd the nearest few change every step; storing every passer-by would make memory —
 * and every mind call that rates, embeds and reflects on it — grow with the size of the crowd
 * instead of with what happens. People one knows and objects are not limited. In the 25-person
 * default town nobody reaches it (its busiest agent-hours stay under it: the 25-person town is unchanged).
 */
export const STRANGER_SIGHTS_PER_HOUR = 32;

/**
 * The sights an agent stored in the last hour, derived from its memory (never saved; rebuilt from
 * memory after a restore), so "stored recently?" does not rescan the memory's tail every time.
 */
interface SightLog {
  /** Last step each sight (person or object, action) was stored. */
  last: Map<string, number>;
  /** Size at which old sights are next forgotten (grows, so pruning stays amortised). */
  pruneAt: number;
  /** Steps at which sights of strangers were stored, oldest first (the last hour's). */
  strangers: number[];
}

const logs = new WeakMap<Agent, SightLog>();

/** Drops an agent's sight log (its memory was edited): it is rebuilt from memory when next needed. */
export function forgetSightLog(agent: Agent): void {
  logs.delete(agent);
}

function sightKey(s: Sighting): string {
  return `${s.action}\u0000${s.subjectId ?? ''}\u0000${s.object ?? ''}`;
}

/** Whether `subjectId` was someone the agent did not know at `step` (objects are not people). */
function strangerAt(agent: Agent, subjectId: string | undefined, step: number): boolean {
  if (!subjectId) return false;
  const rel = agent.s.relationships[subjectId];
  return !rel || rel.since > step;
}

/** The agent's sight log, built from the last hour of its memory the first time it is needed. */
function sightLog(agent: Agent, since: number): SightLog {
  let log = logs.get(agent);
  if (!log) {
    log = { last: new Map(), strangers: [], pruneAt: 512 };
    const nodes = agent.memory.nodes;
    let i = nodes.length - 1;
    while (i >= 0 && (nodes[i]?.created ?? -Infinity) >= since) i--;
    for (let j = i + 1; j < nodes.length; j++) {
      const n = nodes[j];
      if (!n?.seen) continue;
      log.last.set(sightKey(n.seen), n.created);
      if (strangerAt(agent, n.seen.subjectId, n.created)) log.strangers.push(n.created);
    }
    logs.set(agent, log);
  }
  while (log.strangers.length && log.strangers[0]! < since) log.strangers.shift();
  // Forget sights older than the window now and then, so the log stays small on long runs.
  if (log.last.size > log.pruneAt) {
    for (const [k, step] of log.last) if (step < since) log.last.delete(k);
    log.pruneAt = Math.max(512, 2 * log.last.size);
  }
  return log;
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
  const where = myArena ? { sector: myArena.sector, arena: myArena.name } : {};
  // Candidates first (cheap: who and how far); text and sightings only for those attended.
  const seen: { dist: number; order: number; subject?: Agent; object?: ObjectEntry }[] = [];
  for (const other of world.grid.near(agent.s.tile, visionRadius, false)) {
    if (other === agent) continue;
    const dist = chebyshev(world, agent.s.tile, other.s.tile);
    if (dist > visionRadius || world.map.arenaOf(other.s.tile) !== myArena) continue;
    seen.push({ dist, order: world.grid.orderOf(other), subject: other });
  }
  if (myArena) {
    let order = world.agents.length;
    for (const entry of world.objects.inArena(myArena.sector, myArena.name)) {
      if (entry.agentId === agent.id) continue;
      seen.push({ dist: 0, order: order++, object: entry });
    }
  }
  // Nearest first; ties in town order, objects after people (as a scan of the town gives them).
  seen.sort((a, b) => a.dist - b.dist || a.order - b.order);
  const attended = seen.slice(0, attentionBandwidth);
  let newEvents = 0;
  for (const e of attended) {
    const { text, sighting } = describe(e, where);
    if (agent.s.recentPerceived.includes(text)) continue;
    agent.s.recentPerceived.push(text);
    if (agent.s.recentPerceived.length > retention) agent.s.recentPerceived.shift();
    // Retention (the paper's) only spans the last few sights; someone doing the same thing all
    // morning would be stored again and again. One memory per sight per hour is enough.
    const since = world.step - REPEAT_WINDOW_STEPS;
    const log = sightLog(agent, since);
    const key = sightKey(sighting);
    if ((log.last.get(key) ?? -Infinity) >= since) continue;
    const stranger = strangerAt(agent, sighting.subjectId, world.step);
    if (stranger && log.strangers.length >= STRANGER_SIGHTS_PER_HOUR) continue;
    if (stranger) log.strangers.push(world.step);
    log.last.set(key, world.step);
    remember(world, agent, {
      type: 'event',
      description: text,
      subjectId: e.subject?.id,
      keywords: e.subject ? [e.subject.name] : [],
      seen: sighting,
    });
    newEvents++;
  }
  return { agents: attended.filter((e) => e.subject).map((e) => e.subject!), newEvents };
}

/** "Ada is reading", kept per person until the action changes (perception asks every step). */
const texts = new WeakMap<Agent, { action: string; text: string }>();

function sightText(other: Agent): string {
  const action = other.s.action.description;
  const hit = texts.get(other);
  if (hit?.action === action) return hit.text;
  const text = `${other.name} is ${action}`;
  texts.set(other, { action, text });
  return text;
}

/** What a sight says, and the structured sighting behind it. */
function describe(
  e: { subject?: Agent; object?: ObjectEntry },
  where: { sector?: string; arena?: string },
): { text: string; sighting: Sighting } {
  if (e.subject) {
    const other = e.subject;
    return {
      text: sightText(other),
      sighting: {
        subjectId: other.id,
        action: other.s.action.description,
        object: other.s.action.address?.object,
        ...where,
      },
    };
  }
  const { address, state } = e.object!;
  return {
    text: `the ${address.object} is ${state}`,
    sighting: { action: state, object: address.object, ...where },
  };
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
