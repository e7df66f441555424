import { OfflineMind } from '../../minds/offline';
import { bundledScenario } from '../../scenarios';
import { STEPS_PER_HOUR } from '../../sim/clock';
import { Engine } from '../../sim/engine';
import { AttendanceTracker, type AttendanceResult } from '../../sim/metrics';
import { hashString } from '../../sim/rng';
import type { Scenario } from '../../sim/scenario';
import type { EventInfo } from '../../sim/agent/persona';
import type { TownMap } from '../../sim/world/townMap';
import { restoreWorld, worldHash } from '../../sim/snapshot';
import { createWorld, type World, type WorldState } from '../../sim/world/world';
import { carries, knowsAt, storyKnowledge, storylineNews } from '../knowledge';
import { BehaviourRecorder } from '../recorder';
import { measureDensity, measureStorylines } from '../social';
import { firstDivergence, type Divergence } from './compare';
import { buildExperimentReport, type ExperimentReport } from './report';
import { editState, isStateEdit } from './edits';
import type { Branch, ExperimentSpec, Intervention } from './spec';

/** Where one person is and what they do at the end of a branch. */
export interface PersonEnd {
  sector: string | null;
  arena: string | null;
  action: string;
  /** The plan block now under way ("working at the café"), if any. */
  planBlock: string | null;
  memories: number;
  relationships: number;
}

/** What one intervention did. */
export interface AppliedIntervention {
  type: Intervention['type'];
  agentId?: string;
  /** Memories deleted, people an announcement reached, and so on. */
  effect: string;
}

/** Everything measured in one branch under one seed (plain JSON). */
export interface RunMetrics {
  branch: string;
  seed: number;
  /** The step the branch split from the base run, and its last step. */
  branchStep: number;
  endStep: number;
  applied: AppliedIntervention[];
  storylines: Record<
    string,
    {
      /** People a memory of theirs carries it to (the seed counts), at the end. */
      told: number;
      sawOnly: number;
      knowers: string[];
      /** Told count at every whole hour of the span. */
      toldHourly: number[];
    }
  >;
  density: { atBranch: number; end: number };
  /** Conversations started during the span. */
  conversations: number;
  attendance: AttendanceResult[];
  /** Sector of each person at every whole hour of the span (null: outdoors). */
  positions: { steps: number[]; byAgent: Record<string, (string | null)[]> };
  people: Record<string, PersonEnd>;
  /** World hash at the end (two equal runs give equal hashes). */
  endHash: string;
}

/** What a branch leaves for comparison that is too big for the report. */
export interface RunTrace {
  agentIds: string[];
  /** Per step of the span: a fingerprint of each person's place, action and conversation. */
  behaviour: number[][];
  /** Per whole hour of the span (and the branch point): world hash and per-person state hashes. */
  hourly: { step: number; world: string; people: number[] }[];
}

export interface SeedResult {
  seed: number;
  runs: RunMetrics[];
  /** Each non-control branch against the control, under this seed. */
  divergences: (Divergence & { branch: string })[];
}

export interface RunOptions {
  /** A scenario instead of the spec's bundled town (tests, custom towns). */
  scenario?: Scenario;
  /** Progress through this seed's steps (base run and every branch). */
  onProgress?: (done: number, total: number) => void;
}

/** Steps in a number of game hours. */
const stepsIn = (hours: number) => Math.round(hours * STEPS_PER_HOUR);

/**
 * Runs every branch of an experiment under one seed with the offline mind (deterministic): the
 * base town for `startAfterHours`, then, from a copy of its state, each branch's interventions and
 * `spanHours` more. Every branch (the control too) restarts from the same saved state.
 */
export async function runExperimentSeed(
  spec: ExperimentSpec,
  seed: number,
  opts: RunOptions = {},
): Promise<SeedResult> {
  const scenario = opts.scenario ?? bundledScenario(spec.town);
  const baseSteps = stepsIn(spec.startAfterHours);
  const spanSteps = stepsIn(spec.spanHours);
  const total = baseSteps + spanSteps * spec.branches.length;
  let done = 0;
  const tick = () => {
    done++;
    if (opts.onProgress && (done % STEPS_PER_HOUR === 0 || done === total))
      opts.onProgress(done, total);
  };
  const base = createWorld(scenario, { seed, agents: spec.agents });
  checkInterventions(base, spec.branches);
  const engine = new Engine(base, new OfflineMind());
  for (let i = 0; i < baseSteps; i++) {
    await engine.tick();
    tick();
  }
  const state = base.getState();
  return { seed, ...(await runBranches(base.map, state, spec.branches, seed, spanSteps, tick)) };
}

