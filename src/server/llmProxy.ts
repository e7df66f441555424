import type { IncomingMessage, ServerResponse } from 'node:http';

/** Path prefix the dev and preview servers answer on; the browser uses `${origin}/llm-proxy/v1`. */
export const LLM_PROXY_PREFIX = '/llm-proxy';

export interface ProxyEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
}

const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'host',
  'content-length',
]);

/**
 * A connect-style middleware that forwards `/llm-proxy/*` to the OpenAI-compatible server named by
 * `OPENAI_BASE_URL`, adding `OPENAI_API_KEY` on the way. The key stays on the server: it never
 * reaches the browser, a save, an export or a URL.
 */
export function llmProxyMiddleware(env: ProxyEnv) {
  const base = (env.OPENAI_BASE_URL || 'https://api.openai.com/v1').replace(/\/+$/, '');
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if (!req.url?.startsWith(`${LLM_PROXY_PREFIX}/`)) return next();
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    // `/llm-proxy/v1/chat/completions` → `${base}/chat/completions` (base already ends in /v1).
    const rest = req.url.slice(LLM_PROXY_PREFIX.length).replace(/^\/v1(?=\/)/, '');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !HOP_HEADERS.has(k) && k !== 'authorization') headers[k] = v;
    }
    if (env.OPENAI_API_KEY) headers.authorization = `Bearer ${env.OPENAI_API_KEY}`;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      const upstream = await fetch(`${base}${rest}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
      });
      const out: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (!HOP_HEADERS.has(k) && k !== 'content-encoding') out[k] = v;
      });
      res.writeHead(upstream.status, out);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (err) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: {
            message: `The LLM proxy could not reach ${base}: ${(err as Error).message}. Is the server running?`,
          },
        }),
      );
    }
  };
}
