import { errorText } from './text';
import { agentTick, embedTown, enrich } from './cognition/act';
import { interview, type InterviewAnswer } from './cognition/interview';
import { remember } from './cognition/recall';
import {
  ANNOUNCE_IMPORTANCE,
  WHISPER_IMPORTANCE,
  type Command,
  type CommandType,
  type Commands,
} from './commands';
import type { MemoryNode } from './memory/node';
import type { RetrievalWeights } from './memory/retrieve';
import type { Mind, MindCall, QuestionKind } from './mind';
import type { Task } from './ops';
import type { World } from './world/world';

/** What each command gives back to whoever issued it (`Engine.execute`). */
export interface CommandResults {
  whisper: { memoryId: string };
  interview: InterviewAnswer;
  announceEvent: { reached: string[] };
  setWeights: { weights: RetrievalWeights };
}
export type CommandResult<K extends CommandType = CommandType> = CommandResults[K];

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
  /** A step finished (the world's step is `step`). */
  | { type: 'stepped'; step: number };

export type EngineObserver = (event: EngineEvent) => void;

export interface EngineOptions {
  /** Answers a question when the main mind throws or rejects, so a step always completes. */
  fallback?: Mind;
}

type Settle = { resolve(result: unknown): void; reject(err: Error): void };
interface Queued {
  command: Command;
  settle?: Settle;
}

interface Running {
  agentId: string | null;
  gen: Task<unknown>;
  pending: IteratorResult<import('./ops').Ask, unknown>;
}

function isPromise(x: unknown): x is Promise<unknown> {
  return typeof (x as Promise<unknown> | null)?.then === 'function';
}

/**
 * The tick loop. Applies queued commands, advances the step and drives every agent's cognition
 * coroutine in lockstep: all questions of a round are asked together (answers may arrive in any
 * order and after any delay) and the coroutines resume in a fixed order, so the same seed and the
 * same commands and answers give the same world.
 */
