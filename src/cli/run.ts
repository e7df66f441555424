import { STEPS_PER_DAY } from '../sim/clock';
import { Engine } from '../sim/engine';
import type { Mind } from '../sim/mind';
import {
  AttendanceTracker,
  measureDiffusion,
  networkDensity,
  type AttendanceResult,
} from '../sim/metrics';
import type { Scenario } from '../sim/scenario';
import { createWorld, type World } from '../sim/world/world';

export interface RunSummary {
  scenario: string;
  mind: string;
  seed: number;
  agents: number;
  days: number;
  steps: number;
  wallMs: number;
  diffusion: Record<string, { start: number; end: number; knowersEnd: string[] }>;
  networkDensity: { start: number; end: number };
  eventAttendance: AttendanceResult[];
  conversations: number;
  mindCalls: Record<string, number>;
}

export interface RunOptions {
  scenario: Scenario;
  mind: Mind;
  seed: number;
  days: number;
  agents?: number;
  /** Continue this world instead of creating one. */
  world?: World;
  onProgress?: (done: number, total: number, world: World) => void;
}

/** Runs a town headless for some game days and measures the paper's figures. */
export async function runHeadless(
  opts: RunOptions,
): Promise<{ summary: RunSummary; engine: Engine }> {
  const world = opts.world ?? createWorld(opts.scenario, { seed: opts.seed, agents: opts.agents });
  const engine = new Engine(world, opts.mind);
  const start = performance.now();
  const diffusionStart = await measureDiffusion(engine);
  const densityStart = networkDensity(world);
  const tracker = new AttendanceTracker();
  const total = Math.round(opts.days * STEPS_PER_DAY);
  for (let i = 0; i < total; i++) {
    await engine.tick();
    tracker.observe(world);
    if (opts.onProgress && (i % 360 === 0 || i === total - 1)) opts.onProgress(i + 1, total, world);
  }
  const diffusionEnd = await measureDiffusion(engine);
  const summary: RunSummary = {
    scenario: opts.scenario.id,
    mind: opts.mind.name,
    seed: opts.seed,
    agents: world.agents.length,
    days: opts.days,
    steps: total,
    wallMs: Math.round(performance.now() - start),
    diffusion: Object.fromEntries(
      diffusionEnd.map((d) => [
        d.id,
        {
          start: diffusionStart.find((s) => s.id === d.id)?.fraction ?? 0,
          end: d.fraction,
          knowersEnd: d.knowers,
        },
      ]),
    ),
    networkDensity: { start: densityStart, end: networkDensity(world) },
    eventAttendance: tracker.results(),
    conversations: world.stats.conversations,
    mindCalls: { ...world.stats.mindCalls },
  };
  return { summary, engine };
}
