import { agentTick, enrich } from './cognition/act';
import { interview } from './cognition/interview';
import { remember } from './cognition/recall';
import {
  ANNOUNCE_IMPORTANCE,
  WHISPER_IMPORTANCE,
  type Command,
  type CommandType,
  type Commands,
} from './commands';
import type { Mind, MindCall, QuestionKind } from './mind';
import type { Task } from './ops';
import type { World } from './world/world';

/** Something the engine reports to its host (answers to interviews, command problems). */
export type EngineEvent =
  | {
      type: 'interviewAnswer';
      requestId: string;
      agentId: string;
      question: string;
      answer: string;
      usedMemoryIds: string[];
      opId?: string;
    }
  | { type: 'announced'; text: string; reached: string[] }
  | { type: 'commandError'; command: CommandType; message: string }
  | { type: 'mindError'; kind: QuestionKind; message: string };

/** A command as recorded: the step at which it was applied. */
export interface TapeEntry {
  step: number;
  command: Command;
}

export interface EngineOptions {
  /** Record every mind answer by op id (needed to replay a non-deterministic mind). */
  recordAnswers?: boolean;
  /** Called after each mind call settles (for logs and usage accounting). */
  onCall?: (call: MindCall, result: unknown) => void;
  /** Answers a question when the main mind throws or rejects, so a step always completes. */
  fallback?: Mind;
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
  private queue: Command[] = [];
  private events: EngineEvent[] = [];
  readonly tape: TapeEntry[] = [];
  readonly answers: Record<string, unknown> = {};
  private busy = false;
  /** Agents with a mind question in flight right now (shown as "thinking" in the view). */
  readonly thinking = new Set<string>();

  constructor(
    readonly world: World,
    public mind: Mind,
    private readonly opts: EngineOptions = {},
  ) {}

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** Events since the last call. */
  drainEvents(): EngineEvent[] {
    const out = this.events;
    this.events = [];
    return out;
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
      await this.run(world.agents.map((a) => ({ agentId: a.id, gen: enrich(world, a) })));
    });
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
    const commands = this.queue;
    this.queue = [];
    const tasks: { agentId: string | null; gen: Task<unknown> }[] = [];
    for (const command of commands) {
      this.tape.push({ step: this.world.step, command: structuredClone(command) });
      try {
        const task = this.apply(command);
        if (task) tasks.push({ agentId: 'agentId' in command ? command.agentId : null, gen: task });
      } catch (err) {
        this.events.push({
          type: 'commandError',
          command: command.type,
          message: err instanceof Error ? err.message : String(err),
        });
      }
    }
    if (tasks.length) await this.run(tasks);
  }

  private apply(command: Command): Task<unknown> | void {
    const handler = HANDLERS[command.type] as (
      engine: Engine,
      args: Commands[CommandType],
    ) => Task<unknown> | void;
    return handler(this, command);
  }

  /** Drives coroutines round by round until all are done. */
  async run(tasks: { agentId: string | null; gen: Task<unknown> }[]): Promise<unknown[]> {
    const running: Running[] = tasks.map((t) => ({ ...t, pending: t.gen.next() }));
    const results: unknown[] = new Array(tasks.length);
    for (;;) {
      const waiting: { r: number; call: MindCall }[] = [];
      running.forEach((t, r) => {
        if (t.pending.done) {
          results[r] = t.pending.value;
          return;
        }
        const q = t.pending.value;
        q.opId = this.world.newId('op');
        waiting.push({
          r,
          call: { id: q.opId, kind: q.kind, agentId: t.agentId, req: q.req } as MindCall,
        });
      });
      if (!waiting.length) return results;
      const answers = waiting.map((w) => this.ask(w.call));
      let settled = answers;
      if (answers.some(isPromise)) {
        for (const w of waiting) if (w.call.agentId) this.thinking.add(w.call.agentId);
        try {
          settled = await Promise.all(answers);
        } finally {
          this.thinking.clear();
        }
      }
      waiting.forEach((w, i) => {
        const res = settled[i];
        if (this.opts.recordAnswers) this.answers[w.call.id] = res;
        this.opts.onCall?.(w.call, res);
        running[w.r].pending = running[w.r].gen.next(res);
      });
    }
  }

  private ask(call: MindCall): unknown {
    const stats = this.world.stats.mindCalls;
    stats[call.kind] = (stats[call.kind] ?? 0) + 1;
    const fallback = this.opts.fallback;
    if (!fallback) return this.mind.answer(call as MindCall<QuestionKind>);
    const recover = (err: unknown) => {
      this.events.push({
        type: 'mindError',
        kind: call.kind,
        message: err instanceof Error ? err.message : String(err),
      });
      return fallback.answer(call as MindCall<QuestionKind>);
    };
    try {
      const res = this.mind.answer(call as MindCall<QuestionKind>);
      return isPromise(res) ? res.catch(recover) : res;
    } catch (err) {
      return recover(err);
    }
  }

  report(event: EngineEvent): void {
    this.events.push(event);
  }
}

type Handler<K extends CommandType> = (engine: Engine, args: Commands[K]) => Task<unknown> | void;

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
    remember(engine.world, agent, {
      type: 'thought',
      description: clean,
      importance: WHISPER_IMPORTANCE,
      keywords: ['inner voice'],
    });
    agent.s.importanceSinceReflect += WHISPER_IMPORTANCE;
    agent.s.replanRequested = true;
  },
  interview(engine, { agentId, question, remember: keep, requestId }) {
    const agent = requireAgent(engine, agentId);
    if (!question.trim()) throw new Error('An interview needs a question');
    return (function* () {
      const res = yield* interview(engine.world, agent, question.trim(), keep);
      engine.report({ type: 'interviewAnswer', requestId, agentId, question, ...res });
    })();
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
    engine.report({ type: 'announced', text: clean, reached });
  },
  setWeights(engine, { weights }) {
    for (const v of Object.values(weights))
      if (!Number.isFinite(v) || v < 0) throw new Error('Weights must be non-negative numbers');
    engine.world.config = { ...engine.world.config, weights: { ...weights } };
  },
};
