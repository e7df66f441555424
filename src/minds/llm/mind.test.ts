import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../scripts/llm-test-server';
import { QUESTION_KINDS, type QuestionKind, type QuestionRes } from '../../sim/mind';
import { FileLlmCache } from './nodeFileCache';
import { SAMPLE_PLACES, sampleCall } from './testing/requests';
import { FAKE_KEY, mindFor, resetServer, startServer } from './testing/harness';
import type { UsageBucket } from './usage';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => resetServer(server));

const isPlace = (sector: string, arena?: string) =>
  SAMPLE_PLACES.some((s) => s.sector === sector && s.arenas.some((a) => a.arena === arena));
const MEMORY_IDS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];

/** Semantic checks of each kind's result against the sample request. */
const CHECKS: { [K in QuestionKind]: (res: QuestionRes<K>) => void } = {
  rateImportance: (r) => {
    expect(r.scores).toHaveLength(3);
    for (const s of r.scores) expect(Number.isInteger(s) && s >= 1 && s <= 10).toBe(true);
  },
  embed: (r) => {
    expect(r.vectors).toHaveLength(2);
    expect(r.vectors[0].length).toBeGreaterThan(0);
  },
  planDay: (r) => {
    expect(r.wakeHour).toBeGreaterThanOrEqual(0);
    expect(r.items.length).toBeGreaterThanOrEqual(2);
  },
  scheduleHours: (r) => {
    expect(r.blocks.length).toBeGreaterThan(0);
    for (const b of r.blocks) {
      expect(b.durationMin).toBeGreaterThan(0);
      if (b.place) expect(isPlace(b.place.sector, b.place.arena)).toBe(true);
    }
  },
  decompose: (r) => {
    expect(r.steps.reduce((a, s) => a + s.durationMin, 0)).toBe(60);
    for (const s of r.steps)
      if (s.object) expect(['counter', 'coffee machine', 'table 1']).toContain(s.object);
  },
  groundAction: (r) => expect(isPlace(r.sector, r.arena)).toBe(true),
  decideToTalk: (r) => {
    expect(typeof r.talk).toBe('boolean');
    expect(r.reason).not.toBe('');
  },
  nextUtterance: (r) => {
    expect(r.text).not.toBe('');
    // The share names the memory it comes from and carries that memory's event along.
    expect(r.shares[0]).toMatchObject({ memoryId: 'm1', event: { id: 'tasting' } });
  },
  summarizeChat: (r) => expect(Math.abs(r.closenessDelta)).toBeLessThanOrEqual(0.2),
  focalQuestions: (r) => {
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.questions.length).toBeLessThanOrEqual(3);
  },
  reflect: (r) => {
    expect(r.insights.length).toBeGreaterThan(0);
    for (const i of r.insights) for (const id of i.evidence) expect(MEMORY_IDS).toContain(id);
  },
  answerInterview: (r) => {
    expect(r.answer).toMatch(/tasting/);
    for (const id of r.usedMemoryIds) expect(MEMORY_IDS).toContain(id);
  },
};

async function roundTrip(structuredOutput: 'json_schema' | 'json_object') {
  const mind = mindFor(server, { structuredOutput });
  for (const kind of QUESTION_KINDS) {
    const call = sampleCall(kind);
    const res = await mind.answer(call);
    (CHECKS[kind] as (r: unknown) => void)(res);
    const [entry] = mind.getLog({ opId: call.id });
    expect(entry, kind).toMatchObject({ kind, agentId: 'ada', cacheHit: false });
    expect(entry.fallback, `${kind}: ${entry.error}`).toBeUndefined();
    expect(entry.messages.length).toBeGreaterThan(0);
  }
  return mind;
}

