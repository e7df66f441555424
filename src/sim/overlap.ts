import type { Ask, Task } from './ops';
import type { MindCall } from './mind';

/**
 * Overlap: how a live step treats answers that take a while (an LLM). Instead of holding the whole
 * town until the slowest question of the step is answered, a step waits at most `graceMs` for its
 * answers; a cognition whose answer has not come is parked — that agent stands and thinks — and
 * the town moves on. A parked cognition resumes at the start of the first step after its answer
 * arrives, in op order, and that step is recorded (`delivered` events) so a replay resumes it at the
 * same step. No question is left waiting more than `maxLagSteps` steps: then the step waits for it.
 * Answers that come at once (the offline mind, a replay's tape) never park, so offline runs are
 * the same with or without overlap.
 */
export interface Overlap {
  /** How long one step may wait for its answers before parking the slow ones, ms (0: not at all). */
  graceMs: number;
  /** A step waits for any answer older than this many steps. */
  maxLagSteps: number;
  /** The host's clock (the simulation has none of its own): milliseconds now, and a timer. */
  now: () => number;
  wait: (ms: number) => Promise<void>;
}

/**
 * The default `maxLagSteps`: 60 steps, 10 game minutes. Measured on the 25-person town against the
 * test server at 200 ms and 8 concurrent requests: 30 steps reach an effective concurrency of 5.7,
 * 60 steps 6.4 (`npm run bench:llm`).
 */
export const MAX_LAG_STEPS = 60;

/** Which part of a step a cognition belongs to: its tick, its memory enrichment, the town's embeddings. */
export type Stage = 'tick' | 'enrich' | 'embed';

export interface Answered {
  result: unknown;
  fallback: boolean;
}

/** A cognition coroutine being driven. */
export interface Running {
  agentId: string | null;
  gen: Task<unknown>;
  pending: IteratorResult<Ask, unknown>;
  stage: Stage;
}

/** A cognition waiting across steps for the answer to `call`. */
export interface Parked {
  task: Running;
  call: MindCall;
  askedStep: number;
  /** The answer, once it is here (a replay has it at once and holds it until its recorded step). */
  answer: Answered | null;
  /** Settles when the answer (or the failure) is here; null when it came at once. */
  arrival: Promise<unknown> | null;
  failure?: unknown;
}

export function opOrder(a: Parked, b: Parked): number {
  return opNum(a.call.id) - opNum(b.call.id);
}

function opNum(id: string): number {
  const n = Number(id.slice(2));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
