import { TownFileError, type Replayer } from '../persist';
import type { Mind } from '../sim/mind';
import { restoreWorld, serializeWorld, worldHash } from '../sim/snapshot';
import type { World } from '../sim/world/world';
import { FrameBuilder } from './frame';
import { yieldToEvents } from './host';
import { Pacer, RateMeter } from './pacer';
import {
  type Control,
  type Frame,
  type ReplayInfo,
  type Request,
  type Speed,
  type TownMeta,
  type WorkerMessage,
} from '../protocol';
import { MUTATING_REQUESTS } from './requestKinds';
import { Queries } from './queries';
import { errorText } from './townCapture';
import { townMeta } from './townMeta';

/** Seek progress is posted at most this often, ms. */
const PROGRESS_EVERY_MS = 60;
/** How long a single step (paused, "step" button) takes to animate on the page. */
const SINGLE_STEP_INTERVAL_MS = 400;

/** The message a command gets in replay. */
export const READ_ONLY_MESSAGE =
  'This is a replay: it is read only. Exit the replay to change the town.';

/**
 * Hosts a replay the way `SimHost` hosts a live town, so the page, Phaser and the inspector work
 * unchanged: frames at the chosen speed (play, pause, step), the inspector's read requests
 * answered from the replayed world, plus `seek`. Commands are refused; no mind is ever asked
 * (the replayer answers from the tape).
 */
export class ReplayHost {
  private frames!: FrameBuilder;
  private queries!: Queries;
  private bound: World | null = null;
  private readonly pacer: Pacer;
  private readonly meter = new RateMeter();
  private running = false;
  private stopped = false;
  private stepRequests = 0;
  private seeking = 0;
  private wakeUp: (() => void) | null = null;
  private progressAt = 0;

  constructor(
    private readonly replayer: Replayer,
    private readonly source: { saveId: string; name: string },
    /** Answers the memory probe's `embed` (the offline embedder; null: probing unavailable). */
    private readonly probeMind: Mind | null,
    private readonly post: (msg: WorkerMessage) => void,
    speed: Speed,
  ) {
    this.pacer = new Pacer(speed, performance.now());
    this.bind();
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

  control(c: Control): void {
    switch (c.kind) {
      case 'play':
        // At the end, play starts over from the beginning.
        if (this.replayer.currentStep >= this.replayer.lastStep)
          void this.seek(this.replayer.firstStep);
        if (!this.running) this.pacer.reset(performance.now());
        this.running = true;
        break;
      case 'pause':
        this.running = false;
        break;
      case 'step':
        this.running = false;
        this.stepRequests++;
        break;
      case 'setSpeed':
        this.pacer.reset(performance.now(), c.speed);
        break;
    }
    this.wake();
    if (c.kind !== 'step') this.postFrame(0);
  }

  request(id: number, r: Request): void {
    const fail = (err: unknown) =>
      this.post({ type: 'reply', id, ok: false, error: errorText(err) });
    try {
      if ((MUTATING_REQUESTS as readonly string[]).includes(r.kind))
        throw new Error(READ_ONLY_MESSAGE);
      Promise.resolve(this.read(r)).then(
        (result) => this.post({ type: 'reply', id, ok: true, result }),
        fail,
      );
    } catch (err) {
      fail(err);
    }
  }

  private read(r: Request): unknown {
    this.bind();
    switch (r.kind) {
      case 'agentNow':
        return this.queries.agentNow(r);
      case 'memories':
        return this.queries.memories(r);
      case 'probe':
        return this.queries.probe(r);
      case 'reflections':
        return this.queries.reflections(r);
      case 'conversations':
        return this.queries.conversations(r);
      case 'relationships':
        return this.queries.relationships(r);
      default:
        throw new Error(`"${r.kind}" is not available in a replay.`);
    }
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
      this.wake();
    }
    this.postFrame(0);
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
    this.running = false;
    if (!(err instanceof TownFileError)) throw err;
    this.post({ type: 'persist', event: { kind: 'notice', tone: 'error', text: err.message } });
    this.post({ type: 'persist', event: { kind: 'replayInfo', replay: this.info } });
  }

  postFrame(steps: number, intervalMs?: number): void {
    this.bind();
    this.post({ type: 'frame', frame: this.frame(steps, intervalMs) });
  }

  frame(steps = 0, intervalMs?: number): Frame {
    const now = performance.now();
    const speed = this.pacer.current;
    return this.frames.build({
      running: this.running,
      speed,
      steps,
      stepsPerSecond: this.running ? this.meter.rate(now) : 0,
      intervalMs: intervalMs ?? (speed === 'max' ? 33 : 1000 / speed),
      thinking: new Set<string>(),
    });
  }

  stop(): void {
    this.stopped = true;
    this.wake();
  }

  private wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(() => this.wake(), ms) : undefined;
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** One step forward; false at the end of the recording (playing then pauses). */
  private async advance(): Promise<boolean> {
    try {
      if (await this.replayer.step()) return true;
    } catch (err) {
      this.stoppedEarly(err);
    }
    this.running = false;
    return false;
  }

  /** The loop: runs until `stop()`. */
  async run(): Promise<void> {
    while (!this.stopped) {
      if (this.seeking) {
        await this.idle(Infinity);
        continue;
      }
      if (this.stepRequests > 0) {
        this.stepRequests--;
        await this.advance();
        this.postFrame(1, SINGLE_STEP_INTERVAL_MS);
        continue;
      }
      if (!this.running) {
        await this.idle(Infinity);
        continue;
      }
      const start = performance.now();
      const due = this.pacer.due(start);
      if (due <= 0) {
        await this.idle(this.pacer.msUntilNext(start));
        continue;
      }
      const budget = this.pacer.budgetMs();
      let n = 0;
      while (n < due && this.running && !this.seeking && !this.stepRequests) {
        if (!(await this.advance())) break;
        n++;
        if (performance.now() - start >= budget) break;
      }
      this.pacer.record(n);
      this.meter.add(performance.now(), n);
      this.postFrame(n);
      if (this.pacer.current === 'max') await this.idle(this.pacer.msUntilNext(start));
      else await yieldToEvents();
    }
  }
}
