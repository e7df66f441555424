import { errorText } from '../sim/text';
import { STEPS_PER_HOUR, formatClock, gameTime } from '../sim/clock';
import type { Command } from '../sim/commands';
import { Engine, type EngineOptions } from '../sim/engine';
import { restoreWorld, worldHash } from '../sim/snapshot';
import type { TownMap } from '../sim/world/townMap';
import type { World, WorldState } from '../sim/world/world';
import { TownFileError } from './errors';
import type { TownFile } from './format';
import { assignBatches } from './recorder';
import { TapeMind, type DeterministicMind } from './tape';
import { openTown } from './town';

export interface ReplayOptions {
  /**
   * The deterministic mind that answers the ops the file says were answered offline (callers pass
   * `new OfflineMind()`; persist does not import minds).
   */
  offlineMind: DeterministicMind;
  /** Keep an in-memory snapshot this often while replaying forward (default: every game hour). */
  snapshotEverySteps?: number;
  /**
   * Most snapshots kept (default 12). Past it, every other one is dropped and the spacing doubles,
   * so memory stays bounded on long towns while seeks stay short.
   */
  maxSnapshots?: number;
  /** Awaited every `yieldEverySteps` steps of a seek, so a worker can handle its messages. */
  yieldToHost?: () => Promise<void>;
  yieldEverySteps?: number;
}

/** Called during a seek with steps done and steps to do. */
export type SeekProgress = (done: number, total: number) => void;

interface Snapshot {
  step: number;
  state: WorldState;
}

/**
 * Plays a town file's tape from its starting world, with zero LLM calls (see `TapeMind`). The
 * state "at step s" is the world after the tick that reached s and after every command recorded
 * at s, i.e. what the live town showed at s. `seek` restores the nearest snapshot at or before the
 * target and ticks forward; snapshots are taken while ticking, so scrubbing back is cheap.
 */
export class Replayer {
  /** First and last step of the recording (seek clamps to these). */
  readonly firstStep: number;
  lastStep: number;
  private engine: Engine;
  /** Late answers go back to their cognitions at the recorded steps. */
  private readonly engineOptions: EngineOptions;
  private snapshotDue = false;
  private readonly mind: TapeMind;
  private readonly batchesAt = new Map<number, Command[][]>();
  private snapshots: Snapshot[] = [];
  private every: number;
  private readonly maxSnapshots: number;
  private expectedHash: string | null = null;
  private stopReason: string | null = null;
  private goal: number;
  private onProgress: SeekProgress | undefined;
  private seeking: Promise<void> | null = null;

  private constructor(
    private readonly file: TownFile,
    private readonly map: TownMap,
    initial: WorldState,
    private readonly opts: ReplayOptions,
  ) {
    this.mind = new TapeMind(file.tape, opts.offlineMind, file.mind);
    const delivered = new Map((file.tape.delivered ?? []).map(([op, step]) => [`op${op}`, step]));
    this.engineOptions = { deliveredAt: (opId) => delivered.get(opId) };
    this.engine = new Engine(restoreWorld(map, initial), this.mind, this.engineOptions);
    this.firstStep = initial.step;
    this.lastStep = file.world.step;
    this.goal = this.firstStep;
    this.every = Math.max(1, opts.snapshotEverySteps ?? STEPS_PER_HOUR);
    this.maxSnapshots = Math.max(2, opts.maxSnapshots ?? 12);
    const batches = assignBatches(file.tape.entries);
    file.tape.entries.forEach((e, i) => {
      const list = this.batchesAt.get(e.step) ?? [];
      if (i === 0 || batches[i] !== batches[i - 1] || !list.length) list.push([]);
      list[list.length - 1].push(e.command);
      this.batchesAt.set(e.step, list);
    });
  }

  /**
   * Opens a replay of a decoded town file. Throws `TownFileError` ('cannot-replay') for a file
   * without its starting world (files migrated from v0).
   */
  static async open(file: TownFile, opts: ReplayOptions): Promise<Replayer> {
    if (!file.initial)
      throw new TownFileError(
        'cannot-replay',
        'This town was saved without its starting state (an older file), so it cannot be replayed. It can still be opened and continued.',
      );
    const { map } = openTown(file);
    const replayer = new Replayer(file, map, file.initial, opts);
    await replayer.applyCommandsHere();
    replayer.snapshots.push({ step: replayer.firstStep, state: replayer.world.getState() });
    return replayer;
  }

  /** The replayed world at the current step (read it like a live world; do not change it). */
  get world(): World {
    return this.engine.world;
  }

