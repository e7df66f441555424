import type { Control, Frame, Speed, WorkerMessage } from '../protocol';
import { Pacer, RateMeter } from './pacer';

/** How long a single step (paused, "step" button) takes to animate on the page. */
const SINGLE_STEP_INTERVAL_MS = 400;
/** While a step waits on a slow mind, check this often whether to tell the page who thinks. */
const THINKING_PING_MS = 100;
/** A step running longer than this is waiting on a slow mind. */
const SLOW_STEP_MS = 150;

/** What the loop tells the frame builder about itself. */
export interface LoopState {
  running: boolean;
  speed: Speed;
  /** Steps computed for this frame. */
  steps: number;
  stepsPerSecond: number;
  intervalMs: number;
}

/** What the loop drives: a live town or a replay. */
export interface LoopTown {
  /** Advances one step; false when there is nothing more to step (a replay's end). */
  step(): Promise<boolean>;
  /** The town's frame now. */
  frame(state: LoopState): Frame;
  /** Agents waiting on a slow mind now (for the "thinking…" mark during a slow step). */
  waiting(): string[];
  /** True while steps must wait (a replay seeking). */
  held(): boolean;
  /** Play was pressed (a replay at its end starts over). */
  onPlay?(): void;
}

type Job = () => Promise<void>;

/** A macrotask yield, so queued messages are handled between batches. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * The one step loop of the worker, for the live town and for a replay: runs steps at the chosen
 * speed (batching at high speeds, within a time budget), runs queued jobs between steps — never
 * during one (a step may wait on a slow mind for seconds) — posts a frame after each batch, and
 * during a slow step tells the page who is thinking.
 */
export class StepLoop {
  private readonly pacer: Pacer;
  private readonly meter = new RateMeter();
  private running: boolean;
  private stopped = false;
  private stepRequests = 0;
  private jobs: Job[] = [];
  private wakeUp: (() => void) | null = null;
  private lastFrameAt = 0;
  private intervalEma: number;
  private stepStartedAt = 0;

  constructor(
    private readonly town: LoopTown,
    private readonly post: (msg: WorkerMessage) => void,
    opts: { speed: Speed; paused: boolean },
  ) {
    this.running = !opts.paused;
    this.pacer = new Pacer(opts.speed, performance.now());
    this.intervalEma = nominalInterval(opts.speed);
  }

  /** The speed chosen now. */
  get speed(): Speed {
    return this.pacer.current;
  }

  get isRunning(): boolean {
    return this.running;
  }

  control(c: Control): void {
    switch (c.kind) {
      case 'play':
        this.town.onPlay?.();
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
        this.intervalEma = nominalInterval(c.speed);
        break;
    }
    this.wake();
    if (c.kind !== 'step') this.postFrame(0, false);
  }

  /** Pauses (e.g. a replay reached its end). */
  pause(): void {
    this.running = false;
  }

  /** Runs `fn` between two steps, never during one. Needs the loop running. */
  betweenSteps<T>(fn: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(async () => {
        try {
          resolve(await fn());
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      this.wake();
    });
  }

  /** Wakes an idle loop (something changed: a job, a seek finished). */
  wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }

  /** Ends the loop after the current step. */
  stop(): void {
    this.stopped = true;
    this.wake();
  }

  /** The frame now (for the "ready" message). */
  frame(steps = 0, intervalMs?: number): Frame {
    const now = performance.now();
    return this.town.frame({
      running: this.running,
      speed: this.pacer.current,
      steps,
      stepsPerSecond: this.running ? this.meter.rate(now) : 0,
      intervalMs: intervalMs ?? this.intervalEma,
    });
  }

  /** Posts the current state; `measured` frames update the interval estimate. */
  postFrame(steps: number, measured = true, intervalMs?: number): void {
    const now = performance.now();
    if (measured && this.lastFrameAt) {
      const gap = Math.min(2000, now - this.lastFrameAt);
      this.intervalEma = this.intervalEma * 0.8 + gap * 0.2;
    }
    this.lastFrameAt = measured ? now : 0;
    this.post({ type: 'frame', frame: this.frame(steps, intervalMs) });
  }

  /** The loop: runs until `stop()`; rejects if a step fails. */
  async run(): Promise<void> {
    const ping = setInterval(this.pingThinking, THINKING_PING_MS);
    try {
      await this.loop();
    } finally {
      clearInterval(ping);
    }
  }

  private pingThinking = () => {
    if (this.stepStartedAt && performance.now() - this.stepStartedAt >= SLOW_STEP_MS)
      this.post({ type: 'thinking', agentIds: this.town.waiting() });
  };

  private async step(): Promise<boolean> {
    this.stepStartedAt = performance.now();
    try {
      const more = await this.town.step();
      if (!more) this.running = false;
      return more;
    } finally {
      this.stepStartedAt = 0;
    }
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

  private async loop(): Promise<void> {
    while (!this.stopped) {
      while (this.jobs.length) await this.jobs.shift()!();
      if (this.town.held()) {
        await this.idle(Infinity);
        continue;
      }
      if (this.stepRequests > 0) {
        this.stepRequests--;
        await this.step();
        this.postFrame(1, false, SINGLE_STEP_INTERVAL_MS);
        continue;
      }
      if (!this.running) {
        this.lastFrameAt = 0;
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
      while (n < due && this.running && !this.jobs.length && !this.stepRequests) {
        if (this.town.held() || !(await this.step())) break;
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

function nominalInterval(speed: Speed): number {
  return speed === 'max' ? 33 : 1000 / speed;
}
