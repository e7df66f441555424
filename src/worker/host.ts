import { liveOverlap, TownRuntime, type TownSource } from '../persist';
import { fallbackMind } from '../minds/fallback';
import type { Mind } from '../sim/mind';
import type { World } from '../sim/world/world';
import type { Control, Frame, Speed, TownMeta, WorkerMessage } from '../protocol';
import { FrameBuilder } from './frame';
import { Queries } from './queries';
import type { Handlers, TownRequests } from './requestTable';
import { StepLoop, type LoopState, type LoopTown } from './stepLoop';
import { readHandlers } from './townReads';
import { ThinkingTracker } from './thinking';
import { townMeta } from './townMeta';
import { memoryView } from './views';
import type { Overlap } from '../sim/overlap';

/**
 * A slow mind (an LLM) does not hold the town: a step waits for answers at most this share of its
 * interval at the chosen speed (not at all at max), and no agent waits more than `MAX_LAG_STEPS`
 * steps before the town waits for it. Offline answers come at once: no effect.
 */
const GRACE_SHARE = 0.8;

function graceMs(speed: Speed): number {
  return speed === 'max' ? 0 : (GRACE_SHARE * 1000) / speed;
}

/**
 * Hosts the live town: the runtime (world, engine, recorder) driven by the step loop, the page's
 * commands applied between steps with the engine's results, the inspector's reads answered.
 */
export class SimHost implements LoopTown {
  readonly runtime: TownRuntime;
  readonly loop: StepLoop;
  private readonly thinkers: ThinkingTracker;
  private readonly frames: FrameBuilder;
  private readonly queries: Queries;
  private interviews = 0;
  private table: Handlers<TownRequests> | null = null;
  private readonly overlap: Overlap;

  /**
   * `mind` answers the town's questions; when it fails, `offline` does under the one fallback
   * policy (`minds/fallback.ts`).
   */
  constructor(
    source: TownSource,
    private readonly mind: Mind,
    offline: Mind,
    post: (msg: WorkerMessage) => void,
    opts: { speed: Speed; paused: boolean },
  ) {
    this.overlap = liveOverlap(graceMs(opts.speed));
    this.runtime = TownRuntime.open(source, mind, {
      fallback: fallbackMind(offline),
      overlap: this.overlap,
    });
    this.thinkers = new ThinkingTracker(this.runtime.engine);
    this.frames = new FrameBuilder(this.runtime.world);
    this.queries = new Queries(this.runtime.world, () => this.mind);
    this.loop = new StepLoop(this, post, opts);
  }

  get world(): World {
    return this.runtime.world;
  }

  get engine() {
    return this.runtime.engine;
  }

  meta(scenarioName: string, mapJson: unknown): TownMeta {
    return townMeta(this.world, scenarioName, mapJson, this.mind.name);
  }

  // ─── LoopTown ──────────────────────────────────────────────────────────────────
  async step(): Promise<boolean> {
    this.thinkers.beginStep();
    this.overlap.graceMs = graceMs(this.loop.speed);
    await this.engine.tick();
    return true;
  }

  frame(state: LoopState): Frame {
    return this.frames.build({ ...state, thinking: this.thinkers.thinking() });
  }

  waiting(): string[] {
    return this.thinkers.waiting();
  }

  held(): boolean {
    return false;
  }

  // ─── Requests ──────────────────────────────────────────────────────────────────
  /** Reads answered at once; commands applied between steps, answered with what they did. */
  handlers(): Handlers<TownRequests> {
    return (this.table ??= this.buildHandlers());
  }

  private buildHandlers(): Handlers<TownRequests> {
    const world = this.world;
    const run = this.commands();
    return {
      ...readHandlers(() => this.queries),
      whisper: async ({ agentId, text }) => {
        const { memoryId } = await run.execute({ type: 'whisper', agentId, text });
        return { memory: memoryView(world, world.agent(agentId)!.memory.get(memoryId)!) };
      },
      interview: async ({ agentId, question, remember }) => {
        const res = await run.execute({
          type: 'interview',
          agentId,
          question,
          remember,
          // Only a label on the tape (the result comes back from `execute`).
          requestId: `page-${++this.interviews}`,
        });
        const agent = world.agent(agentId)!;
        return {
          answer: res.answer,
          used: res.usedMemoryIds
            .map((id) => agent.memory.get(id))
            .filter((n) => n !== undefined)
            .map((n) => memoryView(world, n)),
          remembered: remember,
        };
      },
      announce: ({ text, place }) => run.execute({ type: 'announceEvent', text, place }),
      setWeights: ({ weights }) => run.execute({ type: 'setWeights', weights }),
      forgetMemory: ({ agentId, memoryId }) =>
        run.execute({ type: 'forgetMemory', agentId, memoryId }),
      rewriteMemory: async ({ agentId, memoryId, text }) => {
        await run.execute({ type: 'rewriteMemory', agentId, memoryId, text });
        return { memory: memoryView(world, world.agent(agentId)!.memory.get(memoryId)!) };
      },
    };
  }

  /** The engine's `execute`, run between steps (in the order the page sent the commands). */
  private commands(): Pick<TownRuntime['engine'], 'execute'> {
    return {
      execute: (command) => this.loop.betweenSteps(() => this.engine.execute(command)),
    };
  }

  control(c: Control): void {
    this.loop.control(c);
  }

  /** Runs `fn` between two steps, never during one (saves capture the town this way). */
  betweenSteps<T>(fn: () => T): Promise<T> {
    return this.loop.betweenSteps(fn);
  }

  /** Like `betweenSteps`, once no cognition waits across steps (to save or copy the town). */
  settled<T>(fn: () => T): Promise<T> {
    return this.loop.betweenSteps(async () => {
      await this.runtime.settle();
      return fn();
    });
  }

  firstFrame(): Frame {
    return this.loop.frame();
  }

  stop(): void {
    this.loop.stop();
  }

  run(): Promise<void> {
    return this.loop.run();
  }
}
