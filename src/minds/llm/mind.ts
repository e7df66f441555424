import type { Mind, MindCall, QuestionKind, QuestionRes } from '../../sim/mind';
import { fallbackMind } from '../fallback';
import { OfflineMind } from '../offline';
import { askChat } from './askChat';
import { CircuitBreaker } from './breaker';
import { MemoryLlmCache, type LlmCache } from './cache';
import { resolveConfig, type LlmConfig, type ResolvedLlmConfig } from './config';
import { embedTexts } from './embeddings';
import { MindLog, type LogMessage, type LogQuery, type MindLogEntry } from './mindLog';
import { NoticeBoard, type Notice, type NoticeListener } from './notices';
import type { PriceTable } from './prices';
import { LlmProblem, redact } from './problems';
import type { ChatKind } from './prompts';
import { Semaphore } from './semaphore';
import { Transport, type RequestStats } from './transport';
import { UsageTracker, type UsageReport } from './usage';

/** Config as a caller gives it: endpoint and model required, everything else defaulted. */
export type LlmConfigInput = Partial<LlmConfig> & Pick<LlmConfig, 'baseURL' | 'chatModel'>;

export interface LlmMindOptions {
  /** Reply cache (default: in memory). Use `FileLlmCache` in Node, IndexedDB in the browser. */
  cache?: LlmCache;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** Cancels everything for good when aborted: in-flight and later questions answer offline. */
  signal?: AbortSignal;
  /** Mind-log entries kept (default 2000). */
  logCapacity?: number;
  /** Answers questions the LLM could not (default: the offline mind). */
  fallback?: Mind;
}

/** What one question took, in a shape shared by chat and embedding questions. */
interface Outcome extends RequestStats {
  result?: unknown;
  fallback?: string;
  problem?: LlmProblem;
  messages: LogMessage[];
  replyText: string;
  promptTokens: number;
  completionTokens: number;
  embeddingTokens: number;
  cacheHit: boolean;
  repaired: boolean;
}

const REPLY_KINDS = new Set(['refusal', 'empty', 'truncated', 'invalid-output']);

/**
 * The LLM mind: answers every question of the Mind port through an OpenAI-compatible server, with
 * a content-hash cache, bounded concurrency, retries, timeouts, usage accounting, a mind log and
 * de-duplicated notices. Any question it cannot answer well falls back to the offline mind, so
 * the simulation never stops. Runs in Node and in a browser Web Worker.
 */
export class LlmMind implements Mind {
  readonly name = 'llm';
  private readonly cfg: ResolvedLlmConfig;
  private readonly secrets: string[];
  private readonly transport: Transport;
  private readonly cache: LlmCache;
  private readonly fallbackMind: Mind;
  private readonly breaker: CircuitBreaker;
  private readonly notices = new NoticeBoard();
  private readonly usage: UsageTracker;
  private readonly log: MindLog;
  /** One controller per question in flight, so `abort()` reaches each without shared listeners. */
  private readonly inFlight = new Set<AbortController>();
  /** Set for good once the constructor's signal aborts. */
  private cancelled = false;

  constructor(config: LlmConfigInput, options: LlmMindOptions = {}) {
    this.cfg = resolveConfig(config);
    this.secrets = this.cfg.apiKey ? [this.cfg.apiKey] : [];
    this.cache = options.cache ?? new MemoryLlmCache();
    this.fallbackMind = options.fallback ?? new OfflineMind();
    this.breaker = new CircuitBreaker(this.cfg.breakerFailures, this.cfg.breakerCooldownMs);
    this.usage = new UsageTracker(
      this.cfg.chatModel,
      this.cfg.embeddings === 'api' ? (this.cfg.embeddingModel ?? null) : null,
      this.cfg.prices,
    );
    this.log = new MindLog(options.logCapacity ?? 2000);
    const external = options.signal;
    if (external?.aborted) this.cancelled = true;
    external?.addEventListener(
      'abort',
      () => {
        this.cancelled = true;
        this.abort();
      },
      { once: true },
    );
    this.transport = new Transport(this.cfg, {
      semaphore: new Semaphore(this.cfg.concurrency),
      breaker: this.breaker,
      fetch: options.fetch,
      onProblem: (p) => {
        if (p.kind !== 'aborted') this.notices.raise(p.level, p.kind, p.message);
      },
    });
  }

  /** The settings in use, without the key. */
  get settings(): Omit<ResolvedLlmConfig, 'apiKey'> & { hasApiKey: boolean } {
    const { apiKey, ...rest } = this.cfg;
    return { ...structuredClone(rest), hasApiKey: !!apiKey };
  }

