import type { Engine, EngineEvent } from '../sim/engine';
import type { World, WorldState } from '../sim/world/world';
import type { RecordedCommand, TapeRecord, TownFile } from './format';

/** The number in an op id (`op123` → 123), or NaN. */
export function opNumber(opId: string): number {
  return /^op\d+$/.test(opId) ? Number(opId.slice(2)) : NaN;
}

/** The mind name that marks deterministic answers that need not be recorded. */
const OFFLINE_NAME = 'offline';

/**
 * Keeps a complete, replayable record of an engine's run by observing it (the engine knows
 * nothing of tapes; this module owns the format):
 * - every command with the step and the batch it was applied in (commands applied together by one
 *   `tick`/`flush` interleave their mind calls, so replay must batch them the same way);
 * - every answer of a non-offline mind by op id, deep-copied at once (cognition may later mutate
 *   the objects it was handed, which would corrupt a recording kept by reference);
 * - the op numbers the offline mind answered, as compact ranges (replay recomputes those);
 * - the starting world, so a replay can begin at the beginning.
 */
export class TownRecorder {
  /** World state at the start of the recording (replays start here). */
  readonly initial: WorldState | undefined;
  private readonly entries: RecordedCommand[] = [];
  private readonly answers: Record<string, unknown> = {};
  private readonly offline: [number, number][] = [];
  private readonly delivered: [number, number][] = [];
  private nextBatch = 0;
  /** Whether the last answered op was offline (then the last range may grow). */
  private offlineRun = false;
  private readonly world: World;
  /** Stops recording. */
  readonly detach: () => void;

  /**
   * Records `engine` from now on. `from`: continue the recording of this town file (its tape,
   * recorded answers and starting world); without it, a new recording starts from the world now.
   */
  constructor(engine: Engine, from?: Pick<TownFile, 'tape' | 'initial' | 'mind'>) {
    this.world = engine.world;
    if (from) {
      this.initial = from.initial;
      this.adopt(from.tape);
      // Older files name no offline ops: every op so far was offline unless an LLM ran the town.
      if (!from.tape.offlineOps && from.mind?.kind !== 'llm' && engine.world.nextId > 0)
        this.offline.unshift([0, engine.world.nextId]);
    } else {
      this.initial = engine.world.getState();
    }
    this.detach = engine.observe((e) => this.hear(e));
  }

  /** Commands recorded so far (a change counter for autosave). */
  get commandCount(): number {
    return this.entries.length;
  }

  private adopt(tape: TapeRecord): void {
    const batches = assignBatches(tape.entries);
    tape.entries.forEach((e, i) => {
      this.entries.push({ step: e.step, command: structuredClone(e.command), batch: batches[i] });
      this.nextBatch = Math.max(this.nextBatch, batches[i] + 1);
    });
    Object.assign(this.answers, tape.answers);
    if (tape.offlineOps)
      this.offline.push(...tape.offlineOps.map((r) => [...r] as [number, number]));
    if (tape.delivered)
      this.delivered.push(...tape.delivered.map((d) => [...d] as [number, number]));
  }

  private hear(e: EngineEvent): void {
    if (e.type === 'commandsApplied') {
      const batch = this.nextBatch++;
      for (const command of e.commands) this.entries.push({ step: e.step, command, batch });
    } else if (e.type === 'delivered') {
      for (const id of e.opIds) this.delivered.push([opNumber(id), e.step]);
    } else if (e.type === 'mindCall') {
      const n = opNumber(e.call.id);
      if (e.mind === OFFLINE_NAME && Number.isFinite(n)) {
        this.markOffline(n);
        this.offlineRun = true;
        return;
      }
      this.offlineRun = false;
      this.answers[e.call.id] = structuredClone(e.result);
    }
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

  /**
   * The recording so far. A snapshot: the town may keep running while it is encoded (answers are
   * copied shallowly; each recorded answer is already a private deep copy). Do not mutate it.
   */
  tapeRecord(): TapeRecord {
    return {
      seed: this.world.seed,
      entries: this.entries.map((e) => ({ ...e })),
      answers: { ...this.answers },
      offlineOps: this.offline.map((r) => [...r] as [number, number]),
      ...(this.delivered.length
        ? { delivered: this.delivered.map((d) => [...d] as [number, number]) }
        : {}),
    };
  }
}

/**
 * The batch of each tape entry. Entries without one (older files) are grouped by step: all
 * commands of a step as one batch.
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
