import type { Speed } from '../protocol';

/** At max speed, compute steps for this long before sending a frame and reading messages. */
export const MAX_BATCH_MS = 30;
/**
 * At max speed, rest this long between batches: "as fast as possible" must leave a core's share
 * to the page on small machines, or drawing stutters.
 */
export const MAX_REST_MS = 6;
/** At a paced speed, never compute more than this long in one batch (if a step is slow). */
export const PACED_BATCH_MS = 50;
/** A paced run that falls further behind than this drops the backlog instead of racing. */
const MAX_BACKLOG_MS = 1000;

/**
 * Decides how many steps are due at a speed. Paced speeds run `speed` steps per wall second
 * against a moving anchor; when the sim cannot keep up, the backlog is dropped (the clock then
 * runs slower than asked rather than in bursts). Max runs as many as fit in a batch budget.
 */
export class Pacer {
  private anchor: number;
  private done = 0;

  constructor(
    private speed: Speed,
    now: number,
  ) {
    this.anchor = now;
  }

  get current(): Speed {
    return this.speed;
  }

  /** Starts counting afresh (after a speed change or a pause). */
  reset(now: number, speed: Speed = this.speed): void {
    this.speed = speed;
    this.anchor = now;
    this.done = 0;
  }

  /** Steps that should be computed now (Infinity at max speed). */
  due(now: number): number {
    if (this.speed === 'max') return Infinity;
    const periodMs = 1000 / this.speed;
    if (now - this.anchor - this.done * periodMs > MAX_BACKLOG_MS) {
      this.anchor = now - periodMs;
      this.done = 0;
    }
    return Math.floor((now - this.anchor) / periodMs) - this.done;
  }

  /** Milliseconds until the next step is due (a short rest at max speed). */
  msUntilNext(now: number): number {
    if (this.speed === 'max') return MAX_REST_MS;
    const periodMs = 1000 / this.speed;
    return Math.max(0, this.anchor + (this.done + 1) * periodMs - now);
  }

  record(steps: number): void {
    this.done += steps;
  }

  /** Wall-time budget of one batch of steps. */
  budgetMs(): number {
    return this.speed === 'max' ? MAX_BATCH_MS : PACED_BATCH_MS;
  }
}

/** Steps per second: the steps completed during the last second of wall time. */
export class RateMeter {
  private samples: { t: number; n: number }[] = [];

  add(now: number, steps: number): void {
    this.samples.push({ t: now, n: steps });
    while (this.samples.length && now - this.samples[0].t > 1000) this.samples.shift();
  }

  rate(now: number): number {
    while (this.samples.length && now - this.samples[0].t > 1000) this.samples.shift();
    return this.samples.reduce((s, x) => s + x.n, 0);
  }
}
