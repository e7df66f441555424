import { afterEach, describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import { smallScenario } from '../sim/testing/smallTown';
import { MAX_LAG_STEPS } from '../sim/overlap';
import { SimHost } from './host';
import { answer } from './requestTable';
import type { Frame, Request, WorkerMessage } from '../protocol';

let host: SimHost | null = null;

/** The offline mind, answering decisions after a delay (like an LLM). */
class SlowMind implements Mind {
  readonly name = 'slow';
  private readonly inner = new OfflineMind();
  answer<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    const delay = call.kind === 'embed' || call.kind === 'rateImportance' ? 0 : 120;
    return new Promise((r) => setTimeout(() => r(this.inner.answer(call)), delay));
  }
}

/** Decisions wait until released (embeddings and importance answer at once). */
class HeldMind implements Mind {
  readonly name = 'held';
  private readonly inner = new OfflineMind();
  readonly held: (() => void)[] = [];
  answer<K extends QuestionKind>(call: MindCall<K>): QuestionRes<K> | Promise<QuestionRes<K>> {
    const res = this.inner.answer(call);
    if (call.kind === 'embed' || call.kind === 'rateImportance') return res;
    return new Promise((r) => this.held.push(() => r(res)));
  }
  release(): void {
    for (const r of this.held.splice(0)) r();
  }
}

