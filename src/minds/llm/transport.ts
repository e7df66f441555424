import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { backoffDelay, sleep } from './backoff';
import type { CircuitBreaker } from './breaker';
import type { ResolvedLlmConfig } from './config';
import type { LogMessage } from './mindLog';
import { classifyError, HARD_FAILURES, LlmProblem, type ProblemContext } from './problems';
import type { Semaphore } from './semaphore';

/** The body of a chat completion request; hashed as-is for the cache key. */
export interface ChatBody {
  model: string;
  messages: LogMessage[];
  temperature: number;
  response_format:
    | { type: 'json_object' }
    | {
        type: 'json_schema';
        json_schema: { name: string; schema: Record<string, unknown>; strict: true };
      };
  max_tokens?: number;
  max_completion_tokens?: number;
}

export interface ChatReply {
  text: string;
  finishReason: string | null;
  refusal: string | null;
  promptTokens: number;
  completionTokens: number;
}

/** Counters one question accumulates across its requests. */
export interface RequestStats {
  requests: number;
  retries: number;
  errors: number;
  lastProblem?: LlmProblem;
}

export function newStats(): RequestStats {
  return { requests: 0, retries: 0, errors: 0 };
}

export interface TransportDeps {
  semaphore: Semaphore;
  breaker: CircuitBreaker;
  /** Called for every failed request (the mind turns these into de-duplicated notices). */
  onProblem: (p: LlmProblem) => void;
  fetch?: typeof fetch;
}

/**
 * HTTP side of the LLM mind: the official SDK with its own retries off, wrapped in our bounded
 * concurrency, per-request timeout, retry with backoff and jitter, and error classification.
 */
export class Transport {
  private readonly client: OpenAI;
  private readonly ctx: ProblemContext;

  constructor(
    private readonly cfg: ResolvedLlmConfig,
    private readonly deps: TransportDeps,
  ) {
    this.client = new OpenAI({
      baseURL: cfg.baseURL,
      // Local servers need no key, but the SDK insists on one; this placeholder is not a secret.
      apiKey: cfg.apiKey || 'no-key',
      dangerouslyAllowBrowser: true,
      maxRetries: 0,
      timeout: cfg.timeoutMs,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    this.ctx = {
      baseURL: cfg.baseURL,
      model: cfg.chatModel,
      timeoutMs: cfg.timeoutMs,
      secrets: cfg.apiKey ? [cfg.apiKey] : [],
    };
  }

  /** One chat completion (with retries). Throws `LlmProblem`. */
  async chat(body: ChatBody, signal: AbortSignal, stats: RequestStats): Promise<ChatReply> {
    const res = await this.withRetries(
      (s) =>
        this.client.chat.completions.create(body as ChatCompletionCreateParamsNonStreaming, {
          signal: s,
          timeout: this.cfg.timeoutMs,
          maxRetries: 0,
        }),
      signal,
      stats,
      this.ctx,
    );
    const choice = res.choices?.[0];
    return {
      text: choice?.message?.content ?? '',
      finishReason: choice?.finish_reason ?? null,
      refusal: choice?.message?.refusal ?? null,
      promptTokens: res.usage?.prompt_tokens ?? 0,
      completionTokens: res.usage?.completion_tokens ?? 0,
    };
  }

  /** Embeds texts in one request (with retries). Throws `LlmProblem`. */
  async embed(
    texts: string[],
    signal: AbortSignal,
    stats: RequestStats,
  ): Promise<{ vectors: number[][]; tokens: number }> {
    const model = this.cfg.embeddingModel ?? '';
    const ctx = { ...this.ctx, model };
    const res = await this.withRetries(
      (s) =>
        this.client.embeddings.create(
          // Floats, not the SDK's default base64: every compatible server supports them.
          { model, input: texts, encoding_format: 'float' },
          { signal: s, timeout: this.cfg.timeoutMs, maxRetries: 0 },
        ),
      signal,
      stats,
      ctx,
    );
    const data = [...(res.data ?? [])].sort((a, b) => a.index - b.index);
    const vectors = data.map((d) => d.embedding);
    if (
      vectors.length !== texts.length ||
      !vectors.every((v) => Array.isArray(v) && v.length > 0 && v.every(Number.isFinite))
    ) {
      const p = new LlmProblem(
        'invalid-output',
        `The embedding model "${model}" returned ${vectors.length} vectors for ${texts.length} texts.`,
      );
      stats.errors++;
      stats.lastProblem = p;
      this.deps.onProblem(p);
      throw p;
    }
    return { vectors, tokens: res.usage?.prompt_tokens ?? 0 };
  }

  private async withRetries<T>(
    send: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
    stats: RequestStats,
    ctx: ProblemContext,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let problem: LlmProblem;
      let release: (() => void) | null = null;
      try {
        release = await this.deps.semaphore.acquire(signal);
        stats.requests++;
        const out = await send(signal);
        this.deps.breaker.success();
        return out;
      } catch (err) {
        problem = signal.aborted
          ? new LlmProblem('aborted', 'The request was cancelled.')
          : classifyError(err, ctx);
      } finally {
        release?.();
      }
      if (problem.kind === 'aborted') throw problem;
      stats.errors++;
      stats.lastProblem = problem;
      this.deps.onProblem(problem);
      if (HARD_FAILURES.has(problem.kind)) this.deps.breaker.failure(problem.kind);
      if (!problem.retryable || attempt >= this.cfg.maxRetries) throw problem;
      stats.retries++;
      const delay = backoffDelay(
        attempt,
        this.cfg.retryBaseMs,
        this.cfg.retryMaxMs,
        problem.retryAfterMs,
      );
      try {
        await sleep(delay, signal);
      } catch {
        throw new LlmProblem('aborted', 'The request was cancelled.');
      }
    }
  }
}