/**
 * Runs every branch from one saved state (the control first) and compares each with the control.
 * Every branch restarts from its own copy of `state`.
 */
export async function runBranches(
  map: TownMap,
  state: WorldState,
  branches: Branch[],
  seed: number,
  spanSteps: number,
  tick: () => void,
): Promise<Omit<SeedResult, 'seed'>> {
  const runs: RunMetrics[] = [];
  const traces: RunTrace[] = [];
  for (const branch of branches) {
    const { metrics, trace } = await runBranch(map, state, branch, seed, spanSteps, tick);
    runs.push(metrics);
    traces.push(trace);
  }
  const divergences = branches
    .slice(1)
    .map((b, i) => ({ branch: b.name, ...firstDivergence(traces[0]!, traces[i + 1]!) }));
  return { runs, divergences };
}

/** Fails before any run when an intervention names a person or place the town lacks. */
export function checkInterventions(world: World, branches: Branch[]): void {
  const problems: string[] = [];
  for (const b of branches)
    b.interventions.forEach((iv, i) => {
      const where = `branch "${b.name}", intervention ${i + 1} (${iv.type})`;
      if ('agentId' in iv && !world.agent(iv.agentId))
        problems.push(`${where}: no person with id "${iv.agentId}" in the town`);
      const place = iv.type === 'announce' || iv.type === 'moveEvent' ? iv.place : undefined;
      if (place && !world.map.sector(place.sector))
        problems.push(`${where}: no place called "${place.sector}"`);
      if (iv.type === 'addPerson') {
        const p = iv.persona;
        if (world.agent(p.id))
          problems.push(`${where}: someone with id "${p.id}" is already in the town`);
        for (const place of [p.home, p.workplace])
          if (place && !world.map.sector(place.sector))
            problems.push(`${where}: no place called "${place.sector}"`);
      }
      if (iv.type === 'forgetStoryline' && !world.storylines.some((s) => s.id === iv.storylineId))
        problems.push(`${where}: no storyline with id "${iv.storylineId}"`);
      if (iv.type === 'moveEvent' && !rememberedEvents(world).has(iv.eventId))
        problems.push(`${where}: nobody remembers an event with id "${iv.eventId}"`);
    });
  if (problems.length)
    throw new Error(`The experiment does not fit its town:\n  ${problems.join('\n  ')}`);
}

/** The scheduled events someone remembers, by id (the first memory of each). */
export function rememberedEvents(world: World): Map<string, EventInfo> {
  const events = new Map<string, EventInfo>();
  for (const a of world.agents)
    for (const n of a.memory.nodes)
      if ('event' in n && n.event && !events.has(n.event.id)) events.set(n.event.id, n.event);
  return events;
}

