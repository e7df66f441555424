import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_CHAT_MODEL,
  TEST_EMBEDDING_MODEL,
  type TestServer,
} from '../../scripts/llm-test-server';
import { OfflineMind } from '../minds/offline';
import { Engine } from '../sim/engine';
import { ask as askMind } from '../sim/ops';
import type { Mind, MindCall } from '../sim/mind';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { fallbackMind } from '../minds/fallback';
import { CallRecorder, DECISIONS_PER_AGENT } from './callRecorder';
import { MindHost } from './mindHost';
import { answerer, headline } from './mindViews';
import type {
  MindCallDetail,
  MindCallList,
  MindRequests,
  MindStatus,
  MindUsage,
  Request,
  WorkerMessage,
} from '../protocol';
import { SwitchableMind } from './switchableMind';

/** One request through the mind host's handlers, as the worker's request table passes it. */
function ask(host: MindHost, r: Request): Promise<unknown> {
  const handler = host.handlers()[r.kind as keyof MindRequests] as (r: Request) => unknown;
  return Promise.resolve().then(() => handler(r));
}

const FAKE_KEY = 'sk-worker-DO-NOT-LEAK-91b2c3';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ port: 0, latencyMs: 0 });
});
afterAll(() => server.close());

const llmConfig = () => ({
  baseURL: server.url,
  apiKey: FAKE_KEY,
  chatModel: TEST_CHAT_MODEL,
  embeddingModel: TEST_EMBEDDING_MODEL,
  embeddings: 'api' as const,
  concurrency: 8,
  temperature: 0.7,
  timeoutMs: 5_000,
  maxRetries: 1,
  structuredOutput: 'json_schema' as const,
  retryBaseMs: 5,
  retryMaxMs: 20,
});

function call(id: string, kind: MindCall['kind'] = 'decideToTalk', agentId = 'ada'): MindCall {
  return { id, kind, agentId, req: { memories: [] } } as unknown as MindCall;
}

describe('CallRecorder', () => {
  it('keeps decisions per agent, bounded, and finds calls by op id', () => {
    const rec = new CallRecorder();
    for (let i = 0; i < DECISIONS_PER_AGENT + 5; i++)
      rec.record(call(`op${i}`), 'offline', { talk: false, reason: 'busy' }, { step: i });
    rec.record(call('opR', 'rateImportance'), 'offline', { scores: [3] }, { step: 0 });
    expect(rec.forAgent('ada', false)).toHaveLength(DECISIONS_PER_AGENT);
    expect(rec.forAgent('ada', false)[0].opId).toBe('op5');
    expect(rec.forAgent('ada', true).at(-1)!.opId).toBe('opR');
    expect(rec.total('ada', false)).toBe(DECISIONS_PER_AGENT + 5);
    expect(rec.total('ada', true)).toBe(DECISIONS_PER_AGENT + 6);
    expect(rec.find('op100')?.step).toBe(100);
    expect(rec.find('op1')).toBeUndefined();
  });

  it('copies results so later changes by the engine do not show', () => {
    const rec = new CallRecorder();
    const res = { steps: [{ description: 'brew coffee', durationMin: 10 }] };
    rec.record(call('op1', 'decompose'), 'offline', res, { step: 0 });
    res.steps.push({ description: 'changed', durationMin: 5 });
    expect((rec.find('op1')!.result as typeof res).steps).toHaveLength(1);
  });
});

describe('the mind-call pipeline', () => {
  it('observes every call once on the engine, and answers offline when a mind throws', async () => {
    const rec = new CallRecorder();
    const offline = new OfflineMind();
    const sw = new SwitchableMind(offline);
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, sw, { fallback: fallbackMind(offline) });
    rec.observe(engine);
    for (let i = 0; i < 400; i++) await engine.tick();
    const ada = world.agents[0];
    const records = rec.forAgent(ada.id, false);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.mind === 'offline')).toBe(true);
    const plan = ada.memory.nodes.find((n) => n.type === 'plan' && n.opId)!;
    expect(rec.find(plan.opId!)?.kind).toMatch(/planDay|scheduleHours/);

    const broken: Mind = {
      name: 'broken',
      answer: () => {
        throw new Error('boom');
      },
    };
    sw.use(broken);
    const step = world.step;
    for (let i = 0; i < 200; i++) await engine.tick();
    expect(world.step).toBe(step + 200);
    const failed = world.agents.flatMap((a) =>
      rec.forAgent(a.id, true).filter((r) => r.step > step),
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.mind === 'broken' && r.fallback === 'error: boom')).toBe(true);
    // Embeddings are never answered offline behind another mind: they come back empty.
    const embeds = failed.filter((r) => r.kind === 'embed');
    expect(embeds.every((r) => (r.result as { vectors: number }).vectors === 0)).toBe(true);
  });
});

