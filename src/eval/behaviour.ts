import type { Agent } from '../sim/agent/agent';
import { formatClock, gameTime, STEPS_PER_DAY, STEPS_PER_MINUTE } from '../sim/clock';
import { isOpen } from '../sim/world/places';
import type { World } from '../sim/world/world';
import { SAMPLE_MINUTES, type BehaviourRecorder, type Sample } from './recorder';
import { entitiesIn, type Lexicon } from './text';
import type { BehaviourMetrics } from './types';

/** Minutes without moving, while a walk is pending, that count as stuck. */
const STUCK_WALK_MINUTES = 30;
/** Minutes of idling ("taking a short break") that count as stuck. */
const STUCK_IDLE_MINUTES = 120;
/** Awake samples a day needs before "never left home" is judged. */
const HOMEBOUND_MIN_SAMPLES = 6;
/** Distinct occupations sharing a work action that make it generic. */
const GENERIC_OCCUPATIONS = 3;
const WEEKEND = new Set(['Saturday', 'Sunday']);

function rate(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function minuteOfDay(step: number): number {
  return Math.floor((step % STEPS_PER_DAY) / STEPS_PER_MINUTE);
}

function inWorkHours(agent: Agent, step: number, firstWeekday: number): boolean {
  const hours = agent.persona.workHours;
  if (!agent.persona.workplace || !hours) return false;
  const t = gameTime(step, firstWeekday);
  if (WEEKEND.has(t.weekday)) return false;
  const m = t.minuteOfDay;
  return m >= hours[0] * 60 && m < hours[1] * 60;
}

function night(world: World, rec: BehaviourRecorder) {
  let observed = 0;
  let asleepAtHome = 0;
  for (const agent of world.agents) {
    const { wakeHour, sleepHour } = agent.persona;
    // The middle of the agent's own night (its persona's hours), e.g. 03:00 for 22→8.
    const span = (wakeHour + 24 - sleepHour) % 24;
    const mid = Math.round(((sleepHour + span / 2) % 24) * 60);
    for (const s of rec.samples.get(agent.id) ?? []) {
      if (Math.abs(minuteOfDay(s.step) - mid) >= SAMPLE_MINUTES) continue;
      observed++;
      if (s.kind === 'sleep' && s.sector === agent.persona.home.sector && s.pathLength === 0)
        asleepAtHome++;
    }
  }
  return { observed, asleepAtHome, rate: rate(asleepAtHome, observed) };
}

function work(world: World, rec: BehaviourRecorder) {
  let observed = 0;
  let atWork = 0;
  const occupations = new Map<string, Set<string>>();
  const workSamples: string[] = [];
  for (const agent of world.agents) {
    for (const s of rec.samples.get(agent.id) ?? []) {
      if (!inWorkHours(agent, s.step, world.firstWeekday) || s.kind === 'chat') continue;
      observed++;
      if (s.sector !== agent.persona.workplace?.sector) continue;
      atWork++;
      if (s.kind !== 'act') continue;
      const set = occupations.get(s.description) ?? new Set<string>();
      set.add(agent.persona.occupation);
      occupations.set(s.description, set);
      workSamples.push(s.description);
    }
  }
  const generic = workSamples.filter((d) => (occupations.get(d)?.size ?? 0) >= GENERIC_OCCUPATIONS);
  const examples = [...occupations.entries()]
    .filter(([, occ]) => occ.size >= GENERIC_OCCUPATIONS)
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, 5)
    .map(([d, occ]) => `"${d}" by ${[...occ].slice(0, 4).join(', ')}`);
  return {
    work: { observed, atWork, rate: rate(atWork, observed) },
    genericWork: {
      observed: workSamples.length,
      generic: generic.length,
      rate: rate(generic.length, workSamples.length),
      examples,
    },
  };
}

/**
 * Visits by people who do not work there, to places with opening hours, and how many of them
 * happened while the place was closed (a visit: consecutive samples in the same building, judged
 * at its first sample). Null when no place on the map has hours.
 */
function closedVisits(world: World, rec: BehaviourRecorder): BehaviourMetrics['closedVisits'] {
  if (!world.map.sectors.some((s) => s.hours)) return null;
  let visits = 0;
  let closed = 0;
  const examples: string[] = [];
  for (const agent of world.agents) {
    let prev: string | null = null;
    for (const s of rec.samples.get(agent.id) ?? []) {
      const here = s.sector;
      const fresh = here !== null && here !== prev;
      prev = here;
      if (!fresh || here === agent.persona.workplace?.sector || here === agent.persona.home.sector)
        continue;
      const sector = world.map.sector(here);
      if (!sector?.hours || sector.kind === 'home') continue;
      visits++;
      const t = gameTime(s.step, world.firstWeekday);
      const weekday = (world.firstWeekday + t.day - 1) % 7;
      if (isOpen(sector.hours, weekday, t.minuteOfDay)) continue;
      closed++;
      if (examples.length < 5)
        examples.push(`${agent.name} at ${here}, ${t.weekday} ${formatClock(t.minuteOfDay)}`);
    }
  }
  return { visits, closed, rate: rate(closed, visits), examples };
}

