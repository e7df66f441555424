import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerFor } from './answers';
import { testEmbedding, toBase64 } from './embed';
import { brokenReply, errorResponse, isFault, TRANSPORT_FAULTS, type Fault } from './faults';
import { approxTokens, parsePrompt, textOf, type WireMessage } from './parse';

/** Models the test server lists (it answers for any model name). */
export const TEST_CHAT_MODEL = 'test-chat-model';
export const TEST_EMBEDDING_MODEL = 'test-embedding-model';

export type FaultEndpoint = 'all' | 'chat' | 'embeddings';

/** Runtime behaviour, changed with `control()` or `POST /__control`. */
export interface ControlState {
  fault: Fault | null;
  /** Requests the fault still applies to; null = until cleared. */
  remaining: number | null;
  latencyMs: number;
  /** Only inject into chat questions of this kind (e.g. "reflect"). */
  kind: string | null;
  endpoint: FaultEndpoint;
}

/** Body of `POST /__control` (all optional). */
export interface ControlPatch {
  fault?: Fault | null;
  count?: number | null;
  latencyMs?: number;
  kind?: string | null;
  endpoint?: FaultEndpoint;
  resetStats?: boolean;
}

export interface ServerStats {
  requests: number;
  byEndpoint: Record<string, number>;
  /** Chat requests by question kind (from the prompt marker). */
  byKind: Record<string, number>;
  responseFormats: Record<string, number>;
  faultsInjected: Record<string, number>;
  inFlight: number;
  maxInFlight: number;
  promptTokens: number;
  completionTokens: number;
  embeddingInputs: number;
}

export interface TestServerOptions {
  /** 0 picks a free port. Default 8788. */
  port?: number;
  host?: string;
  latencyMs?: number;
  fault?: Fault | null;
  faultCount?: number | null;
  /** When set, requests must carry `Authorization: Bearer <apiKey>` (else 401). */
  apiKey?: string;
}

export interface TestServer {
  /** Base URL for the SDK, e.g. `http://127.0.0.1:8788/v1`. */
  url: string;
  port: number;
  close(): Promise<void>;
  control(patch: ControlPatch): ControlState;
  stats(): ServerStats;
}

function emptyStats(): ServerStats {
  return {
    requests: 0,
    byEndpoint: {},
    byKind: {},
    responseFormats: {},
    faultsInjected: {},
    inFlight: 0,
    maxInFlight: 0,
    promptTokens: 0,
    completionTokens: 0,
    embeddingInputs: 0,
  };
}

const bump = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);

