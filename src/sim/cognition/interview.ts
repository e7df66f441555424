import type { Agent } from '../agent/agent';
import { ask, type Task } from '../ops';
import type { World } from '../world/world';
import { memoryBrief } from './briefs';
import { recall, remember } from './recall';

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
    question,
    memories: memories.map((m) => memoryBrief(m.node, world.step)),
    currentAction: agent.s.action.description,
    plan: world.config.ablate?.planning ? [] : (agent.s.plan?.items ?? []),
    day: world.time.day,
    minuteOfDay: world.time.minuteOfDay,
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
