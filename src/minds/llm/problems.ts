import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/** What went wrong with a request or a reply, in the terms the user can act on. */
export type ProblemKind =
  | 'auth'
  | 'not-found'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'bad-request'
  | 'aborted'
  | 'refusal'
  | 'empty'
  | 'truncated'
  | 'invalid-output'
  | 'unknown';

export type NoticeLevel = 'error' | 'warning' | 'info';

/** Kinds worth retrying: the same request may well succeed a moment later. */
const RETRYABLE: ReadonlySet<ProblemKind> = new Set(['rate-limit', 'server', 'connection']);

/** Kinds that suggest the server is unusable right now (they feed the circuit breaker). */
export const HARD_FAILURES: ReadonlySet<ProblemKind> = new Set([
  'auth',
  'not-found',
  'connection',
  'timeout',
]);

export interface ProblemContext {
  baseURL: string;
  model: string;
  timeoutMs: number;
  /** Strings that must never be shown (the API key). */
  secrets: string[];
}

/**
 * A classified failure. `message` is written for the user (it says what to check); `detail` is the
 * server's own words, redacted. Neither ever contains the API key.
 */
export class LlmProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly detail = '',
    readonly status?: number,
    readonly retryAfterMs?: number | null,
  ) {
    super(message);
    this.name = 'LlmProblem';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  get level(): NoticeLevel {
    return ['auth', 'not-found', 'connection', 'bad-request'].includes(this.kind)
      ? 'error'
      : 'warning';
  }
}

/** Removes secrets and anything shaped like an API key or bearer token from a text. */
export function redact(text: string, secrets: string[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out
    .replace(/\bBearer\s+[^\s"',]+/gi, 'Bearer [redacted]')
    .replace(/\b(sk|rk|pk)-[A-Za-z0-9_*.-]{6,}/g, '[redacted]');
}

function retryAfter(headers: Headers | undefined): number | null {
  if (!headers || typeof headers.get !== 'function') return null;
  const ms = Number(headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return null;
  const s = Number(raw);
  if (Number.isFinite(s)) return s * 1000;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/** The error's own message and its causes, for the log. */
function describe(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const x = e as { message?: unknown; code?: unknown; cause?: unknown };
    const msg = typeof x.message === 'string' ? x.message : String(e);
    parts.push(typeof x.code === 'string' ? `${msg} (${x.code})` : msg);
    e = x.cause;
  }
  return [...new Set(parts)].join(' ← ');
}

/** Turns an SDK or network error into an `LlmProblem` with a message that says what to check. */
export function classifyError(err: unknown, ctx: ProblemContext): LlmProblem {
  if (err instanceof LlmProblem) return err;
  const detail = redact(describe(err), ctx.secrets);
  if (err instanceof APIUserAbortError || (err as Error)?.name === 'AbortError')
    return new LlmProblem('aborted', 'The request was cancelled.', detail);
  if (err instanceof APIConnectionTimeoutError)
    return new LlmProblem(
      'timeout',
      `The LLM server did not answer within ${Math.round(ctx.timeoutMs / 1000)} s; those questions were answered by the offline mind.`,
      detail,
    );
  if (err instanceof APIConnectionError)
    return new LlmProblem(
      'connection',
      `Could not reach the LLM server. Is it running at ${ctx.baseURL}? (In the browser it must also allow this page's origin — CORS.)`,
      detail,
    );
  if (err instanceof APIError) {
    const status = err.status ?? 0;
    if (status === 401)
      return new LlmProblem(
        'auth',
        'The server rejected the API key (401). Check the key in Settings.',
        detail,
        status,
      );
    if (status === 403)
      return new LlmProblem(
        'auth',
        'The server refused access (403). Check the API key and its permissions in Settings.',
        detail,
        status,
      );
    if (status === 404)
      return new LlmProblem(
        'not-found',
        `The server answered 404 for model "${ctx.model}". Check the model name and the base URL (${ctx.baseURL}).`,
        detail,
        status,
      );
    if (status === 429)
      return new LlmProblem(
        'rate-limit',
        'The server is rate-limiting requests (429); backing off and retrying.',
        detail,
        status,
        retryAfter(err.headers as Headers | undefined),
      );
    if (status === 408 || status === 409 || status >= 500)
      return new LlmProblem(
        'server',
        `The LLM server had a problem (${status}); retrying, and using the offline mind if it persists.`,
        detail,
        status,
        retryAfter(err.headers as Headers | undefined),
      );
    if (status === 400 || status === 422) {
      const aboutFormat = /response_format|json_schema|schema/i.test(detail);
      return new LlmProblem(
        'bad-request',
        aboutFormat
          ? `The server rejected the request (${status}), apparently the JSON-schema output format. Set "Structured output" to JSON mode (json_object) in Settings.`
          : `The server rejected the request (${status}). Check the model name and its settings.`,
        detail,
        status,
      );
    }
    return new LlmProblem('unknown', `The LLM server answered ${status}.`, detail, status);
  }
  return new LlmProblem('unknown', 'Unexpected error talking to the LLM server.', detail);
}

/** User-facing notice text for reply problems (the request worked, the answer did not). */
export const REPLY_PROBLEM_MESSAGES: Record<
  'refusal' | 'empty' | 'truncated' | 'invalid-output',
  string
> = {
  refusal: 'The model refused to answer some questions; the offline mind answered them instead.',
  empty: 'The model sent empty replies; the offline mind answered those questions.',
  truncated:
    'Replies were cut off at the token limit; those questions fell back to the offline mind. Try a model that answers more briefly, or raise the token limit.',
  'invalid-output':
    'Some replies did not match the expected JSON even after a repair attempt; the offline mind answered those questions. A larger model or JSON-schema output usually helps.',
};
