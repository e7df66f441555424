import type { Action, Agent } from '../agent/agent';
import type { EventInfo } from '../agent/persona';
import { formatClock, minutesToSteps, STEPS_PER_MINUTE } from '../clock';
import type { MemoryNode } from '../memory/node';
import type { ScheduleBlock } from '../mind';
import { ask, type Task } from '../ops';
import type { Address } from '../world/townMap';
import type { World } from '../world/world';
import { memoryBrief } from './briefs';
import { isWorkday, jointPlans, peopleFor, placesFor, weekdayIndexOf } from './planContext';
import { accessible, remember } from './recall';

const PLAN_MEMORY_WINDOW = 40;

/** True when the minute of day falls in the agent's sleeping hours. */
export function isNight(agent: Agent, minuteOfDay: number): boolean {
  const wake = agent.persona.wakeHour * 60;
  const sleep = agent.persona.sleepHour * 60;
  return sleep > wake
    ? minuteOfDay >= sleep || minuteOfDay < wake
    : minuteOfDay >= sleep && minuteOfDay < wake;
}

/** Events the agent knows of (from memory), for planning. */
export function knownEvents(agent: Agent): EventInfo[] {
  const seen = new Map<string, EventInfo>();
  for (const n of agent.memory.nodes) if (n.event) seen.set(n.event.id, n.event);
  return [...seen.values()];
}

/** The memories a plan is made from: the recent ones and the salient older ones. */
export function recentBriefs(world: World, agent: Agent) {
  const nodes = accessible(world, agent);
  const recent: MemoryNode[] = nodes.slice(-PLAN_MEMORY_WINDOW).filter((n) => n.type !== 'event');
  // Always include high-importance memories (intentions, news) even if old.
  const salient = nodes.filter((n) => n.importance >= 6 && !recent.includes(n)).slice(-20);
  return [...salient, ...recent].map((n) => memoryBrief(n, world.step));
}

/** Morning: broad day plan, then an hourly schedule from now until bedtime. */
export function* planNewDay(world: World, agent: Agent): Task {
  const t = world.time;
  const memories = recentBriefs(world, agent);
  const events = knownEvents(agent);
  const weekdayIndex = weekdayIndexOf(world, t.day);
  const workday = isWorkday(world, agent.persona, weekdayIndex);
  const joint = jointPlans(world, agent, t.day);
  const day = yield* ask('planDay', {
    agent: agent.persona,
    seed: world.seed,
    day: t.day,
    weekday: t.weekday,
    weekdayIndex,
    workday,
    memories,
    knownEvents: events,
    joint,
    people: peopleFor(world, agent),
  });
  const schedule = yield* ask('scheduleHours', {
    agent: agent.persona,
    seed: world.seed,
    day: t.day,
    weekday: t.weekday,
    fromMinute: t.minuteOfDay,
    dayPlan: day.items,
    knownEvents: events,
    memories,
    places: placesFor(world),
    weekdayIndex,
    workday,
    joint,
    people: peopleFor(world, agent),
  });
  agent.s.plan = {
    day: t.day,
    wakeHour: day.wakeHour,
    items: day.items,
    blocks: normaliseBlocks(schedule.blocks),
    decomp: null,
  };
  if (!world.config.ablate?.planning)
    remember(world, agent, {
      type: 'plan',
      description: `My plan for ${t.weekday} (day ${t.day}): ${day.items.join('; ')}`,
      opId: day.opId,
    });
  agent.s.action.endStep = world.step; // choose a new action now
}

