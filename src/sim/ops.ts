import type { QuestionKind, QuestionReq, QuestionRes } from './mind';

/** What a cognition coroutine yields: a question for the mind. */
export interface Ask {
  kind: QuestionKind;
  req: unknown;
  /** Set by the engine when the call is issued. */
  opId?: string;
}

/**
 * A cognition coroutine. It runs synchronously until it needs a mind answer, yields the question,
 * and is resumed with the answer. The engine drives all agents' coroutines in a fixed order, so a
 * step's outcome does not depend on how long answers take.
 */
export type Task<T = void> = Generator<Ask, T, unknown>;

/** Asks the mind one typed question; use as `const res = yield* ask('planDay', req)`. */
export function* ask<K extends QuestionKind>(
  kind: K,
  req: QuestionReq<K>,
): Generator<Ask, QuestionRes<K> & { opId?: string }, unknown> {
  const question: Ask = { kind, req };
  const res = (yield question) as QuestionRes<K>;
  return Object.assign({}, res, { opId: question.opId });
}
