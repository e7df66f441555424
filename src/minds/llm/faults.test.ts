import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../scripts/llm-test-server';
import { OfflineMind } from '../offline';
import type { Notice } from './notices';
import { mindFor, resetServer, startServer } from './testing/harness';
import { sampleCall } from './testing/requests';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => resetServer(server));

const offline = new OfflineMind();

/** A mind plus every notice it raised. */
function watched(config: Parameters<typeof mindFor>[1] = {}) {
  const mind = mindFor(server, config);
  const notices: Notice[] = [];
  mind.onNotice((n) => notices.push(n));
  return { mind, notices };
}

describe('LlmMind failure handling', () => {
  it('429: backs off, retries and then succeeds', async () => {
    server.control({ fault: '429', count: 2 });
    const { mind, notices } = watched();
    const call = sampleCall('planDay');
    const res = await mind.answer(call);
    const [entry] = mind.getLog({ opId: call.id });
    expect(entry.fallback).toBeUndefined();
    expect(entry.requests).toBe(3);
    expect(res).not.toEqual(offline.answer(call));
    expect(mind.getUsage().totals).toMatchObject({ retries: 2, errors: 2, fallbacks: 0 });
    expect(notices.map((n) => [n.kind, n.level])).toEqual([['rate-limit', 'warning']]);
  });

  it('500: retries; falls back after the bounded attempts if it persists', async () => {
    server.control({ fault: '500', count: 1 });
    const { mind } = watched({ maxRetries: 2 });
    await mind.answer(sampleCall('decompose'));
    expect(mind.getLog()[0]).toMatchObject({ requests: 2 });
    expect(mind.getLog()[0].fallback).toBeUndefined();

    server.control({ fault: '500' });
    const call = sampleCall('groundAction');
    expect(await mind.answer(call)).toEqual(offline.answer(call));
    expect(mind.getLog({ opId: call.id })[0]).toMatchObject({ requests: 3, fallback: 'server' });
  });

  it('malformed JSON: one repair attempt that succeeds', async () => {
    server.control({ fault: 'malformed', count: 1 });
    const { mind, notices } = watched();
    const call = sampleCall('reflect');
    await mind.answer(call);
    const [entry] = mind.getLog({ opId: call.id });
    expect(entry).toMatchObject({ repaired: true, requests: 2 });
    expect(entry.fallback).toBeUndefined();
    expect(entry.error).toMatch(/not valid JSON/);
    // The repair request shows the model its reply and the problem.
    expect(entry.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(notices).toEqual([]);
  });

  it('malformed JSON twice: falls back, with one notice', async () => {
    server.control({ fault: 'malformed' });
    const { mind, notices } = watched();
    await mind.answer(sampleCall('planDay'));
    await mind.answer(sampleCall('reflect'));
    expect(mind.getLog().map((e) => e.fallback)).toEqual(['invalid-output', 'invalid-output']);
    expect(notices.map((n) => n.kind)).toEqual(['invalid-output']);
    expect(mind.getNotices()[0].count).toBe(2);
  });

  it('wrong schema: repair fails too, the question falls back and the log says so', async () => {
    server.control({ fault: 'wrong-schema', count: 2 });
    const { mind } = watched();
    const call = sampleCall('rateImportance');
    expect(await mind.answer(call)).toEqual(offline.answer(call));
    const [entry] = mind.getLog({ opId: call.id });
    expect(entry).toMatchObject({ fallback: 'invalid-output', repaired: true, requests: 2 });
    expect(entry.error).toMatch(/does not match the schema/);
    expect(entry.result).toEqual(offline.answer(call));
  });

  it('refusal: falls back without a repair attempt', async () => {
    server.control({ fault: 'refusal' });
    const { mind, notices } = watched();
    const call = sampleCall('answerInterview');
    await mind.answer(call);
    expect(mind.getLog()[0]).toMatchObject({ fallback: 'refusal', requests: 1 });
    expect(notices.map((n) => n.kind)).toEqual(['refusal']);
  });

  it('empty reply: repaired; truncated replies: fall back with a notice', async () => {
    server.control({ fault: 'empty', count: 1 });
    const { mind, notices } = watched();
    await mind.answer(sampleCall('summarizeChat'));
    expect(mind.getLog()[0]).toMatchObject({ repaired: true });
    expect(mind.getLog()[0].fallback).toBeUndefined();

    server.control({ fault: 'truncated' });
    await mind.answer(sampleCall('scheduleHours'));
    expect(mind.getLog()[1]).toMatchObject({ fallback: 'truncated', requests: 2 });
    expect(notices.map((n) => n.kind)).toEqual(['truncated']);
  });

  it('timeout: falls back within bounded time', async () => {
    server.control({ fault: 'timeout' });
    const { mind, notices } = watched({ timeoutMs: 200 });
    const call = sampleCall('planDay');
    const t0 = performance.now();
    expect(await mind.answer(call)).toEqual(offline.answer(call));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(mind.getLog()[0]).toMatchObject({ fallback: 'timeout', requests: 1 });
    expect(notices.map((n) => n.kind)).toEqual(['timeout']);
  });

  it('401: one auth notice for many questions, all answered offline, no crash', async () => {
    server.control({ fault: '401' });
    const { mind, notices } = watched({ breakerFailures: 100 });
    const calls = (['planDay', 'reflect', 'decompose', 'groundAction', 'embed'] as const).map((k) =>
      sampleCall(k),
    );
    const results = await Promise.all(calls.map((c) => mind.answer(c)));
    expect(results[0]).toEqual(offline.answer(calls[0]));
    expect(results[4]).toEqual({ vectors: [] }); // API embeddings never mix with offline ones
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', kind: 'auth' });
    expect(notices[0].message).toMatch(/API key/);
    expect(mind.getNotices()[0].count).toBe(5);
    expect(mind.getLog().every((e) => e.fallback === 'auth' && e.requests === 1)).toBe(true);
  });

  it('404: the notice names the model and the base URL', async () => {
    server.control({ fault: '404' });
    const { mind, notices } = watched();
    await mind.answer(sampleCall('planDay'));
    expect(notices[0].kind).toBe('not-found');
    expect(notices[0].message).toContain('"test-chat-model"');
    expect(notices[0].message).toContain(server.url);
  });

  it('connection refused: asks whether the server is running at the base URL', async () => {
    const gone = await startServer();
    const url = gone.url;
    await gone.close();
    const mind = mindFor(gone, { maxRetries: 1 });
    const notices: Notice[] = [];
    mind.onNotice((n) => notices.push(n));
    const call = sampleCall('decideToTalk');
    expect(await mind.answer(call)).toEqual(offline.answer(call));
    expect(notices[0].kind).toBe('connection');
    expect(notices[0].message).toContain(`Is it running at ${url}?`);
    expect(mind.getLog()[0]).toMatchObject({ fallback: 'connection', requests: 2 });
  });

  it('opens the circuit after repeated hard failures: later questions skip the network', async () => {
    server.control({ fault: '401' });
    const { mind, notices } = watched({ breakerFailures: 2 });
    await mind.answer(sampleCall('planDay'));
    await mind.answer(sampleCall('reflect'));
    const before = server.stats().requests;
    await mind.answer(sampleCall('decompose'));
    expect(server.stats().requests).toBe(before);
    expect(mind.getLog()[2].fallback).toBe('circuit-open (auth)');
    expect(notices.map((n) => n.kind)).toEqual(['auth', 'circuit-open']);
  });

  it('abort() cancels in-flight and queued questions; they resolve offline at once', async () => {
    server.control({ latencyMs: 5_000 });
    const { mind, notices } = watched({ concurrency: 1 });
    const calls = [sampleCall('planDay'), sampleCall('reflect')];
    const pending = calls.map((c) => mind.answer(c));
    await new Promise((r) => setTimeout(r, 50));
    expect(mind.pendingQuestions).toBe(2);
    const t0 = performance.now();
    mind.abort();
    const results = await Promise.all(pending);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(results[1]).toEqual(offline.answer(calls[1]));
    expect(mind.getLog().map((e) => e.fallback)).toEqual(['aborted', 'aborted']);
    expect(notices).toEqual([]);
    // Later questions work normally.
    server.control({ latencyMs: 0 });
    await mind.answer(sampleCall('decompose'));
    expect(mind.getLog()[2].fallback).toBeUndefined();
  });

  it('an external AbortSignal cancels everything for good', async () => {
    const controller = new AbortController();
    const mind = mindFor(server, {}, { signal: controller.signal });
    controller.abort();
    await mind.answer(sampleCall('planDay'));
    expect(mind.getLog()[0]).toMatchObject({ fallback: 'aborted', requests: 0 });
  });

  it('an internal error (here: a town with no places) falls back instead of crashing', async () => {
    const { mind } = watched();
    const call = sampleCall('groundAction');
    call.req.places = [];
    expect(await mind.answer(call)).toEqual(offline.answer(call));
    expect(mind.getLog()[0]).toMatchObject({ fallback: 'internal-error', requests: 0 });
    expect(mind.getLog()[0].error).toMatch(/enumOf needs at least one value/);
  });

  it('failed embedding requests answer with no vectors (memories get embedded later)', async () => {
    server.control({ fault: '500', endpoint: 'embeddings' });
    const { mind } = watched({ maxRetries: 0 });
    expect(await mind.answer(sampleCall('embed'))).toEqual({ vectors: [] });
    expect(mind.getLog()[0]).toMatchObject({ kind: 'embed', fallback: 'server' });
    server.control({ fault: null });
    expect((await mind.answer(sampleCall('embed'))).vectors).toHaveLength(2);
  });
});
