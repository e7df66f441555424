import { STEPS_PER_DAY } from '../sim/clock';
import type { TownRuntime } from '../persist/runtime';
import { Engine } from '../sim/engine';
import {
  AttendanceTracker,
  measureDiffusion,
  networkDensity,
  type AttendanceResult,
} from '../sim/metrics';
import type { World } from '../sim/world/world';

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
  days: number;
  onProgress?: (done: number, total: number, world: World) => void;
  /** Called after every step (e.g. to sample where people are). */
  onStep?: (world: World) => void;
}

/**
 * Runs a town headless for some game days and measures the paper's figures. The measurements
 * (diffusion interviews) run on a separate, unobserved engine over the same world and leave no
 * trace, so the town's recording holds only the run itself.
 */
export async function runHeadless(town: TownRuntime, opts: RunOptions): Promise<RunSummary> {
  const { world, engine, scenario } = town;
  const measure = new Engine(world, engine.mind);
  const start = performance.now();
  const diffusionStart = await measureDiffusion(measure);
  const densityStart = networkDensity(world);
  const tracker = new AttendanceTracker();
  const total = Math.round(opts.days * STEPS_PER_DAY);
  for (let i = 0; i < total; i++) {
    await engine.tick();
    tracker.observe(world);
    opts.onStep?.(world);
    if (opts.onProgress && (i % 360 === 0 || i === total - 1)) opts.onProgress(i + 1, total, world);
  }
  await town.settle();
  const diffusionEnd = await measureDiffusion(measure);
  const summary: RunSummary = {
    scenario: scenario.id,
    mind: engine.mind.name,
    seed: world.seed,
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
  return summary;
}
