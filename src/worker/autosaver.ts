import { AutosaveScheduler, StorageFullError, type MindInfo, type SaveStore } from '../persist';
import type { PersistEvent, SaveStats } from '../protocol';
import { captureTown, errorText, type LiveTownRef } from './townCapture';

/** How often the worker looks whether an autosave is due, ms. */
export const AUTOSAVE_CHECK_MS = 500;
/** While paused, save this long after the last change (a run of steps or whispers saves once). */
export const PAUSED_SAVE_DELAY_MS = 1000;

export interface AutosaverOptions {
  store: Pick<SaveStore, 'saveAutosave'>;
  town: LiveTownRef;
  mindInfo: () => MindInfo;
  post: (event: PersistEvent) => void;
  /** False once another tab took the town over: then nothing may be written any more. */
  mayWrite: () => boolean;
  paused: boolean;
  /** Wall clock, ms (tests inject one). */
  now?: () => number;
  /** Scheduler tuning (tests shorten the intervals). */
  minIntervalMs?: number;
  maxIntervalMs?: number;
}

/**
 * Autosaves the running town: at least every game hour (or every two minutes of wall time when
 * something changed), at most every 15 s, soon after pausing, and at once when the page is hidden
 * or closing (`flush`). Polls on a timer instead of hooking the step loop, so the host stays as
 * it is; saves are captured between steps and encoded in slices in this worker, never on the page.
 * The indicator hears "saving" and "saved" only after the save was written and verified.
 */
export class Autosaver {
  private readonly scheduler: AutosaveScheduler;
  private readonly now: () => number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private tapeLength: number;
  private step: number;
  private lastChangeAt: number;
  private paused: boolean;
  private stopped = false;
  private current: Promise<boolean> | null = null;
  /** The last save failed: wait for the scheduler's back-off instead of retrying when paused. */
  private failing = false;
  /** Timings and size of the last successful save. */
  lastStats: SaveStats | null = null;

  constructor(private readonly opts: AutosaverOptions) {
    this.now = opts.now ?? (() => performance.now());
    const engine = opts.town.engine;
    this.step = engine.world.step;
    this.tapeLength = engine.tape.length;
    this.lastChangeAt = this.now();
    this.paused = opts.paused;
    this.scheduler = new AutosaveScheduler(
      {
        now: this.now,
        minIntervalMs: opts.minIntervalMs,
        maxIntervalMs: opts.maxIntervalMs,
      },
      this.step,
    );
  }

  /** Starts (or resumes after `stop`) looking for due saves. */
  start(): this {
    this.stopped = false;
    this.timer ??= setInterval(() => this.check(), AUTOSAVE_CHECK_MS);
    return this;
  }

  /** No more saves until `start` (the town closes or was taken over); one in flight finishes. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Whether a finished save holds everything (false while changes are unsaved). */
  get upToDate(): boolean {
    this.observe();
    return !this.scheduler.hasUnsavedChanges;
  }

  /** The page paused or resumed the clock. */
  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  /** Marks the town as changed even if nothing on the tape shows it (a brand-new town). */
  markChanged(): void {
    this.scheduler.noteChange();
  }

  /** Picks up steps and commands since the last look. */
  private observe(): void {
    const engine = this.opts.town.engine;
    const step = engine.world.step;
    const tape = engine.tape.length;
    if (step === this.step && tape === this.tapeLength) return;
    this.scheduler.noteStep(step);
    if (tape !== this.tapeLength) this.scheduler.noteChange();
    this.step = step;
    this.tapeLength = tape;
    this.lastChangeAt = this.now();
  }

  /** Starts a save if one is due (called by the timer). */
  check(): void {
    if (this.stopped) return;
    this.observe();
    const quiet = this.now() - this.lastChangeAt >= PAUSED_SAVE_DELAY_MS;
    if (this.paused && quiet && !this.failing && this.scheduler.hasUnsavedChanges)
      this.scheduler.flushNow();
    if (!this.scheduler.due() || this.opts.town.engine.isBusy) return;
    void this.save(false);
  }

  /**
   * Saves now if anything is unsaved (page hidden or closing, or before switching towns). Waits for
   * a save in flight first. Resolves true when everything is saved.
   */
  async flush(opts: { sync?: boolean } = {}): Promise<boolean> {
    if (this.stopped) return false;
    if (this.current) await this.current;
    this.observe();
    if (!this.scheduler.hasUnsavedChanges) return true;
    if (!this.scheduler.flushNow()) return false;
    return this.save(opts.sync ?? false);
  }

  private save(sync: boolean): Promise<boolean> {
    const run = this.run(sync).finally(() => {
      if (this.current === run) this.current = null;
    });
    this.current = run;
    return run;
  }

  private async run(sync: boolean): Promise<boolean> {
    const { town, store, post } = this.opts;
    this.scheduler.begin();
    post({ kind: 'saveStatus', status: { state: 'saving' } });
    try {
      const { bytes, summary, captureMs, encodeMs } = await captureTown(
        town,
        this.opts.mindInfo(),
        { sync },
      );
      // Another tab runs the town now: its saves win, this one is dropped.
      if (!this.opts.mayWrite()) throw new Error('This town is now run by another tab.');
      const t0 = performance.now();
      await store.saveAutosave({ townId: town.townId, name: town.name, bytes, summary });
      const stats: SaveStats = {
        step: summary.step,
        bytes: bytes.length,
        captureMs,
        encodeMs,
        writeMs: performance.now() - t0,
      };
      this.lastStats = stats;
      this.failing = false;
      this.scheduler.saved();
      post({
        kind: 'saveStatus',
        status: { state: 'saved', at: new Date().toISOString(), step: summary.step, stats },
      });
      return true;
    } catch (err) {
      this.scheduler.failed();
      this.failing = true;
      const storageFull = err instanceof StorageFullError;
      post({
        kind: 'saveStatus',
        status: { state: 'failed', message: errorText(err), storageFull },
      });
      if (storageFull) post({ kind: 'storageFull', message: errorText(err) });
      return false;
    }
  }
}