/**
 * Starts the OpenAI-compatible test server: `/v1/models`, `/v1/chat/completions` (json_schema
 * and json_object), `/v1/embeddings`, CORS, latency and injectable faults. Binds 127.0.0.1.
 */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const state: ControlState = {
    fault: opts.fault ?? null,
    remaining: opts.faultCount ?? null,
    latencyMs: opts.latencyMs ?? 0,
    kind: null,
    endpoint: 'all',
  };
  let stats = emptyStats();
  let seq = 0;
  const holds = new Set<() => void>();

  const control = (patch: ControlPatch): ControlState => {
    if (patch.resetStats) stats = { ...emptyStats(), inFlight: stats.inFlight };
    if (patch.latencyMs !== undefined) state.latencyMs = Math.max(0, Number(patch.latencyMs) || 0);
    if (patch.fault !== undefined) {
      if (patch.fault !== null && !isFault(patch.fault))
        throw new Error(`Unknown fault "${patch.fault}"`);
      state.fault = patch.fault;
      state.remaining = patch.fault === null ? null : (patch.count ?? null);
      state.kind = patch.kind ?? null;
      state.endpoint = patch.endpoint ?? 'all';
    }
    return { ...state };
  };

  /** The fault for this request, if one applies; counts it down. */
  const takeFault = (
    endpoint: string,
    kind: string | null,
    layer: 'transport' | 'reply',
  ): Fault | null => {
    const f = state.fault;
    if (!f || state.remaining === 0) return null;
    if (TRANSPORT_FAULTS.has(f) !== (layer === 'transport')) return null;
    if (state.endpoint !== 'all' && state.endpoint !== endpoint) return null;
    if (state.kind && state.kind !== kind) return null;
    if (state.remaining !== null && --state.remaining === 0) state.fault = null;
    bump(stats.faultsInjected, f);
    return f;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent)
        send(res, 500, { error: { message: String(err), type: 'server_error' } });
    });
  });

  function cors(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ?? 'authorization, content-type, x-stainless-*',
    );
    res.setHeader('access-control-expose-headers', 'retry-after, retry-after-ms, x-request-id');
    res.setHeader('access-control-max-age', '600');
  }

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** Holds a request open until the client gives up or the server closes (the "timeout" fault). */
  const hold = (res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const done = () => {
        holds.delete(done);
        resolve();
      };
      holds.add(done);
      res.on('close', done);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    cors(req, res);
    const path = (req.url ?? '/').split('?')[0].replace(/\/+$/, '');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/__stats') return send(res, 200, stats);
    if (path === '/__control') {
      if (req.method === 'GET') return send(res, 200, { ...state });
      try {
        return send(res, 200, control((await readJson(req)) as ControlPatch));
      } catch (err) {
        return send(res, 400, { error: { message: (err as Error).message } });
      }
    }
    const endpoint =
      path === '/v1/models'
        ? 'models'
        : path === '/v1/chat/completions'
          ? 'chat'
          : path === '/v1/embeddings'
            ? 'embeddings'
            : null;
    if (!endpoint) return send(res, 404, { error: { message: `No route ${req.method} ${path}` } });
    stats.requests++;
    bump(stats.byEndpoint, endpoint);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const body = req.method === 'POST' ? await readJson(req).catch(() => null) : {};
      if (body === null)
        return send(res, 400, {
          error: { message: 'Invalid JSON body', type: 'invalid_request_error' },
        });
      if (opts.apiKey && req.headers.authorization !== `Bearer ${opts.apiKey}`) {
        // Echo the key it got, unmasked: a harsher server than most, so tests can prove the
        // mind redacts what servers say.
        const got = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
        return send(res, 401, {
          error: {
            message: `Incorrect API key provided: ${got}.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        });
      }
      const messages = (body.messages as WireMessage[] | undefined) ?? [];
      const prompt = endpoint === 'chat' ? parsePrompt(messages) : null;
      if (prompt) bump(stats.byKind, prompt.kind ?? 'other');
      if (state.latencyMs) await wait(state.latencyMs);
      const model = String(body.model ?? '');
      const fault = takeFault(endpoint, prompt?.kind ?? null, 'transport');
      if (fault === 'timeout') return hold(res);
      if (fault === 'disconnect') {
        req.socket.destroy();
        return;
      }
      if (fault && TRANSPORT_FAULTS.has(fault)) {
        const { status, body: errBody } = errorResponse(fault, model);
        return send(res, status, errBody, fault === '429' ? { 'retry-after-ms': '20' } : {});
      }
      if (endpoint === 'models') {
        return send(res, 200, {
          object: 'list',
          data: [TEST_CHAT_MODEL, TEST_EMBEDDING_MODEL].map((id) => ({
            id,
            object: 'model',
            created: 0,
            owned_by: 'test',
          })),
        });
      }
      if (endpoint === 'embeddings') {
        const input = body.input;
        const texts = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
        const base64 = body.encoding_format === 'base64';
        const tokens = texts.reduce((a, t) => a + approxTokens(t), 0);
        stats.embeddingInputs += texts.length;
        stats.promptTokens += tokens;
        return send(res, 200, {
          object: 'list',
          model,
          data: texts.map((t, index) => {
            const v = testEmbedding(t);
            return { object: 'embedding', index, embedding: base64 ? toBase64(v) : v };
          }),
          usage: { prompt_tokens: tokens, total_tokens: tokens },
        });
      }
      // Chat completion.
      const format =
        (body.response_format as
          { type?: string; json_schema?: { schema?: unknown } } | undefined) ?? null;
      bump(stats.responseFormats, format?.type ?? 'none');
      const allText = messages.map((m) => textOf(m.content)).join('\n');
      if (format?.type === 'json_object' && !/json/i.test(allText))
        return send(res, 400, {
          error: {
            message:
              "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
            type: 'invalid_request_error',
          },
        });
      if (format?.type === 'json_schema' && typeof format.json_schema?.schema !== 'object')
        return send(res, 400, {
          error: {
            message: 'response_format.json_schema.schema is required',
            type: 'invalid_request_error',
          },
        });
      const json = JSON.stringify(answerFor(prompt!));
      // Without a response format, answer like a chatty model: prose around a fenced block.
      const good = format ? json : `Sure! Here it is:\n\`\`\`json\n${json}\n\`\`\``;
      const reply = brokenReply(takeFault('chat', prompt!.kind, 'reply'), good);
      const promptTokens = approxTokens(allText);
      const completionTokens = approxTokens(reply.content ?? reply.refusal ?? '');
      stats.promptTokens += promptTokens;
      stats.completionTokens += completionTokens;
      return send(res, 200, {
        id: `chatcmpl-test-${++seq}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: reply.content, refusal: reply.refusal },
            finish_reason: reply.finish,
            logprobs: null,
          },
        ],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
      });
    } finally {
      stats.inFlight--;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8788, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    control,
    stats: () => structuredClone(stats),
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of [...holds]) release();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
