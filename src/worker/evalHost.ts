import { parseCustomQuestions, type CustomQuestion } from '../eval/battery';
import { evaluateRun, evaluateSnapshot } from '../eval/evaluate';
import { buildReport } from '../eval/report';
import type { EvalReport, RunEvaluation } from '../eval/types';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import type { Scenario } from '../sim/scenario';
import { restoreWorld, serializeWorld } from '../sim/snapshot';
import type { World, WorldState } from '../sim/world/world';
import { yieldToEvents } from './stepLoop';
import {
  EVAL_CANCELLED_MESSAGE,
  MAX_EVAL_DAYS,
  type EvalRequests,
  type RequestOf,
  type WorkerMessage,
} from '../protocol';
import type { Handlers } from './requestTable';

/** Longest stretch an evaluation holds the worker before the town and messages get a turn, ms. */
const EVAL_SLICE_MS = 16;

/** An evaluation stopped by `cancelEvaluation`. */
export class EvalCancelledError extends Error {
  constructor() {
    super(EVAL_CANCELLED_MESSAGE);
    this.name = 'EvalCancelledError';
  }
}

/** The town an evaluation copies: its scenario (for the report) and a copy of its world. */
export interface EvalTown {
  scenario: Scenario;
  /** A copy of the world shown, taken between two steps; changing it never touches the town. */
  copy(): Promise<World>;
}

/** A live town: copied between two steps of its loop (a step may wait on a slow mind). */
export function liveEvalTown(
  scenario: Scenario,
  world: World,
  betweenSteps: (fn: () => WorldState) => Promise<WorldState>,
): EvalTown {
  return {
    scenario,
    copy: async () => restoreWorld(world.map, await betweenSteps(() => serializeWorld(world))),
  };
}

/** The minds an evaluation asks: the one in use now, and the offline mind behind it. */
export interface EvalMinds {
  mind: Mind;
  offline: Mind;
}

export interface EvalHostDeps {
  post(msg: WorkerMessage): void;
  /** The town shown now (live or replayed); null while none is open. */
  town(): EvalTown | null;
  minds(): EvalMinds;
}

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as Promise<T> | null)?.then === 'function';
}

/** One evaluation: its cancel flag and its time slices. */
class EvalJob {
  cancelled = false;
  private sliceStart = performance.now();
  private rejectCancelled!: (err: Error) => void;
  /** Rejects when the job is cancelled (raced against answers in flight). */
  private readonly cancelledSignal = new Promise<never>((_, reject) => {
    this.rejectCancelled = reject;
  });

  constructor() {
    this.cancelledSignal.catch(() => undefined);
  }

  cancel(): void {
    this.cancelled = true;
    this.rejectCancelled(new EvalCancelledError());
  }

  /** Throws `EvalCancelledError` once cancelled. */
  check(): void {
    if (this.cancelled) throw new EvalCancelledError();
  }

  /** `p`, or a rejection as soon as the job is cancelled (an LLM answer may take seconds). */
  race<T>(p: Promise<T>): Promise<T> {
    const raced = Promise.race([p, this.cancelledSignal]);
    // An abandoned answer that fails later, or a raced one that is cancelled while it waits for
    // its turn (nobody listens yet), must not surface as an unhandled rejection: in the worker
    // that is fatal. Whoever awaits them still sees the rejection.
    p.catch(() => undefined);
    raced.catch(() => undefined);
    return raced;
  }

  /** True when this slice has run long enough: the next answer waits for a macrotask. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= EVAL_SLICE_MS;
  }

  async pause(): Promise<void> {
    await yieldToEvents();
    this.sliceStart = performance.now();
  }
}

/**
 * Wraps a mind for an evaluation. The engine only awaits answers that are promises, and the offline
 * mind answers synchronously, so a run on a copy would hold the worker for seconds: every
 * `EVAL_SLICE_MS` an answer is handed over after a macrotask instead, letting the town's loop and
 * the page's messages run (answers may arrive late: lockstep keeps the outcome the same). Once the
 * job is cancelled every answer rejects, which ends the run. The copy's op ids are prefixed, so
 * they never mix with the town's in the LLM mind's log.
 */
class EvalMind implements Mind {
  constructor(
    private readonly inner: Mind,
    private readonly job: EvalJob,
  ) {}

