import { OfflineMind } from '../../minds/offline';
import { bundledScenario } from '../../scenarios';
import { STEPS_PER_HOUR } from '../../sim/clock';
import { Engine } from '../../sim/engine';
import { bytesToBase64, base64ToBytes } from '../../sim/memory/base64';
import { AttendanceTracker, type AttendanceResult } from '../../sim/metrics';
import { hashString } from '../../sim/rng';
import type { Scenario } from '../../sim/scenario';
import { restoreWorld, worldHash } from '../../sim/snapshot';
import type { AgentState } from '../../sim/agent/agent';
import { createWorld, type World, type WorldState } from '../../sim/world/world';
import { knowsAt, storyKnowledge, storylineNews } from '../knowledge';
import { BehaviourRecorder } from '../recorder';
import { measureDensity, measureStorylines } from '../social';
import { firstDivergence, type Divergence } from './compare';
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
  const runs: RunMetrics[] = [];
  const traces: RunTrace[] = [];
  for (const branch of spec.branches) {
    const { metrics, trace } = await runBranch(base, state, branch, seed, spanSteps, tick);
    runs.push(metrics);
    traces.push(trace);
  }
  const divergences = spec.branches
    .slice(1)
    .map((b, i) => ({ branch: b.name, ...firstDivergence(traces[0], traces[i + 1]) }));
  return { seed, runs, divergences };
}

/** Fails before any run when an intervention names a person or place the town lacks. */
export function checkInterventions(world: World, branches: Branch[]): void {
  const problems: string[] = [];
  for (const b of branches)
    b.interventions.forEach((iv, i) => {
      const where = `branch "${b.name}", intervention ${i + 1} (${iv.type})`;
      if ('agentId' in iv && !world.agent(iv.agentId))
        problems.push(`${where}: no person with id "${iv.agentId}" in the town`);
      if (iv.type === 'announce' && iv.place && !world.map.sector(iv.place.sector))
        problems.push(`${where}: no place called "${iv.place.sector}"`);
    });
  if (problems.length)
    throw new Error(`The experiment does not fit its town:\n  ${problems.join('\n  ')}`);
}

async function runBranch(
  base: World,
  state: WorldState,
  branch: Branch,
  seed: number,
  spanSteps: number,
  tick: () => void,
): Promise<{ metrics: RunMetrics; trace: RunTrace }> {
  let world = restoreWorld(base.map, structuredClone(state));
  let engine = new Engine(world, new OfflineMind());
  const applied: AppliedIntervention[] = [];
  for (const iv of branch.interventions) {
    if (iv.type === 'whisper') {
      const res = await engine.execute({ type: 'whisper', agentId: iv.agentId, text: iv.text });
      applied.push({ type: iv.type, agentId: iv.agentId, effect: `memory ${res.memoryId}` });
    } else if (iv.type === 'announce') {
      const res = await engine.execute({ type: 'announceEvent', text: iv.text, place: iv.place });
      applied.push({ type: iv.type, effect: `reached ${res.reached.length} people` });
    } else {
      // No command exists for these: the world's state is edited and the world rebuilt from it.
      const edited = world.getState();
      const effect = editState(edited, iv);
      world = restoreWorld(base.map, edited);
      engine = new Engine(world, new OfflineMind());
      applied.push({ type: iv.type, agentId: iv.agentId, effect });
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

/** Applies an intervention that has no engine command to a world state; says what it did. */
export function editState(
  state: WorldState,
  iv: Extract<Intervention, { type: 'deleteMemory' | 'setCurrently' }>,
): string {
  const agent = state.agents.find((a) => a.id === iv.agentId);
  if (!agent) throw new Error(`No person with id "${iv.agentId}" in the town`);
  if (iv.type === 'setCurrently') {
    agent.persona = { ...agent.persona, currently: iv.text };
    return 'currently replaced';
  }
  const deleted = deleteMemories(agent, iv.match);
  if (!deleted)
    throw new Error(`deleteMemory: no memory of "${iv.agentId}" contains "${iv.match}"`);
  return `deleted ${deleted} ${deleted === 1 ? 'memory' : 'memories'}`;
}

/**
 * Deletes an agent's memories whose description contains `match` (case-insensitive), with their
 * embedding rows, and drops them from reflections' evidence. Returns how many went.
 */
export function deleteMemories(agent: AgentState, match: string): number {
  const mem = agent.memory;
  const needle = match.toLowerCase();
  const keep = mem.nodes.map((n) => !n.description.toLowerCase().includes(needle));
  const gone = new Set(mem.nodes.filter((_, i) => !keep[i]).map((n) => n.id));
  if (!gone.size) return 0;
  if (mem.dim) {
    const bytes = base64ToBytes(mem.embeddings);
    const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const rows: number[] = [];
    keep.forEach((k, i) => {
      if (k) for (let d = 0; d < mem.dim; d++) rows.push(floats[i * mem.dim + d] ?? 0);
    });
    const out = new Float32Array(rows);
    mem.embeddings = bytesToBase64(new Uint8Array(out.buffer));
  }
  mem.embedded = mem.embedded.filter((_, i) => keep[i]);
  mem.nodes = mem.nodes
    .filter((_, i) => keep[i])
    .map((n) =>
      n.evidence.some((e) => gone.has(e))
        ? ({ ...n, evidence: n.evidence.filter((e) => !gone.has(e)) } as typeof n)
        : n,
    );
  return gone.size;
}
