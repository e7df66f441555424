import type { Engine } from '../sim/engine';
import { ROUTINE_KINDS } from '../sim/mind';

/**
 * Who is thinking, from the engine's events: agents waiting for a decision (a call in flight) and
 * agents that asked for one during this step, for the "thinking…" mark. Bookkeeping calls
 * (importance, embeddings) are not decisions worth showing.
 */
export class ThinkingTracker {
  private pending = new Map<string, number>();
  private decided = new Set<string>();

  constructor(engine: Engine) {
    engine.observe((e) => {
      if (e.type !== 'mindAsked' && e.type !== 'mindCall') return;
      const agentId = e.call.agentId;
      if (!agentId || ROUTINE_KINDS.has(e.call.kind)) return;
      if (e.type === 'mindAsked') {
        this.decided.add(agentId);
        this.pending.set(agentId, (this.pending.get(agentId) ?? 0) + 1);
        return;
      }
      const n = (this.pending.get(agentId) ?? 1) - 1;
      if (n > 0) this.pending.set(agentId, n);
      else this.pending.delete(agentId);
    });
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
