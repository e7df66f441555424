import { AutosaveScheduler, StorageFullError, type MindInfo, type SaveStore } from '../persist';
import type { PersistEvent, SaveStats } from '../protocol';
import { errorText } from '../protocol/text';
import { captureTown, type LiveTownRef } from './townCapture';

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
 * or closing (`flush`). It hears the engine (steps and commands) instead of polling it; saves are
 * captured between steps and encoded in slices in this worker, never on the page.
 * The indicator hears "saving" and "saved" only after the save was written and verified.
 */
export class Autosaver {
  private readonly scheduler: AutosaveScheduler;
  private readonly now: () => number;
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
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
    this.lastChangeAt = this.now();
    this.paused = opts.paused;
    this.scheduler = new AutosaveScheduler(
      {
        now: this.now,
        minIntervalMs: opts.minIntervalMs,
        maxIntervalMs: opts.maxIntervalMs,
      },
      opts.town.runtime.world.step,
    );
    // Hears every step and command of the town (saving waits for `start`).
    opts.town.runtime.engine.observe((e) => {
      if (e.type === 'stepped') this.scheduler.noteStep(e.step);
      else if (e.type === 'commandsApplied') this.scheduler.noteChange();
      else return;
      this.lastChangeAt = this.now();
      this.changed();
    });
  }

  /** Starts (or resumes after `stop`) saving when due. */
  start(): this {
    this.stopped = false;
    return this;
  }

  /** No more saves until `start` (the town closes or was taken over); one in flight finishes. */
  stop(): void {
    this.stopped = true;
    this.clearQuietTimer();
  }

  /** Whether a finished save holds everything (false while changes are unsaved). */
  get upToDate(): boolean {
    return !this.scheduler.hasUnsavedChanges;
  }

  /** The page paused or resumed the clock. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) this.armQuietTimer();
  }

  /** After a step or a command: save if due; while paused, once things have been quiet a while. */
  private changed(): void {
    if (this.paused) this.armQuietTimer();
    else this.check();
  }

  private armQuietTimer(): void {
    this.clearQuietTimer();
    if (this.stopped || !this.scheduler.hasUnsavedChanges) return;
    this.quietTimer = setTimeout(() => {
      this.quietTimer = null;
      this.check();
    }, PAUSED_SAVE_DELAY_MS);
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
  }

  /** Marks the town as changed even if nothing on the tape shows it (a brand-new town). */
  markChanged(): void {
    this.scheduler.noteChange();
  }

  /** Starts a save if one is due (after each step, and once a paused town has been quiet). */
  check(): void {
    if (this.stopped) return;
    const quiet = this.now() - this.lastChangeAt >= PAUSED_SAVE_DELAY_MS;
    if (this.paused && quiet && !this.failing && this.scheduler.hasUnsavedChanges)
      this.scheduler.flushNow();
    if (!this.scheduler.due() || this.opts.town.runtime.engine.isBusy) return;
    void this.save(false);
  }

  /**
   * Saves now if anything is unsaved (page hidden or closing, or before switching towns). Waits for
   * a save in flight first. Resolves true when everything is saved.
   */
  async flush(opts: { sync?: boolean } = {}): Promise<boolean> {
    if (this.stopped) return false;
    if (this.current) await this.current;
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
