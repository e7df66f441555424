import { OfflineMind } from '../minds/offline';
import { Engine, type EngineOptions } from '../sim/engine';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import type { World, WorldState } from '../sim/world/world';
import type { MindInfo, RecordedCommand, TapeRecord, TownFile } from './format';

/** The number in an op id (`op123` → 123), or NaN. */
export function opNumber(opId: string): number {
  return /^op\d+$/.test(opId) ? Number(opId.slice(2)) : NaN;
}

/**
 * The batch of each tape entry. Entries without one (older files, plain engines) are grouped by
 * step: all commands of a step as one batch.
 */
export function assignBatches(entries: readonly RecordedCommand[]): number[] {
  let next = 0;
  let synthetic: { step: number; batch: number } | null = null;
  return entries.map((e) => {
    let batch: number;
    if (e.batch !== undefined) {
      batch = e.batch;
      synthetic = null;
    } else if (synthetic?.step === e.step) {
      batch = synthetic.batch;
    } else {
      batch = next;
      synthetic = { step: e.step, batch };
    }
    next = Math.max(next, batch + 1);
    return batch;
  });
}

/** The mind name that marks deterministic answers that need not be recorded. */
const OFFLINE_NAME = 'offline';

export interface TapedEngineOptions extends Omit<EngineOptions, 'recordAnswers'> {
  /**
   * Continue the recording of this town file (its tape, recorded answers and starting world).
   * Without it, a new recording starts from the world as it is now.
   */
  from?: Pick<TownFile, 'tape' | 'initial'>;
}

/**
 * An Engine that keeps a complete, replayable record of its run:
 * - every command with the step and the batch it was applied in (commands applied together by one
 *   `tick`/`flush` interleave their mind calls, so replay must batch them the same way);
 * - every answer of a non-offline mind by op id, deep-copied at once (cognition may later mutate
 *   the objects it was handed, which would corrupt a recording kept by reference);
 * - the op numbers the offline mind answered, as compact ranges (replay recomputes those);
 * - the starting world, so a replay can begin at the beginning.
 * Drop-in for `Engine`: the worker constructs this instead and everything else stays the same.
 */
export class TapedEngine extends Engine {
  /** World state at the start of the recording (replays start here). */
  readonly initial: WorldState | undefined;
  private readonly batches: number[] = [];
  private nextBatch = 0;
  private readonly offline: [number, number][] = [];
  /** Whether the last answered op was offline (then the last range may grow). */
  private offlineRun = false;

  constructor(world: World, mind: Mind, opts: TapedEngineOptions = {}) {
    // The hook is handed to the base class before `this` exists; it is connected just below.
    const hook: { record?: (call: MindCall, result: unknown) => void } = {};
    const { from, onCall, ...rest } = opts;
    super(world, mind, {
      ...rest,
      recordAnswers: false,
      onCall: (call, result) => {
        hook.record?.(call, result);
        onCall?.(call, result);
      },
    });
    hook.record = (call, result) => this.record(call, result);
    if (from) {
      this.initial = from.initial;
      this.adopt(from.tape);
    } else {
      this.initial = world.getState();
    }
  }

  private adopt(tape: TapeRecord): void {
    const batches = assignBatches(tape.entries);
    tape.entries.forEach((e, i) => {
      this.tape.push({ step: e.step, command: structuredClone(e.command) });
      this.batches.push(batches[i]);
      this.nextBatch = Math.max(this.nextBatch, batches[i] + 1);
    });
    Object.assign(this.answers, tape.answers);
    if (tape.offlineOps)
      this.offline.push(...tape.offlineOps.map((r) => [...r] as [number, number]));
  }

  private record(call: MindCall, result: unknown): void {
    const n = opNumber(call.id);
    if (this.mind.name === OFFLINE_NAME && Number.isFinite(n)) {
      this.markOffline(n);
      this.offlineRun = true;
      return;
    }
    this.offlineRun = false;
    this.answers[call.id] = structuredClone(result);
  }

  /** Adds op `n` to the offline ranges, kept sorted and merged (recorded answers win on replay). */
  private markOffline(n: number): void {
    const ranges = this.offline;
    const last = ranges.at(-1);
    if (last && n >= last[0] && (n < last[1] || this.offlineRun))
      last[1] = Math.max(last[1], n + 1);
    else if (!last || n >= last[1]) ranges.push([n, n + 1]);
    else if (!ranges.some(([from, to]) => n >= from && n < to)) {
      // Rare: op numbers reused below the last range (something rewound the id counter).
      ranges.push([n, n + 1]);
      ranges.sort((a, b) => a[0] - b[0]);
    }
  }

  override async tick(): Promise<void> {
    await this.batched(() => super.tick());
  }

  override async flush(): Promise<void> {
    await this.batched(() => super.flush());
  }

  /** Whatever one tick or flush appended to the tape was applied as one batch. */
  private async batched(fn: () => Promise<void>): Promise<void> {
    const before = this.tape.length;
    try {
      await fn();
    } finally {
      if (this.tape.length > before) {
        const batch = this.nextBatch++;
        for (let i = before; i < this.tape.length; i++) this.batches[i] = batch;
      }
    }
  }

  /**
   * The recording so far. A snapshot: the town may keep running while it is encoded (answers are
   * copied shallowly; each recorded answer is already a private deep copy). Do not mutate it.
   */
  tapeRecord(): TapeRecord {
    const entries: RecordedCommand[] = this.tape.map((e, i) => ({
      step: e.step,
      command: e.command,
      batch: this.batches[i],
    }));
    return {
      seed: this.world.seed,
      entries,
      answers: { ...this.answers },
      offlineOps: this.offline.map((r) => [...r] as [number, number]),
    };
  }
}

/** A replay needed a recorded mind answer that the file does not have. */
export class MissingAnswerError extends Error {
  override readonly name = 'MissingAnswerError';
  constructor(readonly call: Pick<MindCall, 'id' | 'kind' | 'agentId'>) {
    super(
      `The recorded answer for mind call ${call.id} (${call.kind}${call.agentId ? ` by ${call.agentId}` : ''}) is missing from the file, so the replay cannot continue without asking a mind.`,
    );
  }
}

/**
 * Answers mind calls from a tape, never from an LLM: the recorded answer by op id, else the offline
 * mind for ops the file says it answered (deterministic, so the answer is the same), else an error.
 */
export class TapeMind implements Mind {
  readonly name = 'tape';
  private readonly offline = new OfflineMind();
  private readonly offlineOps: [number, number][] | 'all' | 'none';

  constructor(
    private readonly tape: Pick<TapeRecord, 'answers' | 'offlineOps'>,
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