export class Engine {
  private queue: Queued[] = [];
  private readonly observers = new Set<EngineObserver>();
  private busy = false;
  /** Agents with a mind question in flight right now (shown as "thinking" in the view). */
  readonly thinking = new Set<string>();

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
    });
  }

  get isBusy(): boolean {
    return this.busy;
  }

  /** Applies queued commands without advancing time (e.g. an interview while paused). */
  async flush(): Promise<void> {
    await this.guard(() => this.applyCommands());
  }

  /** One step: commands, then every agent's cognition, then memory enrichment. */
  async tick(): Promise<void> {
    await this.guard(async () => {
      await this.applyCommands();
      const world = this.world;
      world.step++;
      await this.run(world.agents.map((a) => ({ agentId: a.id, gen: agentTick(world, a) })));
      const due = (await this.run(
        world.agents.map((a) => ({ agentId: a.id, gen: enrich(world, a) })),
      )) as MemoryNode[][];
      const batches = world.agents.flatMap((agent, i) =>
        due[i]?.length ? [{ agent, nodes: due[i] }] : [],
      );
      if (batches.length) await this.run([{ agentId: null, gen: embedTown(world, batches) }]);
    });
    this.emit({ type: 'stepped', step: this.world.step });
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    if (this.busy) throw new Error('Engine is already running a step');
    this.busy = true;
    try {
      await fn();
    } finally {
      this.busy = false;
    }
  }

  private async applyCommands(): Promise<void> {
    const queued = this.queue;
    this.queue = [];
    if (!queued.length) return;
    const tasks: { agentId: string | null; gen: Task<unknown> }[] = [];
    const waiting: Queued[] = [];
    const fail = (q: Queued, err: unknown) => {
      const message = errorText(err);
      this.emit({ type: 'commandError', command: q.command.type, message });
      q.settle?.reject(err instanceof Error ? err : new Error(message));
    };
    this.emit({
      type: 'commandsApplied',
      step: this.world.step,
      commands: queued.map((q) => structuredClone(q.command)),
    });
    for (const q of queued) {
      try {
        const out = this.apply(q.command);
        if (isTask(out)) {
          const { command } = q;
          tasks.push({ agentId: 'agentId' in command ? command.agentId : null, gen: out });
          waiting.push(q);
        } else q.settle?.resolve(out);
      } catch (err) {
        fail(q, err);
      }
    }
    if (!tasks.length) return;
    try {
      const results = await this.run(tasks);
      waiting.forEach((q, i) => q.settle?.resolve(results[i]));
    } catch (err) {
      for (const q of waiting) fail(q, err);
      throw err;
    }
  }

  private apply(command: Command): Task<unknown> | unknown {
    const handler = HANDLERS[command.type] as (
      engine: Engine,
      args: Commands[CommandType],
    ) => Task<unknown> | unknown;
    return handler(this, command);
  }

  /** Drives coroutines round by round until all are done. */
  async run(tasks: { agentId: string | null; gen: Task<unknown> }[]): Promise<unknown[]> {
    const running: Running[] = tasks.map((t) => ({ ...t, pending: t.gen.next() }));
    const results: unknown[] = new Array(tasks.length);
    for (;;) {
      const waiting: { task: Running; call: MindCall }[] = [];
      running.forEach((t, r) => {
        if (t.pending.done) {
          results[r] = t.pending.value;
          return;
        }
        const q = t.pending.value;
        q.opId = this.world.newId('op');
        waiting.push({
          task: t,
          call: { id: q.opId, kind: q.kind, agentId: t.agentId, req: q.req } as MindCall,
        });
      });
      if (!waiting.length) return results;
      const mindName = this.mind.name;
      for (const w of waiting) this.emit({ type: 'mindAsked', call: w.call });
      const asked = waiting.map((w) => this.ask(w.call));
      let settled: Answered[] = asked as Answered[];
      if (asked.some(isPromise)) {
        for (const w of waiting) if (w.call.agentId) this.thinking.add(w.call.agentId);
        try {
          settled = await Promise.all(asked);
        } finally {
          this.thinking.clear();
        }
      }
      waiting.forEach((w, i) => {
        const { result, fallback } = settled[i]!; // one answer per waiting question, in order
        this.emit({ type: 'mindCall', call: w.call, result, mind: mindName, fallback });
        w.task.pending = w.task.gen.next(result);
      });
    }
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

interface Answered {
  result: unknown;
  fallback: boolean;
}

function isTask(x: unknown): x is Task<unknown> {
  return typeof (x as Task<unknown> | null)?.next === 'function';
}

type Handler<K extends CommandType> = (
  engine: Engine,
  args: Commands[K],
) => Task<CommandResults[K]> | CommandResults[K];

function requireAgent(engine: Engine, id: string) {
  const agent = engine.world.agent(id);
  if (!agent) throw new Error(`No agent with id "${id}"`);
  return agent;
}

const HANDLERS: { [K in CommandType]: Handler<K> } = {
  whisper(engine, { agentId, text }) {
    const agent = requireAgent(engine, agentId);
    const clean = text.trim();
    if (!clean) throw new Error('A whisper needs some text');
    const node = remember(engine.world, agent, {
      type: 'thought',
      description: clean,
      importance: WHISPER_IMPORTANCE,
      keywords: ['inner voice'],
    });
    agent.s.importanceSinceReflect += WHISPER_IMPORTANCE;
    agent.s.replanRequested = true;
    return { memoryId: node.id };
  },
  interview(engine, { agentId, question, remember: keep }) {
    const agent = requireAgent(engine, agentId);
    if (!question.trim()) throw new Error('An interview needs a question');
    return interview(engine.world, agent, question.trim(), keep);
  },
  announceEvent(engine, { text, place }) {
    const world = engine.world;
    const clean = text.trim();
    if (!clean) throw new Error('An announcement needs some text');
    if (place && !world.map.sector(place.sector))
      throw new Error(`No place called "${place.sector}"`);
    const reached: string[] = [];
    for (const agent of world.agents) {
      const arena = world.map.arenaOf(agent.s.tile);
      const here =
        !place || (arena?.sector === place.sector && (!place.arena || arena.name === place.arena));
      if (!here) continue;
      remember(world, agent, {
        type: 'event',
        description: clean,
        importance: ANNOUNCE_IMPORTANCE,
        keywords: ['announcement'],
      });
      agent.s.importanceSinceReflect += ANNOUNCE_IMPORTANCE;
      agent.s.replanRequested = true;
      reached.push(agent.id);
    }
    return { reached };
  },
  setWeights(engine, { weights }) {
    for (const v of Object.values(weights))
      if (!Number.isFinite(v) || v < 0) throw new Error('Weights must be non-negative numbers');
    engine.world.config = { ...engine.world.config, weights: { ...weights } };
    return { weights: { ...weights } };
  },
};
