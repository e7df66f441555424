import { z } from 'zod';
import type { Agent } from '../sim/agent/agent';
import type { Storyline } from '../sim/agent/persona';
import { formatHourSpoken, STEPS_PER_DAY, STEPS_PER_HOUR, stepAt } from '../sim/clock';
import { Rng } from '../sim/rng';
import { firstName } from '../sim/text';
import type { World } from '../sim/world/world';
import { CATEGORIES, type BatteryQuestion, type Category } from './types';

/**
 * The interview battery: questions in the paper's five categories, generated for each agent from
 * its persona, relationships, day and the town's storylines. Each question carries a structured
 * topic so the checks can judge the answer without reading the question back.
 */

/** A question supplied by the user (`--questions file.json`, or typed in the panel). */
export const CustomQuestionSchema = z.object({
  category: z.enum(CATEGORIES as [Category, ...Category[]]).default('memory'),
  /** Placeholders: {name} the agent, {person} someone they know, {storyline}, {time}. */
  question: z.string().min(1),
  retest: z.string().min(1).optional(),
});
export type CustomQuestion = z.infer<typeof CustomQuestionSchema>;
export const CustomQuestionsFileSchema = z.array(CustomQuestionSchema).max(200);

/** Parses a custom questions file, naming the first problem. */
export function parseCustomQuestions(json: unknown): CustomQuestion[] {
  const res = CustomQuestionsFileSchema.safeParse(json);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new Error(
      `Invalid questions file: ${issue.path.join('.') || '(root)'}: ${issue.message}. ` +
        'Expected a JSON array of {"category", "question", "retest"?}.',
    );
  }
  return res.data;
}

/** A noun phrase for a storyline: its label, its event's "what", or its id. */
export function storylineLabel(world: World, story: Storyline): string {
  if (story.label) return story.label;
  const seed = world.agent(story.seedAgentId);
  const event = story.eventId
    ? seed?.memory.nodes.find((n) => n.event?.id === story.eventId)?.event
    : undefined;
  return event?.what ?? `the ${story.id}`;
}

/** People who share the agent's home. */
export function household(world: World, agent: Agent): Agent[] {
  return world.agents.filter(
    (a) => a !== agent && a.persona.home.sector === agent.persona.home.sector,
  );
}

/** People the agent knew at the start (persona) and people it met during the run. */
function acquaintances(world: World, agent: Agent): { known: Agent[]; met: Agent[] } {
  const known: Agent[] = [];
  const met: Agent[] = [];
  for (const [id, rel] of Object.entries(agent.s.relationships)) {
    const other = world.agent(id);
    if (!other) continue;
    (rel.since < 0 ? known : met).push(other);
  }
  return { known, met };
}

/** An hour of the agent's waking day, away from its edges. */
function wakingHour(agent: Agent, rng: Rng): number {
  const wake = Math.ceil(agent.persona.wakeHour) + 1;
  const sleep = Math.floor(agent.persona.sleepHour || 24) - 1;
  return sleep > wake ? rng.int(wake, sleep - 1) : 12;
}

/**
 * The battery for one agent at one moment. Deterministic for (seed, agent, day): every condition
 * of an evaluation asks the same agent the same questions, so their answers can be compared.
 */
