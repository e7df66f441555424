import { APIConnectionError, AuthenticationError, RateLimitError } from 'openai';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { CircuitBreaker } from './breaker';
import { configFromEnv, presetConfig, resolveConfig } from './config';
import { MindLog } from './mindLog';
import { NoticeBoard } from './notices';
import { priceFor } from './prices';
import { classifyError, redact } from './problems';
import { Semaphore } from './semaphore';

const ctx = { baseURL: 'http://h/v1', model: 'm', timeoutMs: 1000, secrets: ['sk-secret-123456'] };

describe('problems', () => {
  it('classifies SDK errors with actionable, key-free messages', () => {
    const auth = classifyError(
      new AuthenticationError(
        401,
        { message: 'Incorrect API key provided: sk-secret-123456' },
        undefined,
        new Headers(),
      ),
      ctx,
    );
    expect(auth.kind).toBe('auth');
    expect(auth.message).toMatch(/Check the key in Settings/);
    expect(auth.detail).not.toContain('sk-secret-123456');
    const rl = classifyError(
      new RateLimitError(429, {}, 'slow down', new Headers({ 'retry-after': '2' })),
      ctx,
    );
    expect(rl).toMatchObject({ kind: 'rate-limit', retryable: true, retryAfterMs: 2000 });
    const conn = classifyError(new APIConnectionError({ cause: new Error('ECONNREFUSED') }), ctx);
    expect(conn.message).toContain('Is it running at http://h/v1?');
  });

  it('redacts keys and bearer tokens', () => {
    expect(redact('key sk-secret-123456 and Bearer abc.def', ['sk-secret-123456'])).toBe(
      'key [redacted] and Bearer [redacted]',
    );
    expect(redact('Incorrect API key provided: sk-proj-****abcd')).toBe(
      'Incorrect API key provided: [redacted]',
    );
  });
});

describe('config', () => {
  it('fills defaults and checks fields', () => {
    const c = resolveConfig({ baseURL: 'http://localhost:11434/v1/', chatModel: 'llama3' });
    expect(c).toMatchObject({
      baseURL: 'http://localhost:11434/v1',
      concurrency: 8,
      embeddings: 'offline',
    });
    expect(() => resolveConfig({ baseURL: 'localhost', chatModel: 'x' })).toThrow(/http/);
    expect(() => resolveConfig({ baseURL: 'http://x', chatModel: 'x', embeddings: 'api' })).toThrow(
      /embedding model/,
    );
  });

  it('has provider presets and reads the usual env vars', () => {
    expect(presetConfig('openai')).toMatchObject({
      chatModel: 'gpt-4o-mini',
      embeddingModel: 'text-embedding-3-small',
    });
    expect(presetConfig('ollama').baseURL).toBe('http://localhost:11434/v1');
    expect(presetConfig('lmstudio').baseURL).toBe('http://localhost:1234/v1');
    expect(presetConfig('vllm').baseURL).toBe('http://localhost:8000/v1');
    const env = configFromEnv({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'http://localhost:1234/v1',
      LLM_CHAT_MODEL: 'qwen',
    });
    expect(env).toMatchObject({ apiKey: 'k', chatModel: 'qwen', embeddings: 'offline' });
    expect(configFromEnv({}).embeddings).toBe('api');
  });
});

describe('small parts', () => {
  it('semaphore never exceeds its limit and honours abort', async () => {
    const s = new Semaphore(2);
    const r1 = await s.acquire();
    await s.acquire();
    const c = new AbortController();
    const waiting = s.acquire(c.signal);
    const later = s.acquire();
    c.abort();
    await expect(waiting).rejects.toBeDefined();
    r1();
    await later;
    expect(s.inFlight).toBe(2);
    expect(s.queued).toBe(0);
  });

  it('backoff grows, is jittered, capped, and follows Retry-After', () => {
    expect(backoffDelay(0, 100, 1000, null, () => 0)).toBe(50);
    expect(backoffDelay(2, 100, 1000, null, () => 1)).toBe(400);
    expect(backoffDelay(10, 100, 1000, null, () => 1)).toBe(1000);
    expect(backoffDelay(0, 100, 1000, 300)).toBe(300);
  });

  it('breaker opens after N hard failures and closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker(2, 100, () => now);
    b.failure('auth');
    expect(b.openReason()).toBeNull();
    b.failure('auth');
    expect(b.openReason()).toBe('auth');
    now = 101;
    expect(b.openReason()).toBeNull();
    b.success();
  });

  it('notices de-duplicate by kind', () => {
    const board = new NoticeBoard();
    const seen: string[] = [];
    board.subscribe((n) => seen.push(n.kind));
    board.raise('error', 'auth', 'a');
    board.raise('error', 'auth', 'a');
    board.raise('warning', 'timeout', 't');
    expect(seen).toEqual(['auth', 'timeout']);
    expect(board.list().map((n) => n.count)).toEqual([2, 1]);
  });

  it('mind log is a bounded ring, queryable by agent and op id', () => {
    const log = new MindLog(3);
    const base = {
      kind: 'planDay' as const,
      model: 'm',
      messages: [],
      replyText: '',
      result: null,
      promptTokens: 0,
      completionTokens: 0,
      latencyMs: 0,
      cacheHit: false,
      requests: 1,
      repaired: false,
      at: 0,
    };
    for (let i = 1; i <= 5; i++) log.add({ ...base, opId: `op${i}`, agentId: i % 2 ? 'a' : 'b' });
    expect(log.query().map((e) => e.opId)).toEqual(['op3', 'op4', 'op5']);
    expect(log.query({ agentId: 'a' }).map((e) => e.opId)).toEqual(['op3', 'op5']);
    expect(log.query({ opId: 'op4' })).toHaveLength(1);
    expect(log.query({ limit: 1 })[0].opId).toBe('op5');
  });

  it('prices match by longest prefix; unknown models are free', () => {
    const table = {
      'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
      'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
    };
    expect(priceFor('gpt-4o-mini-2024-07-18', table).inputPerMTok).toBe(0.15);
    expect(priceFor('llama3.1:8b', table)).toMatchObject({ inputPerMTok: 0, known: false });
  });
});