function start(opts: { paused?: boolean; speed?: 'max' | 1; mind?: Mind } = {}) {
  const messages: WorkerMessage[] = [];
  const source = { kind: 'new', scenario: smallScenario(), seed: 1 } as const;
  const offline = new OfflineMind();
  host = new SimHost(source, opts.mind ?? offline, offline, (m) => messages.push(m), {
    speed: opts.speed ?? 1,
    paused: opts.paused ?? true,
  });
  const world = host.world;
  void host.run();
  let nextId = 1;
  const ask = async (request: Request) => {
    const id = nextId++;
    answer(host!.handlers(), id, request, (m) => messages.push(m));
    for (let i = 0; i < 500; i++) {
      const reply = messages.find((m) => m.type === 'reply' && m.id === id);
      if (reply?.type === 'reply') {
        if (reply.ok) return reply.result as never;
        throw new Error(reply.error);
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error('no reply');
  };
  const frames = () =>
    messages.filter((m): m is { type: 'frame'; frame: Frame } => m.type === 'frame');
  return { host, world, messages, ask, frames };
}

const until = async (cond: () => boolean, ms = 5000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

afterEach(() => {
  host?.stop();
  host = null;
});

describe('SimHost', () => {
  it('stays still while paused and advances exactly one step per step control', async () => {
    const { host, world, frames } = start({ paused: true });
    const s0 = world.step;
    await new Promise((r) => setTimeout(r, 50));
    expect(world.step).toBe(s0);
    host.control({ kind: 'step' });
    await until(() => frames().some((f) => f.frame.clock.step === s0 + 1));
    await new Promise((r) => setTimeout(r, 50));
    expect(world.step).toBe(s0 + 1);
    const last = frames().at(-1)!.frame;
    expect(last.running).toBe(false);
    expect(last.agents).toHaveLength(world.agents.length);
    expect(last.agents[0]).toMatchObject({ facing: expect.any(String), emoji: expect.any(String) });
  });

  it('reports who is thinking while a slow mind decides, and marks them in the frame', async () => {
    const { host, world, messages, frames } = start({ paused: true, mind: new SlowMind() });
    const s0 = world.step;
    host.control({ kind: 'step' });
    await until(() => frames().some((f) => f.frame.clock.step === s0 + 1), 10_000);
    const thinking = messages.find((m) => m.type === 'thinking');
    expect(thinking?.type === 'thinking' && thinking.agentIds.length).toBeGreaterThan(0);
    expect(
      frames()
        .at(-1)!
        .frame.agents.some((a) => a.thinking),
    ).toBe(true);
  });

  it('runs many steps per frame at max speed', async () => {
    const { world, frames } = start({ paused: false, speed: 'max' });
    const s0 = world.step;
    await until(() => world.step > s0 + 200);
    expect(frames().some((f) => f.frame.steps > 1)).toBe(true);
  });

  it('steps on while agents wait for a slow mind, up to the lag limit, and settles to save', async () => {
    const mind = new HeldMind();
    const { host, world } = start({ paused: true, speed: 'max', mind });
    let asked = -1;
    host.engine.observe((e) => {
      if (e.type !== 'mindAsked' || asked >= 0) return;
      if (e.call.kind !== 'embed' && e.call.kind !== 'rateImportance') asked = world.step;
    });
    host.control({ kind: 'play' });
    await until(() => mind.held.length > 0);
    // The town does not wait for the answer: it runs on until the question is MAX_LAG_STEPS old.
    await until(() => world.step >= asked + MAX_LAG_STEPS);
    await new Promise((r) => setTimeout(r, 30));
    expect(world.step).toBe(asked + MAX_LAG_STEPS);
    expect(host.engine.parkedCount).toBeGreaterThan(0);
    mind.release();
    await until(() => world.step > asked + MAX_LAG_STEPS + 5);
    // Saving settles first: nothing is left waiting across steps when the town is captured.
    const pump = setInterval(() => mind.release(), 1);
    const parked = await host.settled(() => host.engine.parkedCount);
    clearInterval(pump);
    expect(parked).toBe(0);
  });

  it('applies a whisper between steps and returns the stored thought', async () => {
    const { ask, world } = start();
    const res = (await ask({ kind: 'whisper', agentId: 'ada', text: 'Visit the park today' })) as {
      memory: { type: string; importance: number; description: string };
    };
    expect(res.memory).toMatchObject({ type: 'thought', importance: 8 });
    expect(world.agent('ada')!.memory.nodes.at(-1)!.description).toBe('Visit the park today');
  });

  it('answers an interview from memory without changing the agent', async () => {
    const { ask, world } = start();
    const before = world.agent('ada')!.memory.size;
    const res = (await ask({
      kind: 'interview',
      agentId: 'ada',
      question: 'Tell me about the tasting evening',
      remember: false,
    })) as { answer: string; used: { description: string }[] };
    expect(res.answer).toMatch(/tasting/i);
    expect(res.used.length).toBeGreaterThan(0);
    expect(world.agent('ada')!.memory.size).toBe(before);
  });

  it('announces to the agents at a place and reports who heard it', async () => {
    const { ask } = start();
    const res = (await ask({
      kind: 'announce',
      text: 'The fire alarm rings',
      place: { sector: 'Ash House' },
    })) as { reached: string[] };
    expect(res.reached).toEqual(['ada']);
  });

  it('probes retrieval with the three component scores, best first', async () => {
    const { ask, host } = start();
    host.control({ kind: 'step' }); // memories get embedded at step end
    await new Promise((r) => setTimeout(r, 50));
    const res = (await ask({ kind: 'probe', agentId: 'ada', query: 'tasting evening', k: 3 })) as {
      hits: { score: number; recency: number; importance: number; relevance: number }[];
    };
    expect(res.hits.length).toBeGreaterThan(0);
    for (const h of res.hits) {
      for (const v of [h.recency, h.importance, h.relevance]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    const scores = res.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('sets the retrieval weights for the town', async () => {
    const { ask, world } = start();
    const weights = { recency: 0.5, importance: 2, relevance: 3 };
    const res = (await ask({ kind: 'setWeights', weights })) as { weights: unknown };
    expect(res.weights).toEqual(weights);
    expect(world.config.weights).toEqual(weights);
    await expect(ask({ kind: 'setWeights', weights: { ...weights, recency: -1 } })).rejects.toThrow(
      /non-negative/,
    );
  });

  it('answers detail requests and reports errors by request', async () => {
    const { ask, host } = start();
    for (let i = 0; i < 3; i++) host.control({ kind: 'step' });
    await new Promise((r) => setTimeout(r, 50));
    const now = (await ask({ kind: 'agentNow', agentId: 'ada' })) as {
      name: string;
      plan: unknown;
    };
    expect(now.name).toBe('Ada Quill');
    expect(now.plan).not.toBeNull();
    const rels = (await ask({ kind: 'relationships', agentId: 'ada' })) as { name: string }[];
    expect(rels.map((r) => r.name)).toContain('Ben Marsh');
    await expect(ask({ kind: 'agentNow', agentId: 'nobody' })).rejects.toThrow(/nobody/);
    await expect(ask({ kind: 'whisper', agentId: 'ada', text: '  ' })).rejects.toThrow(/text/);
  });
});
