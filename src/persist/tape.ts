import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import type { MindInfo, TapeRecord } from './format';
import { opNumber } from './recorder';

/** A replay needed a recorded mind answer that the file does not have. */
export class MissingAnswerError extends Error {
  override readonly name = 'MissingAnswerError';
  constructor(readonly call: Pick<MindCall, 'id' | 'kind' | 'agentId'>) {
    super(
      `The recorded answer for mind call ${call.id} (${call.kind}${call.agentId ? ` by ${call.agentId}` : ''}) is missing from the file, so the replay cannot continue without asking a mind.`,
    );
  }
}

/** A mind that answers at once and the same every time (the offline mind), so replays recompute it. */
export interface DeterministicMind extends Mind {
  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K>;
}

/**
 * Answers mind calls from a tape, never from an LLM: the recorded answer by op id, else the offline
 * mind for ops the file says it answered (deterministic, so the answer is the same), else an error.
 * The offline mind is passed in (the callers pass `new OfflineMind()`): persist does not import minds.
 */
export class TapeMind implements Mind {
  readonly name = 'tape';
  private readonly offlineOps: [number, number][] | 'all' | 'none';

  constructor(
    private readonly tape: Pick<TapeRecord, 'answers' | 'offlineOps'>,
    private readonly offline: DeterministicMind,
    mind?: MindInfo,
  ) {
    this.offlineOps = tape.offlineOps ?? (mind?.kind === 'llm' ? 'none' : 'all');
  }

  private answeredOffline(n: number): boolean {
    if (this.offlineOps === 'all') return true;
    if (this.offlineOps === 'none' || !Number.isFinite(n)) return false;
    // Ranges are recorded in increasing order: binary search.
    let lo = 0;
    let hi = this.offlineOps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = this.offlineOps[mid];
      if (n < from) hi = mid - 1;
      else if (n >= to) lo = mid + 1;
      else return true;
    }
    return false;
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> {
    if (Object.prototype.hasOwnProperty.call(this.tape.answers, call.id))
      return structuredClone(this.tape.answers[call.id]) as QuestionRes<K>;
    if (this.answeredOffline(opNumber(call.id))) return this.offline.answer(call);
    throw new MissingAnswerError(call);
  }
}