  /** Questions asked and not yet answered. */
  get pendingQuestions(): number {
    return this.inFlight.size;
  }

  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    if (call.kind === 'embed' && this.cfg.embeddings === 'offline') {
      // Local and instant: answer synchronously and keep it out of the log (it would flood it).
      this.usage.record(call.agentId, call.kind, { calls: 1 });
      return this.fallbackMind.answer(call);
    }
    return this.answerAsync(call);
  }

  /** Subscribes to notices (one per kind of problem); returns an unsubscribe function. */
  onNotice(cb: NoticeListener): () => void {
    return this.notices.subscribe(cb);
  }

  getNotices(): Notice[] {
    return this.notices.list();
  }

  /** Forgets raised notices so each kind can notify again (e.g. after fixing settings). */
  clearNotices(): void {
    this.notices.clear();
  }

  /** Mind-log entries, oldest first, filtered by agent, op id or kind. */
  getLog(query: LogQuery = {}): MindLogEntry[] {
    return this.log.query(query);
  }

  /** Subscribes to new mind-log entries; returns an unsubscribe function. */
  onLog(cb: (entry: MindLogEntry) => void): () => void {
    return this.log.subscribe(cb);
  }

  /** Usage per agent and per question kind, as plain JSON, with costs from the price table. */
  getUsage(): UsageReport {
    return this.usage.report();
  }

  resetUsage(): void {
    this.usage.reset();
  }

  /** Replaces the price table (merged over the defaults); costs are recomputed on read. */
  setPrices(prices: PriceTable): void {
    this.usage.setPrices(prices);
  }

  /**
   * Cancels every question in flight or waiting for a slot (pause, reset). They resolve at once
   * with the offline mind's answer, so the engine never hangs; later questions work normally.
   */
  abort(): void {
    for (const c of this.inFlight) c.abort(new DOMException('Cancelled', 'AbortError'));
  }

  private async answerAsync<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    const t0 = performance.now();
    const at = Date.now();
    const controller = new AbortController();
    if (this.cancelled) controller.abort(new DOMException('Cancelled', 'AbortError'));
    this.inFlight.add(controller);
    const signal = controller.signal;
    try {
      const open = this.breaker.openReason();
      let outcome: Outcome;
      if (signal.aborted) outcome = skipped('aborted');
      else if (open) {
        this.notices.raise(
          'info',
          'circuit-open',
          `Pausing LLM requests for ${Math.round(this.cfg.breakerCooldownMs / 1000)} s after repeated failures; the offline mind is answering meanwhile.`,
        );
        outcome = skipped(`circuit-open (${open})`);
      } else outcome = await this.ask(call, signal).catch((err: unknown) => internalError(err));
      if (outcome.problem && REPLY_KINDS.has(outcome.problem.kind))
        this.notices.raise(outcome.problem.level, outcome.problem.kind, outcome.problem.message);
      const result = outcome.fallback
        ? await this.fallbackFor(call)
        : (outcome.result as QuestionRes<K>);
      this.finish(call, outcome, result, performance.now() - t0, at);
      return result;
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private async ask<K extends QuestionKind>(
    call: MindCall<K>,
    signal: AbortSignal,
  ): Promise<Outcome> {
    if (call.kind === 'embed') {
      const texts = (call as MindCall<'embed'>).req.texts;
      const o = await embedTexts(this.cfg, this.transport, this.cache, texts, signal);
      return {
        ...o,
        result: o.vectors ? { vectors: o.vectors } : undefined,
        messages: texts.map((content) => ({ role: 'user' as const, content })),
        replyText: '',
        promptTokens: 0,
        completionTokens: 0,
        embeddingTokens: o.tokens,
        cacheHit: o.requests === 0 && o.cached > 0,
        repaired: false,
      };
    }
    const o = await askChat(
      this.cfg,
      this.transport,
      this.cache,
      call as MindCall<ChatKind>,
      signal,
    );
    return { ...o, embeddingTokens: 0 };
  }

  /** The one fallback policy (`minds/fallback.ts`): offline, but never offline embeddings. */
  private async fallbackFor<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    return fallbackMind(this.fallbackMind).answer(call);
  }

  private finish(call: MindCall, o: Outcome, result: unknown, latencyMs: number, at: number): void {
    this.usage.record(call.agentId, call.kind, {
      calls: 1,
      requests: o.requests,
      promptTokens: o.promptTokens,
      completionTokens: o.completionTokens,
      embeddingTokens: o.embeddingTokens,
      // Whole milliseconds, so per-agent and per-kind sums equal the totals exactly.
      latencyMs: Math.round(latencyMs),
      cacheHits: o.cacheHit ? 1 : 0,
      fallbacks: o.fallback ? 1 : 0,
      errors: o.errors,
      retries: o.retries,
      repairs: o.repaired ? 1 : 0,
    });
    const problem = o.problem ?? o.lastProblem;
    const error = problem
      ? redact(
          `${problem.kind}: ${problem.message}${problem.detail ? ` (${problem.detail})` : ''}`,
          this.secrets,
        )
      : undefined;
    this.log.add({
      opId: call.id,
      agentId: call.agentId,
      kind: call.kind,
      model: call.kind === 'embed' ? (this.cfg.embeddingModel ?? '') : this.cfg.chatModel,
      messages: o.messages,
      replyText: redact(o.replyText, this.secrets),
      // A copy: the engine keeps (and may later change) the object it was given.
      result: call.kind === 'embed' ? summariseVectors(result) : structuredClone(result),
      promptTokens: call.kind === 'embed' ? o.embeddingTokens : o.promptTokens,
      completionTokens: o.completionTokens,
      latencyMs: Math.round(latencyMs),
      cacheHit: o.cacheHit,
      requests: o.requests,
      repaired: o.repaired,
      ...(o.fallback ? { fallback: o.fallback } : {}),
      ...(error ? { error } : {}),
      at,
    });
  }
}

/** A bug of ours must not stop the town either: log it and answer offline. */
function internalError(err: unknown): Outcome {
  const problem = new LlmProblem('unknown', 'Internal error in the LLM mind.', String(err));
  return { ...skipped('internal-error'), problem };
}

/** A question answered offline without any request (cancelled, or the breaker is open). */
function skipped(reason: string): Outcome {
  return {
    requests: 0,
    retries: 0,
    errors: 0,
    fallback: reason,
    messages: [],
    replyText: '',
    promptTokens: 0,
    completionTokens: 0,
    embeddingTokens: 0,
    cacheHit: false,
    repaired: false,
  };
}

function summariseVectors(result: unknown): unknown {
  const vectors = (result as { vectors?: number[][] } | undefined)?.vectors ?? [];
  return { vectors: vectors.length, dims: vectors[0]?.length ?? 0 };
}
