import type { CustomQuestion } from '../eval/battery';
import type { EvalReport } from '../eval/types';
import { EVAL_CANCELLED_MESSAGE, type EvalRun, type WorkerMessage } from '../protocol';
import { dayClock, errorText } from '../protocol/text';
import type { SliceContext } from './types';

/** An evaluation the page asked for, while it runs. */
export interface EvalRunning {
  run: EvalRun;
  /** Game steps simulated of all ('ahead'); null until the first progress message. */
  progress: { done: number; total: number } | null;
  /** A cancel was asked for and not yet confirmed. */
  cancelling: boolean;
}

/** The last evaluation that finished, with what was asked. */
export interface EvalResult {
  /** Counts evaluations on this page (a new result redraws the panel from scratch). */
  id: number;
  report: EvalReport;
  run: EvalRun;
  /** "Day 2 14:05": the town's clock when it was asked for. */
  from: string;
  /** The one person asked, if the evaluation was limited to them. */
  agentName: string | null;
}

export interface EvaluateOptions {
  run: EvalRun;
  agentIds?: string[];
  questions?: CustomQuestion[];
}

export interface EvalSlice {
  evalOpen: boolean;
  evalRunning: EvalRunning | null;
  evalResult: EvalResult | null;
  /** Why the last evaluation failed (cleared by the next one). */
  evalError: string | null;
  /** The last evaluation was cancelled. */
  evalCancelled: boolean;
  setEvalOpen(open: boolean): void;
  /** Evaluates a copy of the town shown; the result (or the error) lands in the slice. */
  evaluate(opts: EvaluateOptions): Promise<void>;
  cancelEvaluation(): Promise<void>;
}

function clockLabel(s: ReturnType<SliceContext['get']>): string {
  const c = s.view?.clock;
  if (!c) return '';
  return dayClock(c.day, c.minuteOfDay);
}

/**
 * The Evaluate panel's state: open or not, the evaluation running (with progress from the
 * worker's `eval` messages), and the last report. Only one evaluation runs at a time.
 */
export function createEvalSlice({ set, get, client }: SliceContext): EvalSlice {
  let seq = 0;
  client.listen?.((msg: WorkerMessage) => {
    if (msg.type !== 'eval') return;
    const { done, total } = msg.event;
    set((s) =>
      s.evalRunning ? { evalRunning: { ...s.evalRunning, progress: { done, total } } } : {},
    );
  });
  return {
    evalOpen: false,
    evalRunning: null,
    evalResult: null,
    evalError: null,
    evalCancelled: false,
    setEvalOpen(open) {
      set({ evalOpen: open });
    },
    async evaluate(opts) {
      if (get().evalRunning) return;
      const s = get();
      const from = clockLabel(s);
      const one = opts.agentIds?.length === 1 ? opts.agentIds[0] : null;
      const agentName = one ? (s.meta?.agents[s.agentIndex[one]]?.name ?? one) : null;
      set({
        evalRunning: { run: opts.run, progress: null, cancelling: false },
        evalError: null,
        evalCancelled: false,
      });
      try {
        const report = await client.request('evaluate', {
          run: opts.run,
          agentIds: opts.agentIds,
          questions: opts.questions,
        });
        set({
          evalRunning: null,
          evalResult: { id: ++seq, report, run: opts.run, from, agentName },
        });
      } catch (err) {
        const message = errorText(err);
        const cancelled = message === EVAL_CANCELLED_MESSAGE;
        set({ evalRunning: null, evalCancelled: cancelled, evalError: cancelled ? null : message });
      }
    },
    async cancelEvaluation() {
      const running = get().evalRunning;
      if (!running || running.cancelling) return;
      set({ evalRunning: { ...running, cancelling: true } });
      try {
        await client.request('cancelEvaluation', {});
      } catch (err) {
        set({ evalError: `Could not cancel: ${errorText(err)}` });
      }
    },
  };
}