/** Re-plans the rest of the day from now (after a whisper, a chat or news of an event). */
export function* replan(world: World, agent: Agent): Task {
  const plan = agent.s.plan;
  agent.s.replanRequested = false;
  if (!plan) return;
  const t = world.time;
  const schedule = yield* ask('scheduleHours', {
    agent: agent.persona,
    seed: world.seed,
    day: t.day,
    weekday: t.weekday,
    fromMinute: t.minuteOfDay,
    dayPlan: plan.items,
    knownEvents: knownEvents(agent),
    memories: recentBriefs(world, agent),
    places: placesFor(world),
    weekdayIndex: weekdayIndexOf(world, t.day),
    workday: isWorkday(world, agent.persona, weekdayIndexOf(world, t.day)),
    joint: jointPlans(world, agent, t.day),
    people: peopleFor(world, agent),
  });
  const kept = plan.blocks.filter((b) => b.startMinute + b.durationMin <= t.minuteOfDay);
  const before = JSON.stringify(
    plan.blocks.filter((b) => !kept.includes(b)).map((b) => b.activity),
  );
  // The block under way is kept up to now, so the day's record has no hole where it was.
  const current = plan.blocks.find(
    (b) => b.startMinute < t.minuteOfDay && b.startMinute + b.durationMin > t.minuteOfDay,
  );
  const fresh = [...schedule.blocks];
  let done: ScheduleBlock[] = [];
  if (current) {
    const cut = t.minuteOfDay - current.startMinute;
    // Carrying on with the same thing: one block from its real start, not two.
    const same = fresh.findIndex(
      (b) => b.startMinute === t.minuteOfDay && b.activity === current.activity,
    );
    const carried = fresh[same];
    if (carried)
      fresh[same] = {
        ...carried,
        startMinute: current.startMinute,
        durationMin: carried.durationMin + cut,
      };
    else done = [{ ...current, durationMin: cut }];
  }
  plan.blocks = normaliseBlocks([...kept, ...done, ...fresh]);
  plan.decomp = null;
  const after = JSON.stringify(
    plan.blocks.filter((b) => !kept.includes(b) && !done.includes(b)).map((b) => b.activity),
  );
  if (before !== after) {
    const next = plan.blocks.filter((b) => !kept.includes(b)).slice(0, 3);
    if (!world.config.ablate?.planning)
      remember(world, agent, {
        type: 'plan',
        description: `I changed my plans: ${next.map((b) => `${formatClock(b.startMinute)} ${b.activity}`).join('; ')}`,
        opId: schedule.opId,
      });
    // Leave a routine action now; keep sleeping or chatting undisturbed.
    if (agent.s.action.kind === 'act' || agent.s.action.kind === 'idle')
      agent.s.action.endStep = world.step;
  }
}

function normaliseBlocks(blocks: ScheduleBlock[]): ScheduleBlock[] {
  return blocks
    .filter((b) => b.durationMin > 0 && b.activity)
    .map((b) => ({ ...b, startMinute: Math.max(0, Math.round(b.startMinute)) }))
    .sort((a, b) => a.startMinute - b.startMinute);
}

/** The block under way at `minute` (the last listed one spanning it), with its index. */
function blockAt(
  blocks: ScheduleBlock[],
  minute: number,
): { index: number; block: ScheduleBlock } | null {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (block && minute >= block.startMinute && minute < block.startMinute + block.durationMin)
      return { index, block };
  }
  return null;
}

/** The home bed (or bedroom) of an agent. */
export function homeAddress(agent: Agent): Address {
  return { sector: agent.persona.home.sector, arena: agent.persona.home.arena, object: 'bed' };
}

/** Starts an action: sets it, marks the used object and plans the walk there. */
export function startAction(world: World, agent: Agent, action: Action): void {
  world.setObjectState(agent.s.action.address, undefined, agent.id);
  agent.s.action = action;
  agent.s.path = [];
  if (!action.address) return;
  const targets = world.map.targetTiles(action.address);
  if (!targets.length || targets.includes(agent.s.tile)) return;
  // Prefer a spot nobody else stands on or is walking to (two people share a counter, not a tile).
  const taken = new Set<number>();
  for (const other of world.agents) {
    if (other === agent) continue;
    taken.add(other.s.path.at(-1) ?? other.s.tile);
  }
  const free = targets.filter((t) => !taken.has(t));
  const goal = agent.rng.pick(free.length ? free : targets);
  agent.s.path = world.paths.find(agent.s.tile, goal);
}

/** Puts an agent to bed until its wake hour. */
export function goToSleep(world: World, agent: Agent): void {
  if (agent.s.action.kind === 'sleep') return;
  startAction(world, agent, {
    description: 'sleeping',
    emoji: '😴',
    address: homeAddress(agent),
    startStep: world.step,
    endStep: world.step + minutesToSteps(60),
    kind: 'sleep',
    objectState: 'being slept in',
  });
}