async function runBranch(
  map: TownMap,
  state: WorldState,
  branch: Branch,
  seed: number,
  spanSteps: number,
  tick: () => void,
): Promise<{ metrics: RunMetrics; trace: RunTrace }> {
  let world = restoreWorld(map, structuredClone(state));
  let engine = new Engine(world, new OfflineMind());
  const applied: AppliedIntervention[] = [];
  for (const iv of branch.interventions) {
    if (iv.type === 'whisper') {
      const res = await engine.execute({ type: 'whisper', agentId: iv.agentId, text: iv.text });
      applied.push({ type: iv.type, agentId: iv.agentId, effect: `memory ${res.memoryId}` });
    } else if (iv.type === 'announce') {
      const res = await engine.execute({ type: 'announceEvent', text: iv.text, place: iv.place });
      applied.push({ type: iv.type, effect: `reached ${res.reached.length} people` });
    } else if (iv.type === 'forgetStoryline') {
      const story = world.storylines.find((st) => st.id === iv.storylineId)!;
      const news = storylineNews(world, story);
      let forgotten = 0;
      for (const a of world.agents) {
        if (iv.who === 'source' && a.id !== story.seedAgentId) continue;
        const ids = a.memory.nodes.filter((n) => carries(n, story, news)).map((n) => n.id);
        for (const memoryId of ids)
          await engine.execute({ type: 'forgetMemory', agentId: a.id, memoryId });
        forgotten += ids.length;
      }
      applied.push({ type: iv.type, effect: `forgot ${forgotten} memories` });
    } else if (isStateEdit(iv)) {
      // No command exists for these: the world's state is edited and the world rebuilt from it.
      const edited = world.getState();
      const effect = editState(edited, iv, map.tiled);
      world = restoreWorld(map, edited);
      engine = new Engine(world, new OfflineMind());
      const agentId =
        'agentId' in iv ? iv.agentId : iv.type === 'addPerson' ? iv.persona.id : undefined;
      applied.push({ type: iv.type, agentId, effect });
    }
  }
  const branchStep = world.step;
  const densityAtBranch = measureDensity(world).end;
  const conversationsBefore = world.conversations.length;
  const tracker = new AttendanceTracker();
  const rec = new BehaviourRecorder();
  const agentIds = world.agents.map((a) => a.id);
  const trace: RunTrace = { agentIds, behaviour: [], hourly: [hourlyHash(world)] };
  const positions: RunMetrics['positions'] = {
    steps: [world.step],
    byAgent: Object.fromEntries(world.agents.map((a) => [a.id, [sectorOf(world, a.s.tile)]])),
  };
  for (let i = 0; i < spanSteps; i++) {
    await engine.tick();
    tick();
    tracker.observe(world);
    rec.observe(world);
    trace.behaviour.push(world.agents.map(behaviourPrint));
    if ((i + 1) % STEPS_PER_HOUR === 0 || i === spanSteps - 1) {
      trace.hourly.push(hourlyHash(world));
      positions.steps.push(world.step);
      for (const a of world.agents) positions.byAgent[a.id]!.push(sectorOf(world, a.s.tile));
    }
  }
  const stories = measureStorylines(world, rec);
  const storylines: RunMetrics['storylines'] = {};
  for (const [id, s] of Object.entries(stories)) {
    const n = world.agents.length;
    const hourly = s.hourly.filter((h) => h.step >= branchStep);
    storylines[id] = {
      told: Math.round(s.toldFraction * n),
      sawOnly: Math.round(s.sawOnlyFraction * n),
      knowers: knowersAt(world, id),
      toldHourly: hourly.map((h) => h.told),
    };
  }
  const metrics: RunMetrics = {
    branch: branch.name,
    seed,
    branchStep,
    endStep: world.step,
    applied,
    storylines,
    density: { atBranch: densityAtBranch, end: measureDensity(world).end },
    conversations: world.conversations.length - conversationsBefore,
    attendance: tracker.results(),
    positions,
    people: Object.fromEntries(world.agents.map((a) => [a.id, personEnd(world, a.id)])),
    endHash: worldHash(world),
  };
  return { metrics, trace };
}

/** Ids of the people who know a storyline now (from memory, as `measureStorylines`). */
function knowersAt(world: World, storyId: string): string[] {
  const story = world.storylines.find((s) => s.id === storyId);
  if (!story) return [];
  const news = storylineNews(world, story);
  return world.agents
    .filter((a) => knowsAt(storyKnowledge(world, a, story, news), world.step))
    .map((a) => a.id);
}

function sectorOf(world: World, tile: number): string | null {
  return world.map.arenaOf(tile)?.sector ?? null;
}

function behaviourPrint(a: World['agents'][number]): number {
  return hashString(`${a.s.tile}|${a.s.action.description}|${a.s.chat?.partnerId ?? ''}`);
}

function hourlyHash(world: World): RunTrace['hourly'][number] {
  return {
    step: world.step,
    world: worldHash(world),
    people: world.agents.map((a) => hashString(JSON.stringify(a.getState()))),
  };
}

function personEnd(world: World, id: string): PersonEnd {
  const a = world.agent(id)!;
  const arena = world.map.arenaOf(a.s.tile);
  const minute = world.time.minuteOfDay;
  const block = a.s.plan?.blocks.find(
    (b) => b.startMinute <= minute && minute < b.startMinute + b.durationMin,
  );
  return {
    sector: arena?.sector ?? null,
    arena: arena?.name ?? null,
    action: a.s.action.description,
    planBlock: block?.activity ?? null,
    memories: a.memory.size,
    relationships: Object.keys(a.s.relationships).length,
  };
}

/** Runs every seed in turn in this thread (the CLI can spread seeds over worker threads). */
export async function runExperiment(
  spec: ExperimentSpec,
  opts: Omit<RunOptions, 'onProgress'> & {
    onProgress?: (seed: number, done: number, total: number) => void;
  } = {},
): Promise<ExperimentReport> {
  const results: SeedResult[] = [];
  for (const seed of spec.seeds)
    results.push(
      await runExperimentSeed(spec, seed, {
        scenario: opts.scenario,
        onProgress: (done, total) => opts.onProgress?.(seed, done, total),
      }),
    );
  return buildExperimentReport(spec, results);
}
