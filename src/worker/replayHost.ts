import { TownFileError, type Replayer } from '../persist';
import type { Mind } from '../sim/mind';
import { restoreWorld, serializeWorld, worldHash } from '../sim/snapshot';
import type { World } from '../sim/world/world';
import type { Control, Frame, ReplayInfo, Speed, TownMeta, WorkerMessage } from '../protocol';
import { FrameBuilder } from './frame';
import { Queries } from './queries';
import { COMMAND_KINDS, refuse, type Handlers, type TownRequests } from './requestTable';
import { StepLoop, type LoopState, type LoopTown } from './stepLoop';
import { readHandlers } from './townReads';
import { townMeta } from './townMeta';

/** Seek progress is posted at most this often, ms. */
const PROGRESS_EVERY_MS = 60;

/** The message a command gets in replay. */
export const READ_ONLY_MESSAGE =
  'This is a replay: it is read only. Exit the replay to change the town.';

/**
 * Hosts a replay the way `SimHost` hosts a live town — the same step loop, frames and read
 * handlers, so the page, Phaser and the inspector work unchanged — plus `seek`. Commands are
 * refused; no mind is ever asked (the replayer answers from the tape).
 */
export class ReplayHost implements LoopTown {
  readonly loop: StepLoop;
  private frames!: FrameBuilder;
  private queries!: Queries;
  private bound: World | null = null;
  private seeking = 0;
  private progressAt = 0;
  private table: Handlers<TownRequests> | null = null;

  constructor(
    private readonly replayer: Replayer,
    private readonly source: { saveId: string; name: string },
    /** Answers the memory probe's `embed` (the offline embedder; null: probing unavailable). */
    private readonly probeMind: Mind | null,
    private readonly post: (msg: WorkerMessage) => void,
    speed: Speed,
  ) {
    this.bind();
    this.loop = new StepLoop(this, post, { speed, paused: true });
  }

  /** The replayer swaps its world when it jumps back to a snapshot: read the one shown now. */
  private bind(): void {
    const world = this.replayer.world;
    if (world === this.bound) return;
    this.bound = world;
    this.frames = new FrameBuilder(world);
    this.queries = new Queries(world, () => {
      if (!this.probeMind)
        throw new Error('Probing memory needs the live mind; this replay was run by an LLM.');
      return this.probeMind;
    });
  }

  get info(): ReplayInfo {
    return {
      ...this.source,
      firstStep: this.replayer.firstStep,
      lastStep: this.replayer.lastStep,
      stoppedEarly: this.replayer.stoppedEarly,
    };
  }

  meta(scenarioName: string, mapJson: unknown, mindName: string): TownMeta {
    return townMeta(this.replayer.world, scenarioName, mapJson, mindName);
  }

  worldHash(): { hash: string; step: number } {
    return { hash: worldHash(this.replayer.world), step: this.replayer.currentStep };
  }

  /**
   * A copy of the replayed world as shown now (the replayer yields only between steps), for
   * evaluating this moment without touching the replay.
   */
  copyWorld(): World {
    const world = this.replayer.world;
    return restoreWorld(world.map, serializeWorld(world));
  }

  /** Reads from the replayed world; commands refused. */
  handlers(): Handlers<TownRequests> {
    return (this.table ??= {
      ...readHandlers(() => {
        this.bind();
        return this.queries;
      }),
      ...refuse(COMMAND_KINDS, READ_ONLY_MESSAGE),
    });
  }

  control(c: Control): void {
    this.loop.control(c);
  }

  /** Jumps to a step; resolves with the step reached (the recording may end earlier). */
  async seek(step: number): Promise<number> {
    this.seeking++;
    try {
      await this.replayer.seek(step, (done, total) => this.progress(done, total));
    } catch (err) {
      this.stoppedEarly(err);
    } finally {
      this.seeking--;
      this.loop.wake();
    }
    this.bind();
    this.loop.postFrame(0, false);
    return this.replayer.currentStep;
  }

  private progress(done: number, total: number): void {
    const now = performance.now();
    if (done < total && now - this.progressAt < PROGRESS_EVERY_MS) return;
    this.progressAt = now;
    this.post({ type: 'persist', event: { kind: 'seekProgress', done, total } });
  }

  /** The tape ran out early (a missing recorded answer): tell the page where it ends now. */
  private stoppedEarly(err: unknown): void {
    this.loop.pause();
    if (!(err instanceof TownFileError)) throw err;
    this.post({ type: 'persist', event: { kind: 'notice', tone: 'error', text: err.message } });
    this.post({ type: 'persist', event: { kind: 'replayInfo', replay: this.info } });
  }

  // ─── LoopTown ──────────────────────────────────────────────────────────────────
  /** One step forward; false at the end of the recording (playing then pauses). */
  async step(): Promise<boolean> {
    try {
      const more = await this.replayer.step();
      this.bind();
      return more;
    } catch (err) {
      this.stoppedEarly(err);
      return false;
    }
  }

  frame(state: LoopState): Frame {
    this.bind();
    return this.frames.build({ ...state, thinking: new Set<string>() });
  }

  waiting(): string[] {
    return [];
  }

  held(): boolean {
    return this.seeking > 0;
  }

  /** At the end, play starts over from the beginning. */
  onPlay(): void {
    if (this.replayer.currentStep >= this.replayer.lastStep)
      void this.seek(this.replayer.firstStep);
  }

  /** The frame for the "ready" message. */
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
