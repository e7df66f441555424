import { Engine, type EngineOptions } from '../sim/engine';
import { MAX_LAG_STEPS, type Overlap } from '../sim/overlap';
import type { Mind } from '../sim/mind';
import type { Scenario } from '../sim/scenario';
import { createWorld, type World } from '../sim/world/world';
import type { TownFile } from './format';
import { TownRecorder } from './recorder';
import { openTown, townFileFromEngine, type TownFileInfo } from './town';

/** Where a town comes from: made new from a scenario, or continued from a town file. */
export type TownSource =
  | { kind: 'new'; scenario: Scenario; seed: number; agents?: number }
  | { kind: 'file'; file: TownFile };

/**
 * Overlap for a live town on this host's clock: a step waits up to `graceMs` for its answers, no
 * answer waits more than `MAX_LAG_STEPS` (see `sim/overlap.ts`).
 */
export function liveOverlap(graceMs: number): Overlap {
  return {
    graceMs,
    maxLagSteps: MAX_LAG_STEPS,
    now: () => performance.now(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/**
 * One running town as the worker and the CLI both hold it: the scenario, the world, the engine
 * driving it and the recorder that keeps it replayable. Opening a file continues its recording,
 * so a town saved after a resume replays from its very first step.
 */
export class TownRuntime {
  private constructor(
    readonly scenario: Scenario,
    readonly world: World,
    readonly engine: Engine,
    readonly recorder: TownRecorder,
  ) {}

  /** Opens a town; `mind` answers its questions (throws `TownFileError` for a broken file). */
  static open(source: TownSource, mind: Mind, opts: EngineOptions = {}): TownRuntime {
    if (source.kind === 'new') {
      const world = createWorld(source.scenario, { seed: source.seed, agents: source.agents });
      const engine = new Engine(world, mind, opts);
      return new TownRuntime(source.scenario, world, engine, new TownRecorder(engine));
    }
    const { scenario, world } = openTown(source.file);
    const engine = new Engine(world, mind, opts);
    return new TownRuntime(scenario, world, engine, new TownRecorder(engine, source.file));
  }

  /**
   * Gets the town to a state a file can hold: a cognition waiting across steps for a late answer
   * (overlap) cannot be saved, so if any waits, one step runs that waits for every answer.
   */
  async settle(): Promise<void> {
    if (this.engine.parkedCount) await this.engine.tick({ drain: true });
  }

  /** The town as a file now (call between steps, once settled). */
  file(info: Omit<TownFileInfo, 'scenario'>): TownFile {
    return townFileFromEngine(this.engine, this.recorder, { ...info, scenario: this.scenario });
  }
}