  get currentStep(): number {
    return this.engine.world.step;
  }

  /** Advances one step. Returns false at the end of the recording. */
  async step(): Promise<boolean> {
    if (this.currentStep >= this.lastStep) return false;
    await this.seek(this.currentStep + 1);
    return true;
  }

  /**
   * Jumps to a step (clamped to the recording), backwards or forwards. While a seek runs, a new
   * one changes its goal instead of queueing behind it, so dragging a scrubber stays responsive;
   * every caller's promise settles when the latest goal is reached.
   */
  seek(target: number, onProgress?: SeekProgress): Promise<void> {
    this.goal = Math.max(this.firstStep, Math.min(this.lastStep, Math.round(target)));
    this.onProgress = onProgress;
    this.seeking ??= this.runSeek().finally(() => (this.seeking = null));
    return this.seeking;
  }

  private async runSeek(): Promise<void> {
    const yieldEvery = this.opts.yieldEverySteps ?? 60;
    while (this.currentStep !== this.goal) {
      const goal = this.goal;
      let base: Snapshot | undefined;
      for (const s of this.snapshots) if (s.step <= goal) base = s;
      if (base && (goal < this.currentStep || base.step > this.currentStep)) this.restore(base);
      const from = this.currentStep;
      while (this.currentStep < goal && this.goal === goal) {
        await this.advance();
        const done = this.currentStep - from;
        if (done % yieldEvery === 0 || this.currentStep === goal) {
          this.onProgress?.(done, goal - from);
          if (this.opts.yieldToHost) await this.opts.yieldToHost();
        }
      }
    }
  }

  /**
   * Replays to the end and compares the world hash with the saved world's. A mismatch means the
   * tape does not fully describe the run (e.g. something changed the world outside commands).
   */
  async verify(
    onProgress?: SeekProgress,
  ): Promise<{ matches: boolean; expected: string; actual: string }> {
    await this.seek(this.lastStep, onProgress);
    this.expectedHash ??= worldHash(restoreWorld(this.map, this.file.world));
    const actual = worldHash(this.world);
    return { matches: actual === this.expectedHash, expected: this.expectedHash, actual };
  }

  /** Why the replay ends before the saved step, if it does. */
  get stoppedEarly(): string | null {
    return this.stopReason;
  }

  private restore(snapshot: Snapshot): void {
    this.engine = new Engine(restoreWorld(this.map, snapshot.state), this.mind, this.engineOptions);
  }

  private async applyCommandsHere(): Promise<void> {
    for (const batch of this.batchesAt.get(this.currentStep) ?? []) {
      for (const command of batch) this.engine.enqueue(command);
      await this.engine.flush();
    }
  }

  private async advance(): Promise<void> {
    const from = this.currentStep;
    try {
      await this.engine.tick();
      await this.applyCommandsHere();
    } catch (err) {
      await this.stopAt(from, err);
    }
    const step = this.currentStep;
    if ((step - this.firstStep) % this.every === 0) this.snapshotDue = true;
    // A snapshot cannot hold a cognition waiting for a late answer: take it where none waits.
    if (!this.snapshotDue || this.engine.parkedCount) return;
    this.snapshotDue = false;
    if (!this.snapshots.some((s) => s.step === step))
      this.addSnapshot({ step, state: this.world.getState() });
  }

  private addSnapshot(snapshot: Snapshot): void {
    this.snapshots.push(snapshot);
    this.snapshots.sort((a, b) => a.step - b.step);
    if (this.snapshots.length <= this.maxSnapshots) return;
    this.every *= 2;
    this.snapshots = this.snapshots.filter(
      (s) => s.step === this.firstStep || (s.step - this.firstStep) % this.every === 0,
    );
  }

  /**
   * A step failed half-way (a missing recorded answer, or a file whose answers do not fit): the
   * world is rebuilt at the last good step, the recording is cut there, and the reason reported.
   */
  private async stopAt(lastGood: number, err: unknown): Promise<never> {
    const t = gameTime(lastGood + 1, this.world.firstWeekday);
    const reason = errorText(err);
    this.stopReason = `The replay stops at day ${t.day} ${formatClock(t.minuteOfDay)}: ${reason}`;
    this.lastStep = lastGood;
    let base = this.snapshots[0];
    for (const s of this.snapshots) if (s.step <= lastGood) base = s;
    this.restore(base);
    while (this.currentStep < lastGood) {
      await this.engine.tick();
      await this.applyCommandsHere();
    }
    throw new TownFileError('cannot-replay', this.stopReason);
  }
}