function stuck(world: World, rec: BehaviourRecorder) {
  let episodes = 0;
  const agents = new Set<string>();
  for (const agent of world.agents) {
    let runStart: Sample | null = null;
    let idleStart: Sample | null = null;
    for (const s of rec.samples.get(agent.id) ?? []) {
      const walking = s.kind !== 'sleep' && s.kind !== 'chat' && s.pathLength > 0;
      if (walking && runStart && runStart.tile === s.tile) {
        if (s.step - runStart.step === STUCK_WALK_MINUTES * STEPS_PER_MINUTE) {
          episodes++;
          agents.add(agent.name);
        }
      } else runStart = walking ? s : null;
      if (s.kind === 'idle') {
        idleStart ??= s;
        if (s.step - idleStart.step === STUCK_IDLE_MINUTES * STEPS_PER_MINUTE) {
          episodes++;
          agents.add(agent.name);
        }
      } else idleStart = null;
    }
  }
  return { episodes, agents: [...agents] };
}

function homebound(world: World, rec: BehaviourRecorder) {
  let agentDays = 0;
  let count = 0;
  const names = new Set<string>();
  for (const agent of world.agents) {
    const byDay = new Map<number, Sample[]>();
    for (const s of rec.samples.get(agent.id) ?? []) {
      if (s.kind === 'sleep') continue;
      const day = Math.floor(s.step / STEPS_PER_DAY);
      byDay.set(day, [...(byDay.get(day) ?? []), s]);
    }
    for (const [day, samples] of byDay) {
      // Only days whose whole waking time was recorded: a run that ends at dawn sees early risers
      // at home and nothing else.
      const dayStart = day * STEPS_PER_DAY;
      const wake = dayStart + agent.persona.wakeHour * 60 * STEPS_PER_MINUTE;
      const sleep = dayStart + (agent.persona.sleepHour || 24) * 60 * STEPS_PER_MINUTE;
      if (wake < rec.firstStep || Math.min(sleep, dayStart + STEPS_PER_DAY - 1) > rec.lastStep)
        continue;
      if (samples.length < HOMEBOUND_MIN_SAMPLES) continue;
      agentDays++;
      if (samples.every((s) => s.sector === agent.persona.home.sector)) {
        count++;
        names.add(agent.name);
      }
    }
  }
  return { agentDays, homebound: count, agents: [...names] };
}

function planVariation(world: World, rec: BehaviourRecorder) {
  const sims: number[] = [];
  const mixed: number[] = [];
  let identical = 0;
  for (const agent of world.agents) {
    const days = [...(rec.plans.get(agent.id)?.entries() ?? [])].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < days.length; i++) {
      const [d0, b0] = days[i - 1];
      const [d1, b1] = days[i];
      if (d1 !== d0 + 1) continue;
      const s = jaccard(
        new Set(b0.map((b) => b.activity.toLowerCase())),
        new Set(b1.map((b) => b.activity.toLowerCase())),
      );
      sims.push(s);
      if (s === 1) identical++;
      const w0 = WEEKEND.has(gameTime((d0 - 1) * STEPS_PER_DAY, world.firstWeekday).weekday);
      const w1 = WEEKEND.has(gameTime((d1 - 1) * STEPS_PER_DAY, world.firstWeekday).weekday);
      if (w0 !== w1) mixed.push(s);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    pairs: sims.length,
    meanSimilarity: sims.length ? mean(sims) : 0,
    identical,
    weekdayWeekendSimilarity: mixed.length ? mean(mixed) : null,
  };
}

function joint(world: World, rec: BehaviourRecorder, lex: Lexicon) {
  let planned = 0;
  let together = 0;
  const examples: string[] = [];
  for (const agent of world.agents) {
    for (const [day, blocks] of rec.plans.get(agent.id) ?? []) {
      for (const b of blocks) {
        const partners = [...entitiesIn(b.activity, lex).people].filter((id) => id !== agent.id);
        if (!partners.length) continue;
        const from = (day - 1) * STEPS_PER_DAY + b.startMinute * STEPS_PER_MINUTE;
        const to = from + b.durationMin * STEPS_PER_MINUTE;
        const mine = (rec.samples.get(agent.id) ?? []).filter(
          (s) => s.step >= from && s.step < to && s.kind !== 'sleep',
        );
        if (!mine.length) continue;
        planned++;
        const met = mine.some((s) =>
          partners.some((pid) => {
            const theirs = rec.at(pid, s.step);
            return theirs?.step === s.step && theirs.sector !== null && theirs.sector === s.sector;
          }),
        );
        if (met) together++;
        else if (examples.length < 5) examples.push(`${agent.name}: "${b.activity}" (day ${day})`);
      }
    }
  }
  return { planned, together, rate: rate(together, planned), examples };
}

/** Behaviour sanity figures from a recorded run. */
export function measureBehaviour(
  world: World,
  rec: BehaviourRecorder,
  lex: Lexicon,
): BehaviourMetrics {
  const w = work(world, rec);
  return {
    sampleMinutes: SAMPLE_MINUTES,
    night: night(world, rec),
    work: w.work,
    closedVisits: closedVisits(world, rec),
    genericWork: w.genericWork,
    stuck: stuck(world, rec),
    homebound: homebound(world, rec),
    planVariation: planVariation(world, rec),
    joint: joint(world, rec, lex),
  };
}
