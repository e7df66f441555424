/**
 * A circuit breaker for hard failures (bad key, unknown model, server down, timeouts). After
 * `threshold` in a row it opens for `cooldownMs`: questions skip the network and go straight to the
 * offline mind, so a dead server costs one timeout per cooldown instead of one per question. After
 * the cooldown the next request is let through as a probe; success closes it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private lastKind: string | null = null;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The problem kind that opened the breaker, while it is open. */
  openReason(): string | null {
    return this.now() < this.openUntil ? this.lastKind : null;
  }

  success(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  failure(kind: string): void {
    this.failures++;
    this.lastKind = kind;
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }
}
