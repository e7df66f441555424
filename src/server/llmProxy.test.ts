import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmProxyMiddleware } from './llmProxy';

describe('LLM proxy', () => {
  const seen: { url?: string; auth?: string }[] = [];
  const upstream = createServer((req, res) => {
    seen.push({ url: req.url, auth: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
  });
  let proxyUrl = '';
  const proxy = createServer((req, res) => {
    const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`;
    void llmProxyMiddleware({ OPENAI_API_KEY: 'sk-server-side', OPENAI_BASE_URL: base })(
      req,
      res,
      () => {
        res.writeHead(404).end();
      },
    );
  });

  beforeAll(async () => {
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    upstream.close();
    proxy.close();
  });

  it('forwards to the configured server with the key from the environment, not the browser', async () => {
    const res = await fetch(`${proxyUrl}/llm-proxy/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer browser-junk', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toEqual({ ok: true });
    expect(seen.at(-1)).toEqual({ url: '/v1/chat/completions', auth: 'Bearer sk-server-side' });
  });

  it('leaves other routes alone', async () => {
    const res = await fetch(`${proxyUrl}/index.html`);
    expect(res.status).toBe(404);
  });
});
