import type { Command } from '../sim/commands';
import { Engine, type EngineEvent } from '../sim/engine';
import type { World } from '../sim/world/world';
import { FrameBuilder } from './frame';
import { Pacer, RateMeter } from './pacer';
import {
  type Control,
  type Request,
  type RequestKind,
  type Requests,
  type Speed,
  type TownMeta,
  type WorkerMessage,
} from '../protocol';
import { MUTATING_REQUESTS, type MutatingRequest } from './requestKinds';
import { Queries } from './queries';
import { TrackingMind } from './trackingMind';
import type { Mind } from '../sim/mind';
import { memoryView } from './views';

/** How long a single step (paused, "step" button) takes to animate on the page. */
const SINGLE_STEP_INTERVAL_MS = 400;
/** While a step waits on a slow mind, check this often whether to tell the page who thinks. */
const THINKING_PING_MS = 100;
/** A step running longer than this is waiting on a slow mind. */
const SLOW_STEP_MS = 150;

type Job = () => Promise<void>;

function isMutating(r: Request): r is MutatingRequest {
  return (MUTATING_REQUESTS as readonly string[]).includes(r.kind);
}

/** A macrotask yield, so queued messages are handled between batches. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Hosts the engine: runs steps at the chosen speed (batching at high speeds), applies the page's
 * commands between steps, answers detail requests and posts a frame after each batch.
 */
export class SimHost {
  readonly engine: Engine;
  private readonly mind: TrackingMind;
  private readonly frames: FrameBuilder;
  private readonly queries: Queries;
  private readonly pacer: Pacer;
  private readonly meter = new RateMeter();
  private running: boolean;
  private jobs: Job[] = [];
  private stepRequests = 0;
  private wakeUp: (() => void) | null = null;
  private lastFrameAt = 0;
  private intervalEma: number;
  private stopped = false;
  private tickStartedAt = 0;

  constructor(
    readonly world: World,
    mind: Mind,
    private readonly post: (msg: WorkerMessage) => void,
    opts: {
      speed: Speed;
      paused: boolean;
      /** Builds the engine (the app passes a recording `TapedEngine`); default a plain one. */
      engine?: (world: World, mind: Mind) => Engine;
    },
  ) {
    this.mind = new TrackingMind(mind);
    this.engine = opts.engine?.(world, this.mind) ?? new Engine(world, this.mind);
    this.frames = new FrameBuilder(world);
    this.queries = new Queries(world, () => this.mind);
    this.running = !opts.paused;
    this.pacer = new Pacer(opts.speed, performance.now());
    this.intervalEma = opts.speed === 'max' ? 33 : 1000 / opts.speed;
  }

  meta(scenarioName: string, mapJson: unknown): TownMeta {
    const map = this.world.map;
    return {
      scenarioName,
      mind: this.mind.name,
      seed: this.world.seed,
      map: mapJson,
      width: map.width,
      height: map.height,
      tileSize: map.tileSize,
      agents: this.world.agents.map((a) => ({
        id: a.id,
        name: a.name,
        sprite: a.persona.sprite,
        age: a.persona.age,
        occupation: a.persona.occupation,
      })),
      places: map.sectors.map((s) => ({ sector: s.name, arenas: s.arenas.map((a) => a.name) })),
      weights: { ...this.world.config.weights },
    };
  }

  control(c: Control): void {
    switch (c.kind) {
      case 'play':
        if (!this.running) this.pacer.reset(performance.now());
        this.running = true;
        break;
      case 'pause':
        this.running = false;
        break;
      case 'step':
        this.running = false;
        this.stepRequests++;
        break;
      case 'setSpeed':
        this.pacer.reset(performance.now(), c.speed);
        this.intervalEma = c.speed === 'max' ? 33 : 1000 / c.speed;
        break;
    }
    this.wake();
    if (c.kind !== 'step') this.postFrame(0, false);
  }

  request(id: number, request: Request): void {
    const reply = (result: unknown) => this.post({ type: 'reply', id, ok: true, result });
    const fail = (err: unknown) =>
      this.post({
        type: 'reply',
        id,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
      });
    if (isMutating(request)) {
      this.jobs.push(() => this.mutate(id, request).then(reply, fail));
      this.wake();
      return;
    }
    try {
      Promise.resolve(this.read(request)).then(reply, fail);
    } catch (err) {
      fail(err);
    }
  }

  private read(r: Request): unknown {
    switch (r.kind) {
      case 'agentNow':
        return this.queries.agentNow(r);
      case 'memories':
        return this.queries.memories(r);
      case 'probe':
        return this.queries.probe(r);
      case 'reflections':
        return this.queries.reflections(r);
      case 'conversations':
        return this.queries.conversations(r);
      case 'relationships':
        return this.queries.relationships(r);
      default:
        throw new Error(`Unknown request ${(r as { kind: string }).kind}`);
    }
  }

