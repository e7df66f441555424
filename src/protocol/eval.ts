/** The page↔worker protocol: the believability evaluation's requests and events. */
import type { CustomQuestion } from '../eval/battery';
import type { EvalReport } from '../eval/types';

// ─── Evaluation (answered by src/worker/evalHost.ts) ───────────────────────────

/**
 * What to evaluate: the town as it is now, or a copy of it run on for `days` game days (with
 * interviews at the end of each game day and behaviour recorded). The town shown never changes.
 */
export type EvalRun = { mode: 'now' } | { mode: 'ahead'; days: number };

/** Longest 'ahead' evaluation, in game days. */
export const MAX_EVAL_DAYS = 7;

/** The error message of an `evaluate` request that was cancelled. */
export const EVAL_CANCELLED_MESSAGE = 'The evaluation was cancelled.';

/** Pushed by the worker while an 'ahead' evaluation runs: game steps simulated of all. */
export type EvalEvent = { kind: 'progress'; done: number; total: number };

/** Requests about the believability evaluation. */
export interface EvalRequests {
  /**
   * Interviews every agent (or only `agentIds`) with the battery plus `questions`, on a copy of
   * the town shown (live or replayed), with the mind in use; one evaluation at a time.
   */
  evaluate: {
    req: { run: EvalRun; agentIds?: string[]; questions?: CustomQuestion[] };
    res: EvalReport;
  };
  /** Stops the evaluation running (its `evaluate` fails with `EVAL_CANCELLED_MESSAGE`). */
  cancelEvaluation: { req: Record<never, never>; res: { cancelled: boolean } };
}
