import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';

/**
 * The mind the engine talks to in the browser: it forwards each question to whichever mind is in
 * use now, so switching never reloads the town. It never changes an answer; failures go to the
 * engine's fallback (one policy, `minds/fallback.ts`), calls are observed on the engine's events.
 */
export class SwitchableMind implements Mind {
  private current: Mind;

  /** `offline` answers when no other mind is in use. */
  constructor(readonly offline: Mind) {
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
    return this.current.answer(call);
  }
}