  /** Applies one command now, between steps, and returns what the page asked for. */
  private async mutate(id: number, r: MutatingRequest): Promise<Requests[RequestKind]['res']> {
    const world = this.world;
    let command: Command;
    if (r.kind === 'whisper') command = { type: 'whisper', agentId: r.agentId, text: r.text };
    else if (r.kind === 'setWeights') command = { type: 'setWeights', weights: r.weights };
    else if (r.kind === 'announce')
      command = { type: 'announceEvent', text: r.text, place: r.place };
    else
      command = {
        type: 'interview',
        agentId: r.agentId,
        question: r.question,
        remember: r.remember,
        requestId: `page-${id}`,
      };
    this.engine.enqueue(command);
    await this.engine.flush();
    const events = this.engine.drainEvents();
    const error = events.find(
      (e): e is Extract<EngineEvent, { type: 'commandError' }> => e.type === 'commandError',
    );
    if (error) throw new Error(error.message);
    if (r.kind === 'whisper') {
      const agent = world.agent(r.agentId)!;
      return { memory: memoryView(world, agent.memory.nodes[agent.memory.size - 1]) };
    }
    if (r.kind === 'setWeights') return { weights: { ...world.config.weights } };
    if (r.kind === 'announce') {
      const ev = events.find((e) => e.type === 'announced');
      return { reached: ev?.type === 'announced' ? ev.reached : [] };
    }
    const ans = events.find((e) => e.type === 'interviewAnswer');
    if (ans?.type !== 'interviewAnswer') throw new Error('The agent gave no answer');
    const agent = world.agent(r.agentId)!;
    return {
      answer: ans.answer,
      used: ans.usedMemoryIds
        .map((mid) => agent.memory.get(mid))
        .filter((n) => n !== undefined)
        .map((n) => memoryView(world, n)),
      remembered: r.remember,
    };
  }

  private wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(() => this.wake(), ms) : undefined;
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async tick(): Promise<void> {
    this.mind.beginStep();
    this.tickStartedAt = performance.now();
    try {
      await this.engine.tick();
    } finally {
      this.tickStartedAt = 0;
    }
    this.engine.drainEvents();
  }

  /** During a step that waits on a slow (asynchronous) mind, tell the page who is thinking. */
  private pingThinking = () => {
    if (this.tickStartedAt && performance.now() - this.tickStartedAt >= SLOW_STEP_MS)
      this.post({ type: 'thinking', agentIds: this.mind.waiting() });
  };

  /** Posts the current state; `measured` frames update the interval estimate. */
  postFrame(steps: number, measured = true, intervalMs?: number): void {
    const now = performance.now();
    if (measured && this.lastFrameAt) {
      const gap = Math.min(2000, now - this.lastFrameAt);
      this.intervalEma = this.intervalEma * 0.8 + gap * 0.2;
    }
    if (measured) this.lastFrameAt = now;
    this.post({
      type: 'frame',
      frame: this.frames.build({
        running: this.running,
        speed: this.pacer.current,
        steps,
        stepsPerSecond: this.running ? this.meter.rate(now) : 0,
        intervalMs: intervalMs ?? this.intervalEma,
        thinking: this.mind.thinking(),
      }),
    });
  }

  /** Builds the first frame (for the "ready" message). */
  firstFrame() {
    return this.frames.build({
      running: this.running,
      speed: this.pacer.current,
      steps: 0,
      stepsPerSecond: 0,
      intervalMs: this.intervalEma,
      thinking: new Set(),
    });
  }

  /**
   * Runs `fn` between two steps, never during one (a step may wait on a slow mind for seconds):
   * saves capture the town this way. Needs the loop running.
   */
  betweenSteps<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(async () => {
        try {
          resolve(fn());
        } catch (err) {
          reject(err);
        }
      });
      this.wake();
    });
  }

  /** Ends the loop after the current step. */
  stop(): void {
    this.stopped = true;
    this.wake();
  }

  /** The loop: runs until `stop()`; rejects if the engine fails. */
  async run(): Promise<void> {
    const ping = setInterval(this.pingThinking, THINKING_PING_MS);
    try {
      await this.loop();
    } finally {
      clearInterval(ping);
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      while (this.jobs.length) await this.jobs.shift()!();
      if (this.stepRequests > 0) {
        this.stepRequests--;
        await this.tick();
        this.lastFrameAt = 0;
        this.postFrame(1, false, SINGLE_STEP_INTERVAL_MS);
        continue;
      }
      if (!this.running) {
        this.lastFrameAt = 0;
        await this.idle(Infinity);
        continue;
      }
      const start = performance.now();
      const due = this.pacer.due(start);
      if (due <= 0) {
        await this.idle(this.pacer.msUntilNext(start));
        continue;
      }
      const budget = this.pacer.budgetMs();
      let n = 0;
      while (n < due && this.running && !this.jobs.length && !this.stepRequests) {
        await this.tick();
        n++;
        if (performance.now() - start >= budget) break;
      }
      this.pacer.record(n);
      this.meter.add(performance.now(), n);
      this.postFrame(n);
      if (this.pacer.current === 'max') await this.idle(this.pacer.msUntilNext(start));
      else await yieldToEvents();
    }
  }
}
