import type { Agent } from '../agent/agent';
import { gameTime, STEPS_PER_DAY } from '../clock';
import type { InterviewPerson, MemoryBrief } from '../mind';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';
import { memoryBrief, relationshipBrief, retrievedBrief } from './briefs';
import { knownEvents, recentBriefs } from './plan';
import { isWorkday, jointPlans, peopleFor, placesFor, weekdayIndexOf } from './planContext';
import { accessible, recall, remember } from './recall';

const INTERVIEW_MEMORIES = 8;

export interface InterviewAnswer {
  answer: string;
  usedMemoryIds: string[];
  opId?: string;
}

/**
 * Answers a question in character from retrieved memories. Unless `rememberIt` is set the agent is
 * left exactly as it was: no memory is added and no last-access time is touched.
 */
export function* interview(
  world: World,
  agent: Agent,
  question: string,
  rememberIt: boolean,
): Task<InterviewAnswer> {
  const memories = yield* recall(world, agent, question, INTERVIEW_MEMORIES, {
    touch: rememberIt,
  });
  const res = yield* ask('answerInterview', {
    agent: agent.persona,
    seed: world.seed,
    question,
    memories: memories.map((m) => retrievedBrief(m, world.step)),
    currentAction: agent.s.action.description,
    plan: world.config.ablate?.planning ? [] : (agent.s.plan?.items ?? []),
    day: world.time.day,
    minuteOfDay: world.time.minuteOfDay,
    weekday: world.time.weekday,
    people: interviewPeople(world, agent),
    knownEvents: world.config.ablate?.memory ? [] : knownEvents(agent),
    topics: topicMemories(world, agent),
    schedule: world.config.ablate?.planning ? [] : (agent.s.plan?.blocks ?? []),
    tomorrow: world.config.ablate?.planning ? undefined : tomorrowContext(world, agent),
    places: placesFor(world),
  });
  if (rememberIt) {
    remember(world, agent, {
      type: 'chat',
      description: `Someone asked me "${question}" and I answered: ${res.answer}`,
      opId: res.opId,
    });
  }
  return { answer: res.answer, usedMemoryIds: res.usedMemoryIds, opId: res.opId };
}

/** Everyone the agent has a relationship with, and everyone who shares its home. */
function interviewPeople(world: World, agent: Agent): InterviewPerson[] {
  const out: InterviewPerson[] = [];
  const home = agent.persona.home.sector;
  for (const other of world.agents) {
    if (other === agent) continue;
    const relationship = relationshipBrief(agent, other.id);
    const sharesHome = other.persona.home.sector === home;
    if (!relationship && !sharesHome) continue;
    out.push({
      id: other.id,
      name: other.name,
      occupation: other.persona.occupation,
      relationship,
      sharesHome,
    });
  }
  return out;
}

/**
 * Memories carrying an event or news the agent may be asked about: for each, the first (how it
 * learned of it) and the latest, so a question about it is answered from the same facts every time.
 */
function topicMemories(world: World, agent: Agent): MemoryBrief[] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const nodes = accessible(world, agent);
  nodes.forEach((n, i) => {
    const tag = n.event ? `event:${n.event.id}` : n.news ? `news:${n.news}` : null;
    if (!tag) return;
    if (!first.has(tag)) first.set(tag, i);
    last.set(tag, i);
  });
  const picked = [...new Set([...first.values(), ...last.values()])].sort((a, b) => a - b);
  return picked.flatMap((i) => {
    const n = nodes[i];
    return n ? [memoryBrief(n, world.step)] : [];
  });
}

/** Tomorrow and what the agent would plan it from (as `planNewDay` does on waking). */
function tomorrowContext(world: World, agent: Agent) {
  const day = world.time.day + 1;
  const weekdayIndex = weekdayIndexOf(world, day);
  return {
    day,
    weekday: gameTime(world.step + STEPS_PER_DAY, world.firstWeekday).weekday,
    weekdayIndex,
    workday: isWorkday(world, agent.persona, weekdayIndex),
    joint: jointPlans(world, agent, day),
    people: peopleFor(world, agent),
    memories: recentBriefs(world, agent),
  };
}
