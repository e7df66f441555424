import { OfflineMind } from '../src/minds/offline';
import { embedText } from '../src/minds/offline/embed';
import { defaultScenario } from '../src/scenarios/default';
import { STEPS_PER_DAY } from '../src/sim/clock';
import { Engine } from '../src/sim/engine';
import { retrieve } from '../src/sim/memory/retrieve';
import { MemoryStream } from '../src/sim/memory/stream';
import { createWorld } from '../src/sim/world/world';

const WORDS =
  'coffee party mayor park library bread garden book music election café bar rain dog school paint river walk letter friend'.split(
    ' ',
  );

/** Offline mind, default town, 25 agents, one game day: wall time and agent-steps per second. */
export async function benchDay(seed = 1) {
  const world = createWorld(defaultScenario(), { seed });
  const engine = new Engine(world, new OfflineMind());
  const t0 = performance.now();
  for (let i = 0; i < STEPS_PER_DAY; i++) await engine.tick();
  const wallMs = performance.now() - t0;
  const agentSteps = world.agents.length * STEPS_PER_DAY;
  return {
    what: 'offline mind, default town, 25 agents x 1 game day (8,640 steps)',
    agents: world.agents.length,
    wallMs: Math.round(wallMs),
    agentStepsPerSecond: Math.round(agentSteps / (wallMs / 1000)),
    conversations: world.stats.conversations,
    memories: world.agents.reduce((s, a) => s + a.memory.size, 0),
    targetMs: 10_000,
    met: wallMs <= 10_000,
  };
}

/** Top-10 retrieval latency over a stream of n memories (median of repeated queries). */
export function benchRetrieval(n: number, queries = 50) {
  const stream = new MemoryStream();
  for (let i = 0; i < n; i++) {
    const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} ${i}`;
    const node = stream.add({
      type: 'event',
      description: text,
      importance: (i % 10) + 1,
      created: i,
      lastAccessed: i,
      keywords: [],
      evidence: [],
    });
    stream.setEmbedding(node.id, embedText(text));
  }
  const times: number[] = [];
  for (let q = 0; q < queries; q++) {
    const query = embedText(`${WORDS[q % WORDS.length]} ${WORDS[(q * 3) % WORDS.length]}`);
    const t0 = performance.now();
    retrieve(stream, { now: n + 100, k: 10, query });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return {
    memories: n,
    medianMs: Number(median.toFixed(3)),
    p95Ms: Number(times[Math.floor(times.length * 0.95)].toFixed(3)),
  };
}
