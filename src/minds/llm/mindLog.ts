import type { QuestionKind } from '../../sim/mind';

/** One chat message as sent (no headers, no key). */
export interface LogMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** One question the LLM mind answered, for the inspector's mind log. */
export interface MindLogEntry {
  /** Increasing number; lets a UI ask for entries newer than the last it saw. */
  seq: number;
  /** The engine's op id (`MindCall.id`), which memories and actions point back to. */
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  model: string;
  /** Prompt messages as sent (for `embed`: one user message per text). */
  messages: LogMessage[];
  /** The model's last reply text (empty for embeddings and fallbacks before any reply). */
  replyText: string;
  /** What the engine received (embeddings are summarised, not copied). */
  result: unknown;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  cacheHit: boolean;
  /** HTTP requests made for this question (retries and repair included). */
  requests: number;
  repaired: boolean;
  /** Why the offline mind answered instead, if it did. */
  fallback?: string;
  /** The last problem seen (redacted), even if a retry or repair then succeeded. */
  error?: string;
  /** Wall-clock ms when the question was asked. */
  at: number;
}

export interface LogQuery {
  agentId?: string | null;
  opId?: string;
  kind?: QuestionKind;
  /** Newest N matches (default: all kept). */
  limit?: number;
}

/** A bounded ring buffer of mind-log entries (oldest dropped first). */
export class MindLog {
  private ring: MindLogEntry[] = [];
  private start = 0;
  private nextSeq = 1;
  private listeners = new Set<(e: MindLogEntry) => void>();

  constructor(readonly capacity = 2000) {}

  get size(): number {
    return this.ring.length;
  }

  add(entry: Omit<MindLogEntry, 'seq'>): MindLogEntry {
    const full = { seq: this.nextSeq++, ...entry };
    if (this.ring.length < this.capacity) this.ring.push(full);
    else {
      this.ring[this.start] = full;
      this.start = (this.start + 1) % this.capacity;
    }
    for (const fn of this.listeners) {
      try {
        fn(full);
      } catch {
        // A broken listener must not break the mind.
      }
    }
    return full;
  }

  /** Matching entries, oldest first. */
  query(q: LogQuery = {}): MindLogEntry[] {
    const out: MindLogEntry[] = [];
    const n = this.ring.length;
    for (let i = 0; i < n; i++) {
      const e = this.ring[(this.start + i) % n];
      if (q.opId !== undefined && e.opId !== q.opId) continue;
      if (q.agentId !== undefined && e.agentId !== q.agentId) continue;
      if (q.kind !== undefined && e.kind !== q.kind) continue;
      out.push(e);
    }
    return q.limit !== undefined ? out.slice(Math.max(0, out.length - q.limit)) : out;
  }

  subscribe(fn: (e: MindLogEntry) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
