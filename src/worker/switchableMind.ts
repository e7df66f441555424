import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import type { CallRecorder } from './callRecorder';

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as Promise<T> | null)?.then === 'function';
}

function describe(err: unknown): string {
  return `error: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * The mind the engine talks to in the browser: it forwards each question to whichever mind is
 * in use now (switching never reloads the town), records every call for the mind log, and answers
 * offline if the mind throws, so a step always completes. It never changes an answer otherwise;
 * a synchronous mind stays synchronous.
 */
export class SwitchableMind implements Mind {
  private current: Mind;

  constructor(
    /** Answers when no other mind is in use, and whenever the mind in use throws. */
    readonly offline: Mind,
    private readonly recorder: CallRecorder,
  ) {
    this.current = offline;
  }

  get name(): string {
    return this.current.name;
  }

  /** The mind answering now. */
  get active(): Mind {
    return this.current;
  }

  /** Answers later questions with `mind`; questions already asked finish where they started. */
  use(mind: Mind): void {
    this.current = mind;
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const mind = this.current;
    const t0 = performance.now();
    const done = (res: QuestionRes<K>, fallback?: string) => {
      // Offline embeddings are instant and many; the LLM mind does not log them either.
      if (!(call.kind === 'embed' && mind === this.offline))
        this.recorder.record(call, mind.name, res, performance.now() - t0, fallback);
      return res;
    };
    let res: QuestionRes<K> | Promise<QuestionRes<K>>;
    try {
      res = mind.answer(call);
    } catch (err) {
      return done(this.rescue(call, mind), describe(err));
    }
    if (!isPromise(res)) return done(res);
    return res.then(
      (r) => done(r),
      (err: unknown) => done(this.rescue(call, mind), describe(err)),
    );
  }

  /** The answer when `mind` failed outright. */
  private rescue<K extends QuestionKind>(call: MindCall<K>, mind: Mind): QuestionRes<K> {
    // Offline vectors live in another space than an API embedder's; none is safer (the memory
    // stays unembedded and is embedded again next step).
    if (call.kind === 'embed' && mind !== this.offline)
      return { vectors: [] } as QuestionRes<'embed'> as QuestionRes<K>;
    return this.offline.answer(call) as QuestionRes<K>;
  }
}
