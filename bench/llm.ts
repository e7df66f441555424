import {
  startTestServer,
  TEST_CHAT_MODEL,
  TEST_EMBEDDING_MODEL,
} from '../scripts/llmServer/server';
import { LlmMind } from '../src/minds/llm';
import { defaultScenario } from '../src/scenarios/default';
import { STEPS_PER_DAY } from '../src/sim/clock';
import { Engine } from '../src/sim/engine';
import { createWorld } from '../src/sim/world/world';
import { MAX_LAG_STEPS } from '../src/sim/overlap';
import { liveOverlap } from '../src/persist/runtime';

/**
 * LLM mind efficiency on the default 25-agent town for `days` game days against the local test
 * server with simulated latency: requests per agent-day and the effective concurrency
 * (sum of request latencies ÷ wall time).
 */
export async function benchLlm(
  opts: { days?: number; latencyMs?: number; seed?: number; maxLagSteps?: number } = {},
) {
  const days = opts.days ?? 1;
  const latencyMs = opts.latencyMs ?? 200;
  const server = await startTestServer({ port: 0, latencyMs });
  try {
    const mind = new LlmMind({
      baseURL: server.url,
      apiKey: 'bench-key',
      chatModel: TEST_CHAT_MODEL,
      embeddingModel: TEST_EMBEDDING_MODEL,
      embeddings: 'api',
      concurrency: 8,
    });
    const world = createWorld(defaultScenario(), { seed: opts.seed ?? 1 });
    // As the CLI runs a town: answers overlap across steps (0: lockstep, every step waits).
    const maxLagSteps = opts.maxLagSteps ?? MAX_LAG_STEPS;
    const engine = new Engine(
      world,
      mind,
      maxLagSteps ? { overlap: { ...liveOverlap(0), maxLagSteps } } : {},
    );
    const steps = Math.round(days * STEPS_PER_DAY);
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) {
      await engine.tick();
      if (i === steps - 1 && engine.parkedCount) await engine.tick({ drain: true });
      if (process.stderr.isTTY && i % 360 === 0)
        process.stderr.write(`\r  LLM bench: ${Math.round((100 * i) / steps)}%  `);
    }
    const wallMs = performance.now() - t0;
    const stats = server.stats();
    const usage = mind.getUsage();
    const agentDays = world.agents.length * days;
    const chat = stats.byEndpoint.chat ?? 0;
    const embed = stats.byEndpoint.embeddings ?? 0;
    return {
      what: `LLM mind vs local test server, default town, ${world.agents.length} agents x ${days} game day(s), ${latencyMs} ms latency, concurrency 8, cold cache, ${maxLagSteps ? `answers overlap steps (max lag ${maxLagSteps} steps)` : 'lockstep'}`,
      wallMs: Math.round(wallMs),
      chatCompletions: chat,
      embeddingRequests: embed,
      chatCompletionsPerAgentDay: Number((chat / agentDays).toFixed(1)),
      embeddingRequestsPerAgentDay: Number((embed / agentDays).toFixed(1)),
      targets: { chatPerAgentDay: 150, embeddingPerAgentDay: 50 },
      met: chat / agentDays <= 150 && embed / agentDays <= 50,
      effectiveConcurrency: Number(((stats.requests * latencyMs) / wallMs).toFixed(2)),
      maxInFlight: stats.maxInFlight,
      cacheHits: usage.totals.cacheHits,
      fallbacks: usage.totals.fallbacks,
      promptTokens: usage.totals.promptTokens,
      completionTokens: usage.totals.completionTokens,
      byKind: stats.byKind,
    };
  } finally {
    await server.close();
  }
}
