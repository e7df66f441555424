import { errorText } from './text';
import { embedTown, enrich, quickTick, think } from './cognition/act';
import { applyCommand, isTask, type CommandResults } from './commandHandlers';
import type { Command, CommandType } from './commands';
import type { MemoryNode } from './memory/node';
import type { Mind, MindCall, QuestionKind } from './mind';
import type { Task } from './ops';
import {
  opOrder,
  type Answered,
  type Overlap,
  type Parked,
  type Running,
  type Stage,
} from './overlap';
import type { Agent } from './agent/agent';
import type { World } from './world/world';

export type { CommandResult, CommandResults } from './commandHandlers';

/**
 * What the engine tells its observers (`Engine.observe`): recorders keep the tape from these, the
 * worker's step loop and autosaver react to them, logs and usage count the calls. One stream.
 */
export type EngineEvent =
  /** Commands applied together (one `tick` or `flush`), in order, at `step` (before it ran). */
  | { type: 'commandsApplied'; step: number; commands: readonly Command[] }
  | { type: 'commandError'; command: CommandType; message: string }
  /** A mind call was asked (its answer may take a while). */
  | { type: 'mindAsked'; call: MindCall }
  /** A mind call settled. `mind`: the name of the mind asked (`fallback`: another answered). */
  | { type: 'mindCall'; call: MindCall; result: unknown; mind: string; fallback: boolean }
  | { type: 'mindError'; call: MindCall; message: string }
  /**
   * Answers that arrived after their step went on, handed to their waiting cognition at the start
   * of the step after `step` (overlap mode; see `Overlap`). Replay hands them over at the same step.
   */
  | { type: 'delivered'; step: number; opIds: string[] }
  /** A step finished (the world's step is `step`). */
  | { type: 'stepped'; step: number };

export type EngineObserver = (event: EngineEvent) => void;

export interface EngineOptions {
  /** Answers a question when the main mind throws or rejects, so a step always completes. */
  fallback?: Mind;
  /**
   * Live runs with a slow mind: a step does not wait for every answer (see `Overlap`). Without
   * it, every step waits for all of its answers (lockstep).
   */
  overlap?: Overlap;
  /**
   * Replay of an overlapped run: the step whose start received each late answer (by op id), as
   * recorded from `delivered` events. Ops not listed were answered within their step.
   */
  deliveredAt?: (opId: string) => number | undefined;
}

type Settle = { resolve(result: unknown): void; reject(err: Error): void };
interface Queued {
  command: Command;
  settle?: Settle;
}

function isPromise(x: unknown): x is Promise<unknown> {
  return typeof (x as Promise<unknown> | null)?.then === 'function';
}

/**
 * The tick loop. Applies queued commands, advances the step and drives every agent's cognition
 * coroutine round by round: all questions of a round are asked together (answers may arrive in any
 * order and after any delay) and the coroutines resume in a fixed order, so the same seed and the
 * same commands and answers give the same world. With `overlap`, a slow answer parks its coroutine
 * instead of holding the step (see `Overlap`).
 */
export class Engine {
  private queue: Queued[] = [];
  private readonly observers = new Set<EngineObserver>();
  private busy = false;
  /** The step or flush running now (settles when it is over, whatever the outcome). */
  private current: Promise<void> | null = null;
  /** Results and errors of the commands applied by the running step or flush, handed back after. */
  private readonly settleLater: (() => void)[] = [];
  /** Cognitions waiting across steps for an answer (overlap mode, or replaying one). */
  private parked: Parked[] = [];

  constructor(
    readonly world: World,
    public mind: Mind,
    private readonly opts: EngineOptions = {},
  ) {}