  get name(): string {
    return this.inner.name;
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const job = this.job;
    // Rejected, never thrown: the engine then settles every answer of the round together.
    if (job.cancelled) return Promise.reject(new EvalCancelledError());
    const res = this.inner.answer({ ...call, id: `eval-${call.id}` });
    const out = isPromise(res) ? job.race(res) : res;
    if (!job.due) return out;
    return job.race(job.pause().then(() => out));
  }
}

/**
 * The offline mind as the browser's town uses it behind an LLM: an API embedder's vectors live in
 * another space than offline ones, so a failed embedding stays empty (the memory is embedded
 * again later) instead of mixing spaces.
 */
function fallbackFor(offline: Mind): Mind {
  return {
    name: offline.name,
    answer<K extends QuestionKind>(call: MindCall<K>) {
      if (call.kind === 'embed') return { vectors: [] } as QuestionRes<'embed'> as QuestionRes<K>;
      return offline.answer(call);
    },
  };
}

/**
 * Answers `evaluate` and `cancelEvaluation`: the believability battery (src/eval) on a copy of the
 * town shown, so the town itself — its state, id counter, tape and call counters — never changes.
 * 'ahead' runs the copy on for some game days, posting progress as `eval` messages.
 */
export class EvalHost {
  private job: EvalJob | null = null;

  constructor(private readonly deps: EvalHostDeps) {}

  /** Evaluate (now or ahead on a copy) and cancel. */
  handlers(): Handlers<EvalRequests> {
    return {
      evaluate: (r) => this.evaluate(r),
      cancelEvaluation: () => this.cancel(),
    };
  }

  /** True while an evaluation runs. */
  get busy(): boolean {
    return this.job !== null;
  }

  cancel(): { cancelled: boolean } {
    if (!this.job || this.job.cancelled) return { cancelled: false };
    this.job.cancel();
    return { cancelled: true };
  }

  async evaluate(r: Omit<RequestOf<'evaluate'>, 'kind'>): Promise<EvalReport> {
    if (this.job) throw new Error('An evaluation is already running: wait for it or cancel it.');
    const { run } = r;
    if (run.mode === 'ahead' && !(run.days > 0 && run.days <= MAX_EVAL_DAYS))
      throw new Error(`Run ahead for at least part of a day and at most ${MAX_EVAL_DAYS} days.`);
    const questions = customQuestions(r.questions);
    const town = this.deps.town();
    if (!town) throw new Error('No town is open to evaluate yet.');
    const job = new EvalJob();
    this.job = job;
    try {
      const world = await town.copy();
      job.check();
      const agentIds = r.agentIds?.filter((id) => world.agent(id));
      if (r.agentIds && !agentIds?.length) throw new Error('Nobody to interview: no such person.');
      const { mind, offline } = this.deps.minds();
      const main = new EvalMind(mind, job);
      const fallback = mind === offline ? undefined : new EvalMind(fallbackFor(offline), job);
      let result: RunEvaluation;
      let days: number;
      if (run.mode === 'now') {
        result = await evaluateSnapshot(world, main, { questions, agentIds, fallback });
        days = Math.round(result.days * 100) / 100;
      } else {
        result = await evaluateRun({
          scenario: town.scenario,
          world,
          mind: main,
          fallback,
          seed: world.seed,
          days: run.days,
          condition: main.name,
          questions,
          onProgress: (done, total) => {
            // `onProgress` is the only hook inside the run's loop: cancelling throws from it.
            job.check();
            this.deps.post({ type: 'eval', event: { kind: 'progress', done, total } });
          },
        });
        // The run interviews everyone; the filter keeps the people asked for.
        if (agentIds)
          result = {
            ...result,
            interviews: result.interviews.filter((i) => agentIds.includes(i.agentId)),
          };
        days = run.days;
      }
      job.check();
      return buildReport([result], { scenario: town.scenario.name, map: town.scenario.id, days });
    } finally {
      this.job = null;
    }
  }
}

/** The page's extra questions, checked like a questions file (a clear message when wrong). */
function customQuestions(questions: CustomQuestion[] | undefined): CustomQuestion[] | undefined {
  if (!questions?.length) return undefined;
  try {
    return parseCustomQuestions(questions);
  } catch (err) {
    throw new Error(String((err as Error).message).replace('questions file', 'extra questions'), {
      cause: err,
    });
  }
}