export function buildBattery(
  world: World,
  agent: Agent,
  extra: CustomQuestion[] = [],
): BatteryQuestion[] {
  const t = world.time;
  const rng = Rng.fromSeed(world.seed, `eval:${agent.id}:${t.day}`);
  const p = agent.persona;
  const qs: BatteryQuestion[] = [];
  const add = (q: BatteryQuestion) => qs.push(q);

  // Self-knowledge.
  add({
    category: 'self',
    template: 'self.intro',
    question: 'Give an introduction of yourself.',
    retest: 'Tell me about yourself.',
    topic: { kind: 'identity', facets: ['name', 'occupation'] },
  });
  add({
    category: 'self',
    template: 'self.job',
    question: 'What is your job?',
    retest: 'What do you do for a living?',
    topic: { kind: 'identity', facets: p.workplace ? ['occupation', 'workplace'] : ['occupation'] },
  });
  if (household(world, agent).length)
    add({
      category: 'self',
      template: 'self.household',
      question: 'Who do you live with?',
      retest: 'Who shares your home with you?',
      topic: { kind: 'identity', facets: ['household'] },
    });
  add({
    category: 'self',
    template: 'self.routine',
    question: 'Describe your typical weekday.',
    topic: { kind: 'routine' },
  });

  // Memory.
  const { known, met } = acquaintances(world, agent);
  const people = [known.length ? rng.pick(known) : null, met.length ? rng.pick(met) : null];
  for (const other of people) {
    if (!other) continue;
    add({
      category: 'memory',
      template: 'memory.person',
      question: `Who is ${other.name}?`,
      retest: `What can you tell me about ${firstName(other.name)}?`,
      topic: { kind: 'person', personId: other.id },
    });
  }
  for (const story of world.storylines) {
    add({
      category: 'memory',
      template: `memory.storyline.${story.id}`,
      question: story.question,
      retest: `What have you heard about ${storylineLabel(world, story)}?`,
      topic: { kind: 'storyline', storylineId: story.id },
    });
  }
  const pastHour = wakingHour(agent, rng);
  const pastStep = stepAt(t.day, pastHour * 60);
  // Not the run's first hour: agents start in a placeholder state until their first tick.
  if (pastStep >= world.startStep + STEPS_PER_HOUR && pastStep < world.step)
    add({
      category: 'memory',
      template: 'memory.earlier',
      question: `What were you doing at ${formatHourSpoken(pastHour)} today?`,
      retest: `Where were you at ${formatHourSpoken(pastHour)} today?`,
      topic: { kind: 'timeAt', step: pastStep },
    });

  // Plans.
  const nextHour = wakingHour(agent, rng);
  add({
    category: 'plans',
    template: 'plans.tomorrow',
    question: `What will you be doing at ${formatHourSpoken(nextHour)} tomorrow?`,
    retest: `Where will you be at ${formatHourSpoken(nextHour)} tomorrow?`,
    topic: { kind: 'timeAt', step: stepAt(t.day + 1, nextHour * 60) },
  });
  add({
    category: 'plans',
    template: 'plans.outlook',
    question: 'What are you looking forward to?',
    topic: { kind: 'outlook' },
  });

  // Reactions to situations built from the agent's own world.
  const friend = known.length ? rng.pick(known) : met.length ? rng.pick(met) : null;
  const place = p.workplace?.sector ?? p.home.sector;
  if (friend)
    add({
      category: 'reactions',
      template: 'reactions.upset',
      question: `You see ${friend.name} looking upset at ${place}. What would you do?`,
      topic: { kind: 'situation', personId: friend.id, place },
    });
  add({
    category: 'reactions',
    template: 'reactions.setback',
    question: `Something goes badly wrong at ${place} and you have to deal with it alone. What would you do?`,
    topic: { kind: 'situation', place },
  });

  // Reflections.
  add({
    category: 'reflections',
    template: 'reflections.companion',
    question: 'If you could spend time with one person you met recently, who would it be and why?',
    topic: { kind: 'companion' },
  });
  add({
    category: 'reflections',
    template: 'reflections.mind',
    question: 'What has been on your mind lately?',
    retest: 'What have you been thinking about recently?',
    topic: { kind: 'mind' },
  });

  extra.forEach((c, i) => {
    const fill = (text: string) => fillPlaceholders(world, agent, text, rng, friend);
    add({
      category: c.category,
      template: `custom.${i + 1}`,
      question: fill(c.question),
      retest: c.retest ? fill(c.retest) : undefined,
      topic: { kind: 'custom' },
    });
  });
  return qs;
}

/** Fills {name}, {person}, {storyline} and {time} in a user's question for one agent. */
export function fillPlaceholders(
  world: World,
  agent: Agent,
  text: string,
  rng: Rng,
  person: Agent | null,
): string {
  const story = world.storylines.length ? world.storylines[0] : null;
  return text
    .replace(/\{name\}/g, agent.name)
    .replace(/\{person\}/g, person?.name ?? 'your neighbour')
    .replace(/\{storyline\}/g, story ? storylineLabel(world, story) : 'the latest news')
    .replace(/\{time\}/g, formatHourSpoken(wakingHour(agent, rng)));
}

/** True at the last step of a game day: the default interview moment. */
export function isEndOfDay(step: number): boolean {
  return (step + 1) % STEPS_PER_DAY === 0;
}
