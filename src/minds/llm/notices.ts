import type { NoticeLevel, ProblemKind } from './problems';

/** One user-facing notice about a kind of problem (not one per failed request). */
export interface Notice {
  level: NoticeLevel;
  kind: ProblemKind | 'circuit-open';
  message: string;
  /** How many times this kind of problem happened since the notice was first raised. */
  count: number;
  /** Wall-clock ms when first raised. */
  at: number;
}

export type NoticeListener = (notice: Notice) => void;

/**
 * De-duplicates problems into notices: the first occurrence of a kind notifies listeners; later
 * ones only bump its count, so a dead server shows one clear message instead of a flood. `clear()`
 * (e.g. after the user changes settings) re-arms every kind.
 */
export class NoticeBoard {
  private byKind = new Map<Notice['kind'], Notice>();
  private listeners = new Set<NoticeListener>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  raise(level: NoticeLevel, kind: Notice['kind'], message: string): void {
    const known = this.byKind.get(kind);
    if (known) {
      known.count++;
      return;
    }
    const notice: Notice = { level, kind, message, count: 1, at: this.now() };
    this.byKind.set(kind, notice);
    for (const fn of this.listeners) {
      try {
        fn({ ...notice });
      } catch {
        // A broken listener must not break the mind.
      }
    }
  }

  /** Subscribes; returns an unsubscribe function. Past notices are available from `list()`. */
  subscribe(fn: NoticeListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  list(): Notice[] {
    return [...this.byKind.values()].map((n) => ({ ...n }));
  }

  clear(): void {
    this.byKind.clear();
  }
}
