import type { Agent } from '../agent/agent';
import { STEPS_PER_MINUTE } from '../clock';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';
import { memoryBrief, partnerBrief, relationshipBrief } from './briefs';
import { converse } from './converse';
import { accessible } from './recall';

/** After deciding not to talk, wait this long before asking about the same person again. */
export const RECONSIDER_STEPS = 30 * STEPS_PER_MINUTE;
const TALK_MEMORIES = 5;
/**
 * A day's social energy: nobody joins more than this many conversations in a game day. Above the
 * most anyone has in the 25-person town; in a crowd it keeps talk (and its mind calls) per person
 * near what a small town has instead of growing with the number of people met.
 */
export const CHATS_PER_DAY = 10;

/** Conversations `agent` joined today. */
export function chatsToday(world: World, agent: Agent): number {
  const c = agent.s.chatsToday;
  return c && c.day === world.time.day ? c.count : 0;
}

/** Counts a conversation `agent` joins now. */
export function countChat(world: World, agent: Agent): void {
  agent.s.chatsToday = { day: world.time.day, count: chatsToday(world, agent) + 1 };
}

function tileDistance(world: World, a: number, b: number): number {
  const w = world.map.width;
  return Math.abs((a % w) - (b % w)) + Math.abs(Math.floor(a / w) - Math.floor(b / w));
}

/** Cheap rule gate: only pairs passing it cost a mind question. */
export function mayTalk(world: World, agent: Agent, other: Agent): boolean {
  const cfg = world.config;
  const hour = world.time.hour;
  if (hour < cfg.chatHours[0] || hour >= cfg.chatHours[1]) return false;
  if (world.midThought.has(other.id)) return false;
  for (const x of [agent, other]) {
    if (x.s.chat || x.s.action.kind === 'sleep' || x.s.action.kind === 'chat') return false;
    if (x.s.lastChatEndStep >= 0 && world.step - x.s.lastChatEndStep < cfg.chatRestSteps)
      return false;
    if (chatsToday(world, x) >= CHATS_PER_DAY) return false;
  }
  if (tileDistance(world, agent.s.tile, other.s.tile) > cfg.chatDistance) return false;
  const last = agent.s.relationships[other.id]?.lastTalkStep ?? -Infinity;
  if (world.step - last < cfg.chatCooldownSteps) return false;
  const considered = agent.s.talkConsidered[other.id] ?? -Infinity;
  if (world.step - considered < RECONSIDER_STEPS) return false;
  return true;
}

/**
 * Reaction: for the nearest agent that passes the rule gate, ask whether to start a conversation,
 * and if so hold it.
 */
export function* react(world: World, agent: Agent, seen: Agent[]): Task {
  const other = seen.find((o) => mayTalk(world, agent, o));
  if (!other) return;
  agent.s.talkConsidered[other.id] = world.step;
  const nodes = accessible(world, agent);
  const about = nodes
    .filter((n) => n.subjectId === other.id && n.type !== 'event')
    .slice(-TALK_MEMORIES)
    .map((n) => memoryBrief(n, world.step));
  const salient = nodes
    // news and events worth telling, and whispers (intentions that may name this person)
    .filter((n) => (n.importance >= 6 && (n.event || n.news)) || n.keywords.includes('inner voice'))
    .slice(-TALK_MEMORIES)
    .map((n) => memoryBrief(n, world.step));
  const res = yield* ask('decideToTalk', {
    agent: agent.persona,
    partner: partnerBrief(other),
    relationship: relationshipBrief(agent, other.id),
    ownAction: agent.s.action.description,
    memories: [...salient, ...about],
    minuteOfDay: world.time.minuteOfDay,
    day: world.time.day,
    seed: world.seed,
  });
  // Re-check: another conversation may have claimed either side while we were deciding.
  // With a slow mind the other may also have walked on or started thinking meanwhile.
  if (!res.talk || agent.s.chat || other.s.chat || other.s.action.kind === 'sleep') return;
  if (world.midThought.has(other.id)) return;
  if (tileDistance(world, agent.s.tile, other.s.tile) > world.config.chatDistance + 1) return;
  yield* converse(world, agent, other, res.opId);
}
