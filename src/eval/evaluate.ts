import type { Persona } from '../sim/agent/persona';
import { formatClock, gameTime, STEPS_PER_DAY, STEPS_PER_MINUTE } from '../sim/clock';
import { interview } from '../sim/cognition/interview';
import type { Ablations } from '../sim/config';
import { Engine } from '../sim/engine';
import type { Mind } from '../sim/mind';
import { withoutTrace } from '../sim/metrics';
import type { Scenario } from '../sim/scenario';
import { createWorld, type World } from '../sim/world/world';
import { buildBattery, isEndOfDay, type CustomQuestion } from './battery';
import { measureBehaviour } from './behaviour';
import { runChecks } from './checks';
import { lexicon, measureLanguage } from './language';
import { BehaviourRecorder } from './recorder';
import { measureDensity, measureStorylines } from './social';
import type { BatteryQuestion, InterviewRecord, RunEvaluation } from './types';

/** An answer as asked; checks run once the run is over (some look at what happened later). */
export interface AskedQuestion {
  q: BatteryQuestion;
  agentId: string;
  step: number;
  answer: string;
  usedMemoryIds: string[];
  retest?: { question: string; answer: string };
}

/** What a judge model sees to rate one answer. */
export interface JudgeRequest {
  persona: Persona;
  question: string;
  answer: string;
  /** The memories the answer drew on, as text. */
  memories: string[];
}
/** Rates one answer 1–10; null when the judge could not answer (the record then has no rating). */
export type Judge = (req: JudgeRequest) => Promise<{ score: number; reason: string } | null>;

/**
 * Interviews every agent with its battery at the current moment, without changing the town: no
 * memory is added or touched, and ids and call counters are put back, so a run with interviews
 * stays identical to one without.
 */
export async function interviewAll(
  engine: Engine,
  extra: CustomQuestion[] = [],
  agentIds?: string[],
): Promise<AskedQuestion[]> {
  const world = engine.world;
  return withoutTrace(world, async () => {
    const jobs: { agentId: string; q: BatteryQuestion; text: string; retest: boolean }[] = [];
    for (const agent of world.agents) {
      if (agentIds && !agentIds.includes(agent.id)) continue;
      for (const q of buildBattery(world, agent, extra)) {
        jobs.push({ agentId: agent.id, q, text: q.question, retest: false });
        if (q.retest) jobs.push({ agentId: agent.id, q, text: q.retest, retest: true });
      }
    }
    const answers = (await engine.run(
      jobs.map((j) => ({
        agentId: j.agentId,
        gen: interview(world, world.agent(j.agentId)!, j.text, false),
      })),
    )) as { answer: string; usedMemoryIds: string[] }[];
    const out: AskedQuestion[] = [];
    jobs.forEach((j, i) => {
      const a = answers[i];
      if (!j.retest) {
        out.push({
          q: j.q,
          agentId: j.agentId,
          step: world.step,
          answer: a.answer,
          usedMemoryIds: a.usedMemoryIds,
        });
      } else {
        out[out.length - 1].retest = { question: j.text, answer: a.answer };
      }
    });
    return out;
  });
}

export interface MeasureOptions {
  seed: number;
  condition: string;
  mind: string;
  days: number;
  judge?: Judge;
}

