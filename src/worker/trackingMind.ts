import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';

/** Bookkeeping questions that are not decisions worth showing as "thinking". */
const ROUTINE_KINDS: ReadonlySet<QuestionKind> = new Set(['embed', 'rateImportance']);

/**
 * Wraps a mind to see which agents are waiting for a decision (an asynchronous mind's call in
 * flight) and which just made one, for the "thinking…" mark. It never changes an answer.
 */
export class TrackingMind implements Mind {
  private pending = new Map<string, number>();
  private decided = new Set<string>();

  constructor(readonly inner: Mind) {}

  get name(): string {
    return this.inner.name;
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const agentId = call.agentId;
    if (!agentId || ROUTINE_KINDS.has(call.kind)) return this.inner.answer(call);
    this.decided.add(agentId);
    const res = this.inner.answer(call);
    if (!(res instanceof Promise)) return res;
    this.pending.set(agentId, (this.pending.get(agentId) ?? 0) + 1);
    const done = () => {
      const n = (this.pending.get(agentId) ?? 1) - 1;
      if (n > 0) this.pending.set(agentId, n);
      else this.pending.delete(agentId);
    };
    return res.finally(done);
  }

  /** Agents with a decision in flight now. */
  waiting(): string[] {
    return [...this.pending.keys()];
  }

  /** Forgets who decided during the previous step (call before each step). */
  beginStep(): void {
    this.decided.clear();
  }

  /** Agents that asked for a decision during the current step or are still waiting for one. */
  thinking(): Set<string> {
    const out = new Set(this.decided);
    for (const id of this.pending.keys()) out.add(id);
    return out;
  }
}