describe('mind views', () => {
  it('writes one readable line per kind and survives odd results', () => {
    expect(
      headline('decideToTalk', { partner: { name: 'Ben' } }, { talk: true, reason: 'news' }),
    ).toBe('Talk to Ben? Yes — news');
    expect(headline('planDay', {}, { wakeHour: 7, items: ['wake up', 'work'] })).toBe(
      'Wake at 07:00; 2 items: wake up; work',
    );
    expect(headline('reflect', {}, null)).toBe('reflect');
  });

  it('says who answered: the LLM, the offline mind, the budget or a fallback', () => {
    expect(answerer('offline', {})).toBe('offline');
    expect(answerer('llm', {})).toBe('llm');
    expect(answerer('llm', { budget: true })).toBe('budget');
    expect(answerer('llm', { fallback: 'error: boom' })).toBe('fallback');
  });
});

describe('MindHost', () => {
  it('switches to the LLM mind and back without a new engine, and never leaks the key', async () => {
    const posted: WorkerMessage[] = [];
    const host = new MindHost((m) => posted.push(m));
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, host.mind, { fallback: fallbackMind(host.mind.offline) });
    host.attach(engine);
    for (let i = 0; i < 60; i++) await engine.tick();

    const status = (await ask(host, {
      kind: 'setMind',
      mind: { kind: 'llm', config: llmConfig() },
    })) as MindStatus;
    expect(status).toMatchObject({ kind: 'llm', chatModel: TEST_CHAT_MODEL });
    expect(host.mind.name).toBe('llm');
    for (let i = 0; i < 300; i++) await engine.tick();

    const ada = world.agents[0].id;
    const list = (await ask(host, {
      kind: 'mindCalls',
      agentId: ada,
      limit: 50,
      routine: true,
    })) as MindCallList;
    const llmCalls = list.calls.filter((c) => c.mind === 'llm');
    expect(llmCalls.length).toBeGreaterThan(0);
    expect(llmCalls.some((c) => (c.promptTokens ?? 0) > 0)).toBe(true);

    const decision = llmCalls.find((c) => c.kind !== 'embed' && c.kind !== 'rateImportance')!;
    const d = (await ask(host, { kind: 'mindCall', opId: decision.opId })) as MindCallDetail;
    expect(d.messages.length).toBeGreaterThan(0);
    expect(d.model).toBe(TEST_CHAT_MODEL);
    expect(d.agentName).toBe(world.agents[0].name);

    // The server rejects the key: one notice, pushed to the page, however many calls fail.
    server.control({ fault: '401', count: 1000 });
    try {
      for (let i = 0; i < 120; i++) await engine.tick();
    } finally {
      server.control({ fault: null });
    }
    const notices = posted.filter((m) => m.type === 'mind' && m.event.kind === 'notice');
    expect(
      notices.filter(
        (m) => m.type === 'mind' && m.event.kind === 'notice' && m.event.notice.kind === 'auth',
      ),
    ).toHaveLength(1);
    const usage = await ask(host, { kind: 'mindUsage' });
    expect(JSON.stringify(usage)).toMatch(/"fallbacks":[1-9]/);

    const back = (await ask(host, { kind: 'setMind', mind: { kind: 'offline' } })) as MindStatus;
    expect(back.kind).toBe('offline');
    expect(host.mind.name).toBe('offline');
    // Calls the retired LLM mind answered still show their prompts.
    const again = (await ask(host, { kind: 'mindCall', opId: decision.opId })) as MindCallDetail;
    expect(again.messages.length).toBeGreaterThan(0);

    const everything = JSON.stringify([
      posted,
      await ask(host, { kind: 'mindCalls', agentId: ada, limit: 500, routine: true }),
      again,
      usage,
      host.info(),
    ]);
    expect(everything).not.toContain(FAKE_KEY);
  });

  it('routes past the LLM budget to the offline mind, shown in the mind log and the usage', async () => {
    const host = new MindHost(() => {});
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, host.mind, { fallback: fallbackMind(host.mind.offline) });
    host.attach(engine);
    const asked = new Map<string, string>();
    engine.observe((e) => {
      if (e.type === 'mindCall') asked.set(e.call.id, e.mind);
    });
    const [watched, other] = world.agents.map((a) => a.id);
    host.watch({ kind: 'agentNow', agentId: watched });
    host.watch({ kind: 'mindUsage' });
    expect(host.attention.ranked()).toEqual([watched]);
    const status = (await ask(host, {
      kind: 'setMind',
      mind: { kind: 'llm', config: { ...llmConfig(), budget: { per: 'hour', maxCalls: 5 } } },
    })) as MindStatus;
    expect(status.budget).toEqual({ per: 'hour', maxCalls: 5 });
    for (let i = 0; i < 300; i++) await engine.tick();

    const usage = (await ask(host, { kind: 'mindUsage' })) as MindUsage;
    const budget = usage.budget!;
    expect(budget.budget).toEqual({ per: 'hour', maxCalls: 5 });
    expect(budget.calls).toBeLessThanOrEqual(5);
    expect(budget.offlineCalls).toBeGreaterThan(0);
    const list = (await ask(host, {
      kind: 'mindCalls',
      agentId: other,
      limit: 500,
      routine: true,
    })) as MindCallList;
    const byBudget = list.calls.filter((c) => c.answeredBy === 'budget');
    expect(byBudget.length).toBeGreaterThan(0);
    expect(budget.offlineByAgent[other]).toBeGreaterThan(0);
    // Asked of the LLM mind's name, so the tape records these answers in full.
    expect(byBudget.every((c) => c.mind === 'llm' && asked.get(c.opId) === 'llm')).toBe(true);
    expect(list.calls.some((c) => c.answeredBy === 'llm')).toBe(true);

    // Re-applying the settings does not refill this hour's budget.
    await ask(host, {
      kind: 'setMind',
      mind: { kind: 'llm', config: { ...llmConfig(), budget: { per: 'hour', maxCalls: 5 } } },
    });
    const again = (await ask(host, { kind: 'mindUsage' })) as MindUsage;
    expect(again.budget!.calls).toBe(budget.calls);
  });

  it('answers "why?" on an action by the op id the action carries', async () => {
    const host = new MindHost(() => {});
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, host.mind);
    host.attach(engine);
    for (let i = 0; i < 400; i++) await engine.tick();
    const acting = world.agents.filter((a) => a.s.action.opId);
    expect(acting.length).toBeGreaterThan(0);
    for (const a of acting) {
      const d = (await ask(host, {
        kind: 'mindCall',
        opId: a.s.action.opId!,
        agentId: a.id,
      })) as MindCallDetail;
      expect(d.opId).toBe(a.s.action.opId);
      expect(d.kind).toMatch(/decompose|decideToTalk/);
    }
  });

  it('forgets the calls of a town when another one is loaded (op ids restart)', async () => {
    const host = new MindHost(() => {});
    const first = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(first, host.mind);
    host.attach(engine);
    for (let i = 0; i < 200; i++) await engine.tick();
    const ada = first.agents[0].id;
    expect(host.recorder.forAgent(ada, false).length).toBeGreaterThan(0);
    host.attach(engine);
    expect(host.recorder.forAgent(ada, false).length).toBeGreaterThan(0);
    host.attach(new Engine(createWorld(smallScenario(), { seed: 2 }), host.mind));
    expect(host.recorder.forAgent(ada, false)).toEqual([]);
  });

  it('cancels questions in flight on pause: they answer offline at once', async () => {
    const host = new MindHost(() => {});
    const world = createWorld(smallScenario(), { seed: 1 });
    const engine = new Engine(world, host.mind, { fallback: fallbackMind(host.mind.offline) });
    host.attach(engine);
    await ask(host, { kind: 'setMind', mind: { kind: 'llm', config: llmConfig() } });
    server.control({ latencyMs: 3_000 });
    try {
      const ada = world.agents[0];
      const t0 = performance.now();
      const req = {
        agent: ada.persona,
        items: [{ description: 'the bakery caught fire', type: 'event' as const }],
      };
      const answer = engine.run([{ agentId: ada.id, gen: askMind('rateImportance', req) }]);
      setTimeout(() => host.control({ kind: 'pause' }), 50);
      const [res] = (await answer) as [{ scores: number[]; opId: string }];
      expect(performance.now() - t0).toBeLessThan(1_500);
      expect(res.scores).toHaveLength(1);
      const d = (await ask(host, { kind: 'mindCall', opId: res.opId })) as MindCallDetail;
      expect(d.fallback).toBeTruthy();
      // Later questions are asked again normally.
      host.control({ kind: 'play' });
      expect(host.status().kind).toBe('llm');
    } finally {
      server.control({ latencyMs: 0 });
    }
  });

  it('keeps the current mind when the settings are unusable', async () => {
    const host = new MindHost(() => {});
    await expect(
      ask(host, {
        kind: 'setMind',
        mind: { kind: 'llm', config: { ...llmConfig(), baseURL: 'nope' } },
      }),
    ).rejects.toThrow(/http/);
    expect(host.status().kind).toBe('offline');
  });

  it('tests a connection and gives a verdict', async () => {
    const host = new MindHost(() => {});
    const ok = (await ask(host, { kind: 'testMind', config: llmConfig() })) as { ok: boolean };
    expect(ok.ok).toBe(true);
    const bad = (await ask(host, {
      kind: 'testMind',
      config: { ...llmConfig(), baseURL: 'http://127.0.0.1:9/v1' },
    })) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).not.toContain(FAKE_KEY);
  });
});