  /** Hears every engine event from now on; returns the unsubscribe function. */
  observe(observer: EngineObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private emit(event: EngineEvent): void {
    for (const o of this.observers) o(event);
  }

  /** Queues a command for the next `tick` or `flush` (its result is not needed). */
  enqueue(command: Command): void {
    this.queue.push({ command });
  }

  /**
   * Applies a command and resolves with its result: at once (between steps), or at the start of
   * the next step if one is running now. Rejects with the command's problem.
   */
  execute<K extends CommandType>(
    command: Extract<Command, { type: K }>,
  ): Promise<CommandResults[K]> {
    return new Promise<CommandResults[K]>((resolve, reject) => {
      this.queue.push({ command, settle: { resolve: resolve as Settle['resolve'], reject } });
      if (!this.busy) this.flush().catch(reject);
      // Busy: applied as soon as the step or flush running now is over (each settles its own).
      else void this.current?.finally(() => this.flushQueued());
    });
  }

  private flushQueued(): void {
    if (!this.busy && this.queue.some((q) => q.settle)) this.flush().catch(() => undefined);
  }

  get isBusy(): boolean {
    return this.busy;
  }

  /**
   * Cognitions waiting across steps for an answer. A town can be saved only when this is 0:
   * `tick({ drain: true })` gets there.
   */
  get parkedCount(): number {
    return this.parked.length;
  }

  /** Applies queued commands without advancing time (e.g. an interview while paused). */
  async flush(): Promise<void> {
    await this.guard(() => this.applyCommands());
  }

  /**
   * One step: commands, late answers handed over, then every agent's cognition, then memory
   * enrichment. `drain`: this step waits for every answer, old and new, so nothing stays parked.
   */
  async tick(opts: { drain?: boolean } = {}): Promise<void> {
    const drain = opts.drain ?? false;
    await this.guard(async () => {
      await this.applyCommands();
      const handed = await this.deliver(drain);
      const world = this.world;
      world.step++;
      const resumed = handed.map((p) => this.resume(p));
      const overlap = this.opts.overlap;
      const deadline = overlap ? overlap.now() + overlap.graceMs : 0;
      const drive = (tasks: Running[]) => this.drive(tasks, drain, deadline);
      const of = (stage: Stage) => resumed.filter((t) => t.stage === stage);
      const busy = (stage: Stage) =>
        new Set(
          [...this.parked.map((p) => p.task), ...resumed]
            .filter((t) => t.stage === stage)
            .map((t) => t.agentId),
        );
      const thinking = busy('tick');
      const ticks = of('tick');
      // Sleepers and talkers need no coroutine (`quickTick`): cheap for most people, most steps.
      for (const a of world.agents)
        if (!thinking.has(a.id) && !quickTick(world, a))
          ticks.push(this.task(a.id, think(world, a), 'tick'));
      await drive(ticks);
      const enriching = busy('enrich');
      const enrichTasks = [
        ...of('enrich'),
        ...world.agents
          .filter((a) => a.memory.mayHavePending && !enriching.has(a.id))
          .map((a) => this.task(a.id, enrich(world, a), 'enrich')),
      ];
      const due = await drive(enrichTasks);
      const batches: { agent: Agent; nodes: MemoryNode[] }[] = [];
      for (const t of enrichTasks) {
        const nodes = due.get(t) as MemoryNode[] | undefined;
        const agent = t.agentId ? world.agent(t.agentId) : undefined;
        if (agent && nodes?.length) batches.push({ agent, nodes });
      }
      const embedding = of('embed');
      if (batches.length && !busy('embed').size)
        embedding.push(this.task(null, embedTown(world, batches), 'embed'));
      if (embedding.length) await drive(embedding);
      this.markThinking();
    });
    this.emit({ type: 'stepped', step: this.world.step });
  }

  /** Drives coroutines in lockstep until all are done; their results in order. */
  async run(tasks: { agentId: string | null; gen: Task<unknown> }[]): Promise<unknown[]> {
    const running = tasks.map((t) => this.task(t.agentId, t.gen, 'tick'));
    const results = await this.drive(running, true, 0);
    return running.map((t) => results.get(t));
  }

  private task(agentId: string | null, gen: Task<unknown>, stage: Stage): Running {
    return { agentId, gen, pending: gen.next(), stage };
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    if (this.busy) throw new Error('Engine is already running a step');
    this.busy = true;
    const run = (async () => {
      try {
        await fn();
      } finally {
        this.busy = false;
      }
    })();
    this.current = run.catch(() => undefined);
    try {
      await run;
    } finally {
      // Command results are handed back once the engine is idle again, so a caller may go on
      // with the next step or command at once.
      for (const settle of this.settleLater.splice(0)) settle();
    }
  }

  private async applyCommands(): Promise<void> {
    const queued = this.queue;
    this.queue = [];
    if (!queued.length) return;
    const tasks: Running[] = [];
    const waiting: Queued[] = [];
    const later = (fn: () => void) => this.settleLater.push(fn);
    const fail = (q: Queued, err: unknown) => {
      const message = errorText(err);
      this.emit({ type: 'commandError', command: q.command.type, message });
      later(() => q.settle?.reject(err instanceof Error ? err : new Error(message)));
    };
    this.emit({
      type: 'commandsApplied',
      step: this.world.step,
      commands: queued.map((q) => structuredClone(q.command)),
    });
    for (const q of queued) {
      try {
        const out = applyCommand(this.world, q.command);
        if (isTask(out)) {
          const { command } = q;
          tasks.push(this.task('agentId' in command ? command.agentId : null, out, 'tick'));
          waiting.push(q);
        } else later(() => q.settle?.resolve(out));
      } catch (err) {
        fail(q, err);
      }
    }
    if (!tasks.length) return;
    try {
      const results = await this.drive(tasks, true, 0);
      waiting.forEach((q, i) => later(() => q.settle?.resolve(results.get(tasks[i]!))));
    } catch (err) {
      for (const q of waiting) fail(q, err);
      throw err;
    }
  }

  /**
   * Start of a step: takes the parked cognitions whose late answers are here, in op order, to
   * resume with the step. Waits first for answers older than `maxLagSteps` (all of them when
   * draining). In replay: the ones recorded for this step.
   */
  private async deliver(drain: boolean): Promise<Parked[]> {
    if (!this.parked.length) return [];
    const step = this.world.step;
    const deliveredAt = this.opts.deliveredAt;
    let due: Parked[];
    if (deliveredAt) {
      due = this.parked.filter((p) => deliveredAt(p.call.id) === step);
      const missed = this.parked.find((p) => (deliveredAt(p.call.id) ?? step) < step);
      if (missed) throw new Error(`The recording resumes mind call ${missed.call.id} too late`);
    } else {
      const lag = this.opts.overlap?.maxLagSteps ?? 0;
      const late = this.parked.filter(
        (p) => !p.answer && !p.failure && (drain || step - p.askedStep >= lag),
      );
      if (late.length) await Promise.all(late.map((p) => p.arrival));
      due = this.parked.filter((p) => p.answer || p.failure);
    }
    if (!due.length) return [];
    const failed = due.find((p) => p.failure);
    if (failed) throw failed.failure;
    due.sort(opOrder);
    const handed = new Set(due);
    this.parked = this.parked.filter((p) => !handed.has(p));
    this.emit({ type: 'delivered', step, opIds: due.map((p) => p.call.id) });
    return due;
  }

  private resume({ task, call, answer }: Pick<Parked, 'task' | 'call' | 'answer'>): Running {
    const { result, fallback } = answer!; // only called once the answer is here
    this.emit({ type: 'mindCall', call, result, mind: this.mind.name, fallback });
    task.pending = task.gen.next(result);
    return task;
  }

  /**
   * Drives coroutines round by round until each is done or parked; returns the results of those
   * done. `hold`: wait for every answer (commands, draining, lockstep). Otherwise, with overlap,
   * wait until `deadline` and park the cognitions whose answers have not come.
   */
  private async drive(
    tasks: Running[],
    hold: boolean,
    deadline: number,
  ): Promise<Map<Running, unknown>> {
    const results = new Map<Running, unknown>();
    const overlap = hold ? undefined : this.opts.overlap;
    const deliveredAt = hold ? undefined : this.opts.deliveredAt;
    let active = tasks;
    for (;;) {
      const round: Parked[] = [];
      for (const t of active) {
        if (t.pending.done) {
          results.set(t, t.pending.value);
          continue;
        }
        const q = t.pending.value;
        q.opId = this.world.newId('op');
        const call = { id: q.opId, kind: q.kind, agentId: t.agentId, req: q.req } as MindCall;
        round.push({ task: t, call, askedStep: this.world.step, answer: null, arrival: null });
      }
      if (!round.length) return results;
      for (const a of round) this.emit({ type: 'mindAsked', call: a.call });
      for (const a of round) {
        const res = this.ask(a.call);
        if (!isPromise(res)) a.answer = res;
        else
          a.arrival = res.then(
            (answer) => (a.answer = answer),
            (err: unknown) => (a.failure = err ?? new Error('The mind failed')),
          );
      }
      const pending = round.filter((a) => !a.answer).map((a) => a.arrival);
      if (pending.length) {
        if (overlap) {
          const left = Math.max(0, deadline - overlap.now());
          await Promise.race([Promise.all(pending), overlap.wait(left)]);
        } else await Promise.all(pending);
      }
      const failed = round.find((a) => a.failure);
      if (failed) throw failed.failure;
      active = [];
      for (const a of round) {
        if (a.answer && deliveredAt?.(a.call.id) === undefined) active.push(this.resume(a));
        else this.parked.push(a);
      }
    }
  }

  /** Agents whose cognition waits across steps: others do not start a conversation with them. */
  private markThinking(): void {
    const ids = this.world.midThought;
    ids.clear();
    for (const p of this.parked)
      if (p.task.stage === 'tick' && p.task.agentId) ids.add(p.task.agentId);
  }

  /** Asks the mind; on failure the fallback mind answers (if there is one). */
  private ask(call: MindCall): Answered | Promise<Answered> {
    const stats = this.world.stats.mindCalls;
    stats[call.kind] = (stats[call.kind] ?? 0) + 1;
    const q = call as MindCall<QuestionKind>;
    const ok = (result: unknown): Answered => ({ result, fallback: false });
    const fallback = this.opts.fallback;
    if (!fallback) {
      const res = this.mind.answer(q);
      return isPromise(res) ? res.then(ok) : ok(res);
    }
    const recover = (err: unknown): Answered | Promise<Answered> => {
      this.emit({
        type: 'mindError',
        call,
        message: errorText(err),
      });
      const res = fallback.answer(q);
      const fb = (result: unknown): Answered => ({ result, fallback: true });
      return isPromise(res) ? res.then(fb) : fb(res);
    };
    try {
      const res = this.mind.answer(q);
      return isPromise(res) ? res.then(ok, recover) : ok(res);
    } catch (err) {
      return recover(err);
    }
  }
}