/**
 * Picks the next action from the schedule: finds the current block, grounds it to a place,
 * decomposes it into 5–15 minute steps (once per block) and starts the step due now.
 */
export function* nextAction(world: World, agent: Agent): Task {
  const plan = agent.s.plan;
  const t = world.time;
  if (!plan) return;
  const current = blockAt(plan.blocks, t.minuteOfDay);
  if (!current) {
    startAction(world, agent, {
      description: 'taking a short break',
      emoji: '☕',
      address: null,
      startStep: world.step,
      endStep: world.step + minutesToSteps(10),
      kind: 'idle',
    });
    return;
  }
  const { index: bi, block } = current;
  const place = yield* groundBlock(world, agent, block);
  if (!plan.decomp || plan.decomp.blockIndex !== bi) {
    const arena = world.map.arena(place.sector, place.arena ?? '');
    const res = yield* ask('decompose', {
      agent: agent.persona,
      block,
      objects: arena?.objects.map((o) => o.name) ?? [],
      kind: placesFor(world).find((s) => s.sector === place.sector)?.kind ?? null,
      worksHere: onDuty(world, agent, place.sector, block),
    });
    plan.decomp = { blockIndex: bi, steps: res.steps.length ? res.steps : [], opId: res.opId };
  }
  const steps = plan.decomp.steps;
  let offset = t.minuteOfDay - block.startMinute;
  let si = 0;
  while (si < steps.length - 1) {
    const done = steps[si];
    if (!done || offset < done.durationMin) break;
    offset -= done.durationMin;
    si++;
  }
  const step = steps[si] ?? { description: block.activity, durationMin: block.durationMin };
  const blockEnd = block.startMinute + block.durationMin;
  const remaining = Math.max(
    1,
    Math.min(step.durationMin - offset, blockEnd - t.minuteOfDay) || step.durationMin,
  );
  const object = step.object ?? place.object;
  startAction(world, agent, {
    description: step.description,
    emoji: step.emoji || place.emoji || '🙂',
    address: { sector: place.sector, arena: place.arena, object },
    startStep: world.step,
    endStep: world.step + Math.max(STEPS_PER_MINUTE, minutesToSteps(remaining)),
    kind: 'act',
    objectState: object ? objectStateFor(step.description) : undefined,
    opId: plan.decomp.opId,
  });
}

function* groundBlock(
  world: World,
  agent: Agent,
  block: ScheduleBlock,
): Task<Address & { emoji: string }> {
  const cached = agent.s.placeCache[block.activity];
  if (cached) return cached;
  if (block.place && world.map.arena(block.place.sector, block.place.arena ?? '')) {
    const res = { ...block.place, emoji: '' };
    return res;
  }
  const here = world.map.arenaOf(agent.s.tile);
  const res = yield* ask('groundAction', {
    agent: agent.persona,
    activity: block.activity,
    currentSector: here?.sector ?? null,
    places: placesFor(world),
  });
  const valid = world.map.arena(res.sector, res.arena)
    ? res
    : { ...res, sector: agent.persona.home.sector, arena: 'living room' };
  const place = {
    sector: valid.sector,
    arena: valid.arena,
    object: valid.object,
    emoji: res.emoji,
  };
  agent.s.placeCache[block.activity] = place;
  return place;
}

/** At the workplace during a working block of a working day: staff, not a customer. */
function onDuty(world: World, agent: Agent, sector: string, block: ScheduleBlock): boolean {
  const p = agent.persona;
  if (!p.workHours || p.workplace?.sector !== sector) return false;
  if (!isWorkday(world, p, weekdayIndexOf(world, world.time.day))) return false;
  const [ws, we] = [p.workHours[0] * 60, p.workHours[1] * 60];
  return block.startMinute < we && block.startMinute + block.durationMin > ws;
}

/** "being used for writing a lesson plan" — the state an object shows while an agent uses it. */
function objectStateFor(description: string): string {
  return `in use (${description})`;
}
