import { STEPS_PER_HOUR } from '../sim/clock';

/** Why an autosave should happen now. */
export type AutosaveReason = 'game-hour' | 'wall-time' | 'flush';

export interface AutosaveOptions {
  /** Wall clock in milliseconds (e.g. `() => performance.now()`); injected for tests. */
  now: () => number;
  /** Save at least this often in game time (default: every game hour). */
  everySteps?: number;
  /** Never start two saves closer than this (default 15 s): fast-forward must not save nonstop. */
  minIntervalMs?: number;
  /** Save changes at least this often in wall time, even if game time barely moves (default 2 min). */
  maxIntervalMs?: number;
  /** Wait after a failed save before trying again (default 30 s, doubling up to 5 min). */
  retryMs?: number;
}

/**
 * When to autosave: pure bookkeeping, no timers and no I/O. The host tells it what happened
 * (`noteStep`, `noteChange`) and asks `due()` between steps; it runs the save itself and reports
 * back with `saved()` or `failed()`. Rules, in order:
 * - nothing changed since the last save → no save;
 * - a save is already running → no save (a flush request waits for it, then saves at once);
 * - after a failure, wait `retryMs` (doubling) before trying again;
 * - throttle: at most one save per `minIntervalMs`;
 * - then save if a game hour passed since the last save, or `maxIntervalMs` of wall time did.
 * `flushNow()` (page hidden or closing) bypasses throttle and back-off.
 */
export class AutosaveScheduler {
  private readonly everySteps: number;
  private readonly minIntervalMs: number;
  private readonly maxIntervalMs: number;
  private readonly retryMs: number;
  private savedStep: number;
  private savedAt: number;
  private step: number;
  private dirty = false;
  private inFlight: { step: number; changeSeq: number } | null = null;
  private changeSeq = 0;
  private flushWanted = false;
  private failures = 0;
  private retryAt = 0;

  /** `step`: the step of the town as loaded or last saved (nothing to save yet). */
  constructor(
    private readonly opts: AutosaveOptions,
    step: number,
  ) {
    this.everySteps = opts.everySteps ?? STEPS_PER_HOUR;
    this.minIntervalMs = opts.minIntervalMs ?? 15_000;
    this.maxIntervalMs = opts.maxIntervalMs ?? 120_000;
    this.retryMs = opts.retryMs ?? 30_000;
    this.savedStep = step;
    this.step = step;
    this.savedAt = opts.now();
  }

  /** The town advanced to `step` (call after each tick or batch of ticks). */
  noteStep(step: number): void {
    if (step !== this.step) this.markDirty();
    this.step = step;
  }

  /** The town changed without time passing (a whisper, an announcement, new settings). */
  noteChange(): void {
    this.markDirty();
  }

  private markDirty(): void {
    this.dirty = true;
    this.changeSeq++;
  }

  /** Whether there are changes no finished save contains. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Should a save start now, and why. Pure: asking twice gives the same answer. */
  due(): AutosaveReason | null {
    if (!this.dirty || this.inFlight) return null;
    if (this.flushWanted) return 'flush';
    const now = this.opts.now();
    if (now < this.retryAt) return null;
    if (now - this.savedAt < this.minIntervalMs) return null;
    if (this.step - this.savedStep >= this.everySteps) return 'game-hour';
    if (now - this.savedAt >= this.maxIntervalMs) return 'wall-time';
    return null;
  }

  /**
   * The page is being hidden or closed: save now if anything is unsaved. Returns 'flush' when the
   * caller should start a save; null if nothing is unsaved or a save is running (a new one is
   * then due as soon as it finishes, if changes came in meanwhile).
   */
  flushNow(): AutosaveReason | null {
    if (!this.dirty) return null;
    this.flushWanted = true;
    return this.inFlight ? null : 'flush';
  }

  /** A save of the current state starts (call right before capturing the town). */
  begin(): void {
    this.inFlight = { step: this.step, changeSeq: this.changeSeq };
  }

  /** The save started by `begin()` is stored and verified. */
  saved(): void {
    const done = this.inFlight;
    this.inFlight = null;
    if (!done) return;
    this.savedStep = done.step;
    this.savedAt = this.opts.now();
    this.failures = 0;
    this.retryAt = 0;
    // Changes made while saving are still unsaved.
    this.dirty = this.changeSeq !== done.changeSeq;
    this.flushWanted = this.flushWanted && this.dirty;
  }

  /** The save failed (e.g. storage full): back off before trying again. */
  failed(): void {
    this.inFlight = null;
    this.failures++;
    this.retryAt = this.opts.now() + Math.min(this.retryMs * 2 ** (this.failures - 1), 300_000);
    this.flushWanted = false;
  }
}
