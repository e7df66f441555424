import type { MindLogEntry } from '../minds/llm';
import type { Engine } from '../sim/engine';
import { ROUTINE_KINDS, type MindCall, type QuestionKind } from '../sim/mind';

/** Bookkeeping questions: frequent and dull, kept apart so they never push decisions out. */

/** Decisions kept per agent (plans, talk, reflections …). */
export const DECISIONS_PER_AGENT = 200;
/** Bookkeeping calls kept per agent (importance ratings, embeddings). */
export const ROUTINE_PER_AGENT = 60;

/** One mind call as the worker saw it, whichever mind answered. */
export interface CallRecord {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  /** Step at which it was asked. */
  step: number;
  /** Name of the mind that was asked (`offline`, `llm`). */
  mind: string;
  /** The request as the engine built it (kept by reference: the engine builds one per call). */
  req: unknown;
  /** What the engine received (a copy; embeddings summarised). */
  result: unknown;
  latencyMs: number;
  /** Why another mind answered (the mind asked failed), if it did. */
  fallback?: string;
  /** The LLM budget was spent: the offline mind answered for the LLM mind. */
  budget?: true;
  /** How an LLM answered (prompts, reply, tokens, retries), when one did. */
  trace?: MindLogEntry;
  /** Order of recording, across agents. */
  seq: number;
}

/** A fixed-size ring, oldest first. */
class Ring<T> {
  private items: T[] = [];
  private start = 0;
  constructor(private readonly capacity: number) {}

  push(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else {
      this.items[this.start] = item;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /** Items, oldest first. */
  list(): T[] {
    return [...this.items.slice(this.start), ...this.items.slice(0, this.start)];
  }
}

/** Keys for calls not tied to an agent (e.g. a town-wide announcement). */
const TOWN = '(town)';

/**
 * Remembers recent mind calls per agent, for the inspector's mind log and its "why?" links.
 * Bounded: each agent keeps its last `DECISIONS_PER_AGENT` decisions and `ROUTINE_PER_AGENT`
 * bookkeeping calls.
 */
export class CallRecorder {
  private decisions = new Map<string, Ring<CallRecord>>();
  private routine = new Map<string, Ring<CallRecord>>();
  private nextSeq = 1;
  /** Calls ever recorded per agent key and class (`d:` decisions, `r:` bookkeeping). */
  private totals = new Map<string, number>();

  /** Calls asked and not settled yet: when, and the problem if the mind asked failed. */
  private open = new Map<string, { t0: number; error?: string }>();
  /** LLM log entries of calls not settled yet (the LLM logs before the engine hears back). */
  private traces = new Map<string, MindLogEntry>();
  /** Calls not settled yet that the budget sent to the offline mind. */
  private budgeted = new Set<string>();

  /**
   * Records every mind call of `engine` — the one place calls are observed: op id, agent, kind,
   * step, the mind asked, latency, fallback and (for an LLM) its trace. Returns the unsubscribe.
   */
  observe(engine: Engine): () => void {
    return engine.observe((e) => {
      if (e.type === 'mindAsked') this.open.set(e.call.id, { t0: performance.now() });
      else if (e.type === 'mindError') {
        const o = this.open.get(e.call.id);
        if (o) o.error = e.message;
      } else if (e.type === 'mindCall') {
        const o = this.open.get(e.call.id);
        this.open.delete(e.call.id);
        const trace = this.traces.get(e.call.id);
        this.traces.delete(e.call.id);
        const budget = this.budgeted.delete(e.call.id);
        // Local offline embeddings are instant and countless: they would flood the log.
        if (e.call.kind === 'embed' && e.mind === 'offline') return;
        const latencyMs = o ? performance.now() - o.t0 : 0;
        const fallback = e.fallback ? `error: ${o?.error ?? 'the mind failed'}` : trace?.fallback;
        this.record(e.call, e.mind, e.result, {
          step: engine.world.step,
          latencyMs,
          ...(fallback ? { fallback } : {}),
          ...(trace ? { trace } : {}),
          ...(budget ? { budget } : {}),
        });
      }
    });
  }

  /** The LLM mind's log entry for a call in flight (attached to the call when it settles). */
  trace(entry: MindLogEntry): void {
    if (this.open.has(entry.opId)) this.traces.set(entry.opId, entry);
  }

  /** The budget sent a call in flight to the offline mind (noted on the call when it settles). */
  byBudget(opId: string): void {
    if (this.open.has(opId)) this.budgeted.add(opId);
  }

  /** Keeps one call (public for tests; the town's calls arrive through `observe`). */
  record(
    call: MindCall,
    mind: string,
    result: unknown,
    info: Pick<CallRecord, 'step'> &
      Partial<Pick<CallRecord, 'latencyMs' | 'fallback' | 'trace' | 'budget'>>,
  ): CallRecord {
    const key = call.agentId ?? TOWN;
    const routine = ROUTINE_KINDS.has(call.kind);
    const rings = routine ? this.routine : this.decisions;
    let ring = rings.get(key);
    if (!ring) {
      ring = new Ring(routine ? ROUTINE_PER_AGENT : DECISIONS_PER_AGENT);
      rings.set(key, ring);
    }
    const rec: CallRecord = {
      opId: call.id,
      agentId: call.agentId,
      kind: call.kind,
      mind,
      req: call.req,
      result: snapshotResult(call.kind, result),
      latencyMs: 0,
      ...info,
      seq: this.nextSeq++,
    };
    ring.push(rec);
    const tk = `${routine ? 'r' : 'd'}:${key}`;
    this.totals.set(tk, (this.totals.get(tk) ?? 0) + 1);
    return rec;
  }

  /** An agent's calls, oldest first (bookkeeping included when `routine`). */
  forAgent(agentId: string | null, routine: boolean): CallRecord[] {
    const key = agentId ?? TOWN;
    const out = this.decisions.get(key)?.list() ?? [];
    if (!routine) return out;
    const extra = this.routine.get(key)?.list() ?? [];
    return [...out, ...extra].sort((a, b) => a.seq - b.seq);
  }

  /** Forgets every call (a different town was loaded: its op ids mean other calls). */
  clear(): void {
    this.open.clear();
    this.traces.clear();
    this.budgeted.clear();
    this.decisions.clear();
    this.routine.clear();
    this.totals.clear();
  }

  /** Calls ever recorded for an agent, including those no longer kept (bookkeeping if `routine`). */
  total(agentId: string | null, routine: boolean): number {
    const key = agentId ?? TOWN;
    const decisions = this.totals.get(`d:${key}`) ?? 0;
    return routine ? decisions + (this.totals.get(`r:${key}`) ?? 0) : decisions;
  }

  /** The call with this op id, if still kept (searches the given agent first). */
  find(opId: string, agentId?: string | null): CallRecord | undefined {
    const keys = agentId !== undefined ? [agentId ?? TOWN] : [];
    for (const k of [...keys, ...this.decisions.keys(), ...this.routine.keys()]) {
      for (const rings of [this.decisions, this.routine]) {
        const hit = rings
          .get(k)
          ?.list()
          .find((r) => r.opId === opId);
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

/**
 * A copy of a result that later changes to the engine's objects cannot reach; embeddings become
 * a count (vectors are big and say nothing to a reader).
 */
function snapshotResult(kind: QuestionKind, result: unknown): unknown {
  if (kind === 'embed') {
    const vectors = (result as { vectors?: number[][] } | undefined)?.vectors ?? [];
    return { vectors: vectors.length, dims: vectors[0]?.length ?? 0 };
  }
  try {
    return structuredClone(result);
  } catch {
    return result;
  }
}
