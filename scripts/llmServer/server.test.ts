import { spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../llm-test-server';

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer({ port: 0 });
  origin = server.url.replace(/\/v1$/, '');
});
afterAll(() => server.close());
beforeEach(() => server.control({ fault: null, latencyMs: 0, resetStats: true }));

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const chat = (extra: Record<string, unknown> = {}) =>
  post('/v1/chat/completions', {
    model: 'any',
    messages: [
      { role: 'system', content: 'question: decideToTalk\n\nReply in JSON.' },
      { role: 'user', content: '## The other person\nBen Marsh, park keeper, who is reading.' },
    ],
    response_format: { type: 'json_object' },
    ...extra,
  });

describe('LLM test server', () => {
  it('answers CORS preflight, allowing the SDK headers', async () => {
    const res = await fetch(`${server.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-stainless-os',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-stainless-os');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('lists models and answers a marked question with usage counts', async () => {
    const models = (await (await fetch(`${server.url}/models`)).json()) as {
      data: { id: string }[];
    };
    expect(models.data.map((m) => m.id)).toContain('test-chat-model');
    const body = (await (await chat()).json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    expect(JSON.parse(body.choices[0].message.content)).toMatchObject({
      talk: expect.any(Boolean),
    });
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(server.stats()).toMatchObject({
      byKind: { decideToTalk: 1 },
      byEndpoint: { models: 1, chat: 1 },
    });
  });

  it('requires the word JSON for json_object, and a schema for json_schema (like OpenAI)', async () => {
    const noJson = await chat({ messages: [{ role: 'user', content: 'hello' }] });
    expect(noJson.status).toBe(400);
    const noSchema = await chat({
      response_format: { type: 'json_schema', json_schema: { name: 'x' } },
    });
    expect(noSchema.status).toBe(400);
  });

  it('is controlled at runtime over HTTP: faults with a count, by kind', async () => {
    const set = await post('/__control', { fault: '500', count: 1, kind: 'decideToTalk' });
    expect(await set.json()).toMatchObject({ fault: '500', remaining: 1, kind: 'decideToTalk' });
    expect((await chat()).status).toBe(500);
    expect((await chat()).status).toBe(200);
    expect((await post('/__control', { fault: 'nope' })).status).toBe(400);
    const stats = await (await fetch(`${origin}/__stats`)).json();
    expect(stats).toMatchObject({ faultsInjected: { '500': 1 }, byKind: { decideToTalk: 2 } });
  });

  it('returns deterministic embeddings, as floats or base64', async () => {
    const a = (await (
      await post('/v1/embeddings', { model: 'e', input: ['hello world'] })
    ).json()) as {
      data: { embedding: number[] }[];
    };
    const b = (await (
      await post('/v1/embeddings', { model: 'e', input: 'hello world', encoding_format: 'base64' })
    ).json()) as {
      data: { embedding: string }[];
    };
    const bytes = Uint8Array.from(Buffer.from(b.data[0].embedding, 'base64'));
    const decoded = Array.from(new Float32Array(bytes.buffer));
    expect(decoded).toEqual(Array.from(Float32Array.from(a.data[0].embedding)));
  });

  it('runs from the command line with --port', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/llm-test-server.ts', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening at (\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const res = await fetch(`${url}/models`);
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