/** Checks every answer and measures language, behaviour and the social figures of a world. */
export async function measureRun(
  world: World,
  rec: BehaviourRecorder | null,
  asked: AskedQuestion[],
  opts: MeasureOptions,
): Promise<RunEvaluation> {
  const lex = lexicon(world);
  const interviews: InterviewRecord[] = [];
  for (const a of asked) {
    const agent = world.agent(a.agentId);
    if (!agent) continue;
    const t = gameTime(a.step, world.firstWeekday);
    const record: InterviewRecord = {
      seed: opts.seed,
      condition: opts.condition,
      agentId: agent.id,
      agentName: agent.name,
      step: a.step,
      day: t.day,
      clock: formatClock(t.minuteOfDay),
      category: a.q.category,
      template: a.q.template,
      question: a.q.question,
      answer: a.answer,
      usedMemoryIds: a.usedMemoryIds,
      retest: a.retest,
      checks: runChecks({
        world,
        agent,
        q: a.q,
        step: a.step,
        answer: a.answer,
        usedMemoryIds: a.usedMemoryIds,
        retest: a.retest,
        rec,
        lex,
      }),
    };
    const verdict = await opts.judge?.({
      persona: agent.persona,
      question: a.q.question,
      answer: a.answer,
      memories: a.usedMemoryIds
        .map((id) => agent.memory.get(id)?.description)
        .filter((d): d is string => !!d),
    });
    if (verdict) record.judge = verdict;
    interviews.push(record);
  }
  return {
    seed: opts.seed,
    condition: opts.condition,
    mind: opts.mind,
    agents: world.agents.length,
    days: opts.days,
    steps: world.step - world.startStep,
    language: measureLanguage(world),
    behaviour: rec ? measureBehaviour(world, rec, lex) : null,
    storylines: measureStorylines(world, rec),
    density: measureDensity(world),
    interviews,
    mindCalls: { ...world.stats.mindCalls },
  };
}

export interface EvalRunOptions {
  scenario: Scenario;
  /** Continue this world (e.g. a copy of a running town) instead of a new one. */
  world?: World;
  mind: Mind;
  /** Answers a question when `mind` fails (e.g. the offline mind behind an LLM). */
  fallback?: Mind;
  seed: number;
  days: number;
  agents?: number;
  ablate?: Ablations;
  condition: string;
  questions?: CustomQuestion[];
  judge?: Judge;
  /** Minutes of the day at which to interview everyone (default: the end of each game day). */
  moments?: number[];
  /** Called about every game hour. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * One seed and condition: runs the town for `days`, interviews everyone at the end of each game
 * day (or at the end, for runs shorter than a day) and measures the run.
 */
export async function evaluateRun(opts: EvalRunOptions): Promise<RunEvaluation> {
  const world =
    opts.world ??
    createWorld(opts.scenario, {
      seed: opts.seed,
      agents: opts.agents,
      config: opts.ablate ? { ablate: opts.ablate } : undefined,
    });
  const engine = new Engine(world, opts.mind, { fallback: opts.fallback });
  const rec = new BehaviourRecorder();
  const asked: AskedQuestion[] = [];
  const total = Math.round(opts.days * STEPS_PER_DAY);
  const moments = opts.moments?.length ? new Set(opts.moments) : null;
  const isMoment = (step: number) =>
    moments
      ? step % STEPS_PER_MINUTE === 0 && moments.has((step % STEPS_PER_DAY) / STEPS_PER_MINUTE)
      : isEndOfDay(step);
  rec.observe(world);
  for (let i = 0; i < total; i++) {
    await engine.tick();
    rec.observe(world);
    if (isMoment(world.step)) asked.push(...(await interviewAll(engine, opts.questions)));
    if (opts.onProgress && (i % 360 === 0 || i === total - 1)) opts.onProgress(i + 1, total);
  }
  // A run shorter than a day is interviewed at its end.
  if (!asked.length) asked.push(...(await interviewAll(engine, opts.questions)));
  return measureRun(world, rec, asked, {
    seed: opts.seed,
    condition: opts.condition,
    mind: opts.mind.name,
    days: opts.days,
    judge: opts.judge,
  });
}

/**
 * Evaluates a town as it is now, without running it: the battery at this moment plus the figures
 * its history allows (language, storylines, density; behaviour needs a recorded run). Give it a
 * copy of the world: nothing is changed, but the mind is asked questions.
 */
export async function evaluateSnapshot(
  world: World,
  mind: Mind,
  opts: { questions?: CustomQuestion[]; agentIds?: string[]; judge?: Judge; fallback?: Mind },
): Promise<RunEvaluation> {
  const engine = new Engine(world, mind, { fallback: opts.fallback });
  const asked = await interviewAll(engine, opts.questions, opts.agentIds);
  return measureRun(world, null, asked, {
    seed: world.seed,
    condition: mind.name,
    mind: mind.name,
    days: (world.step - world.startStep) / STEPS_PER_DAY,
    judge: opts.judge,
  });
}