describe('LlmMind against the test server', () => {
  it('answers every question kind with json_schema output', async () => {
    const mind = await roundTrip('json_schema');
    const stats = server.stats();
    expect(stats.responseFormats).toEqual({ json_schema: QUESTION_KINDS.length - 1 });
    for (const kind of QUESTION_KINDS.filter((k) => k !== 'embed'))
      expect(stats.byKind[kind], kind).toBe(1);
    expect(stats.byEndpoint.embeddings).toBe(1);
    expect(mind.getNotices()).toEqual([]);
  });

  it('answers every question kind in JSON mode (json_object)', async () => {
    await roundTrip('json_object');
    expect(server.stats().responseFormats).toEqual({ json_object: QUESTION_KINDS.length - 1 });
  });

  it('uses the offline embedder when configured, with no request', async () => {
    const mind = mindFor(server, { embeddings: 'offline' });
    const res = mind.answer(sampleCall('embed'));
    expect(res).not.toBeInstanceOf(Promise); // offline embeddings answer synchronously
    expect((res as QuestionRes<'embed'>).vectors[0]).toHaveLength(128);
    expect(server.stats().requests).toBe(0);
  });

  it('answers a repeated question from the cache without a request', async () => {
    const mind = mindFor(server);
    const first = await mind.answer(sampleCall('planDay'));
    const again = sampleCall('planDay');
    expect(await mind.answer(again)).toEqual(first);
    expect(server.stats().byEndpoint.chat).toBe(1);
    expect(mind.getLog({ opId: again.id })[0]).toMatchObject({ cacheHit: true, requests: 0 });
    await mind.answer(sampleCall('embed'));
    await mind.answer(sampleCall('embed'));
    expect(server.stats().byEndpoint.embeddings).toBe(1);
    expect(mind.getUsage().totals).toMatchObject({ calls: 4, cacheHits: 2, requests: 2 });
  });

  it('keeps the cache in a file across minds (CLI re-runs cost nothing)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-cache-'));
    try {
      const a = mindFor(server, {}, { cache: new FileLlmCache(dir) });
      const first = await a.answer(sampleCall('reflect'));
      await a.answer(sampleCall('embed'));
      const b = mindFor(server, {}, { cache: new FileLlmCache(dir) });
      expect(await b.answer(sampleCall('reflect'))).toEqual(first);
      await b.answer(sampleCall('embed'));
      expect(server.stats().requests).toBe(2);
      expect(b.getUsage().totals.cacheHits).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps requests in flight within the concurrency bound', async () => {
    server.control({ latencyMs: 30 });
    const mind = mindFor(server, { concurrency: 3 });
    const calls = Array.from({ length: 12 }, (_, i) => {
      const call = sampleCall('rateImportance', `agent${i}`);
      call.req.items = [{ description: `thing number ${i}`, type: 'event' }];
      return mind.answer(call);
    });
    await Promise.all(calls);
    expect(server.stats().maxInFlight).toBe(3);
    expect(mind.getLog().every((e) => !e.fallback)).toBe(true);
  });

  it('accounts usage per agent and per kind, adding up to the totals and the server', async () => {
    const mind = mindFor(server, {
      prices: { 'test-chat-model': { inputPerMTok: 1, outputPerMTok: 2 } },
    });
    const kinds: QuestionKind[] = ['planDay', 'reflect', 'embed', 'groundAction', 'planDay'];
    for (const [i, kind] of kinds.entries())
      await mind.answer(sampleCall(kind, i % 2 ? 'ben' : 'ada'));
    await mind.answer(sampleCall('rateImportance', null));
    const u = mind.getUsage();
    const fields = Object.keys(u.totals) as (keyof UsageBucket)[];
    const sum = (buckets: Record<string, UsageBucket>, f: keyof UsageBucket) =>
      Object.values(buckets).reduce((a, b) => a + b[f], 0);
    for (const f of fields) {
      expect(sum(u.byAgent, f), `byAgent.${f}`).toBeCloseTo(u.totals[f], 9);
      expect(sum(u.byKind, f), `byKind.${f}`).toBeCloseTo(u.totals[f], 9);
    }
    const s = server.stats();
    expect(u.totals.calls).toBe(6);
    expect(u.totals.cacheHits).toBe(1); // the second planDay
    expect(u.totals.requests).toBe(s.requests);
    expect(u.totals.promptTokens + u.totals.embeddingTokens).toBe(s.promptTokens);
    expect(u.totals.completionTokens).toBe(s.completionTokens);
    expect(Object.keys(u.byAgent).sort()).toEqual(['(town)', 'ada', 'ben']);
    expect(u.totals.costUsd).toBeCloseTo(
      (u.totals.promptTokens * 1 + u.totals.completionTokens * 2) / 1e6,
      12,
    );
    mind.setPrices({ 'test-chat-model': { inputPerMTok: 0, outputPerMTok: 0 } });
    expect(mind.getUsage().totals.costUsd).toBe(0);
  });

  it('sends the key to the server but never shows it in log, notices, usage or settings', async () => {
    const { startTestServer } = await import('../../../scripts/llm-test-server');
    const guarded = await startTestServer({ port: 0, apiKey: FAKE_KEY });
    try {
      const mind = mindFor(guarded);
      for (const kind of QUESTION_KINDS) await mind.answer(sampleCall(kind));
      expect(mind.getLog().filter((e) => e.fallback)).toEqual([]);
      guarded.control({ fault: '401' });
      const fresh = sampleCall('decideToTalk');
      fresh.req.minuteOfDay += 1; // not in the cache
      await mind.answer(fresh);
      const wrongKey = mindFor(guarded, { apiKey: `${FAKE_KEY}-wrong` });
      await wrongKey.answer(sampleCall('planDay'));
      for (const m of [mind, wrongKey]) {
        const dump = JSON.stringify([m.getLog(), m.getNotices(), m.getUsage(), m.settings]);
        expect(dump).not.toContain(FAKE_KEY);
        expect(dump).toContain('auth');
      }
    } finally {
      await guarded.close();
    }
  });
});
