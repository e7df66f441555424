import { describe, expect, it } from 'vitest';
import { stepAt } from '../sim/clock';
import type { MemoryNode } from '../sim/memory/node';
import { memoryBrief } from '../sim/cognition/briefs';
import { converse } from '../sim/cognition/converse';
import { Engine } from '../sim/engine';
import { OfflineMind } from '../minds/offline';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld, type World } from '../sim/world/world';
import type { Agent } from '../sim/agent/agent';
import { buildWhyChain, type CallInfo, type CallSource, type WhyChain } from './why';

/** A link's sentence with its links' text, for reading in assertions. */
function sentence(chain: WhyChain, i: number): string {
  return (chain.links[i]?.parts ?? []).map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function refsOf(chain: WhyChain) {
  return chain.links.flatMap((l) => l.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.ref])));
}

function calls(list: CallInfo[]): CallSource {
  return {
    find: (opId) => list.find((c) => c.opId === opId),
    forAgent: (id) => list.filter((c) => c.agentId === id),
  };
}

function add(agent: Agent, node: Omit<MemoryNode, 'id'>): MemoryNode {
  return agent.memory.add(node as Parameters<Agent['memory']['add']>[0]);
}

/**
 * The host seeds an event; she tells the park keeper on day 1, who tells the student on day 2 at
 * 10:05; the student changes plans at 10:06 and, at 17:20, is at the event's place.
 */
function eventTown(): { world: World; host: Agent; teller: Agent; guest: Agent; list: CallInfo[] } {
  const world = createWorld(smallScenario(), { seed: 1 });
  const host = world.agent('ada')!;
  const teller = world.agent('ben')!;
  const guest = world.agent('cleo')!;
  const seed = host.memory.nodes.find((n) => n.event)!;
  const event = seed.event!;
  const gist = 'Ada is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm.';
  const toldBen = stepAt(1, 15 * 60);
  const toldCleo = stepAt(2, 10 * 60 + 5);
  world.conversations.push(
    {
      id: 'c1',
      participants: ['ben', 'ada'],
      startStep: toldBen - 6,
      endStep: toldBen + 6,
      place: 'Corner Café, café',
      lines: [
        {
          speakerId: 'ada',
          text: 'Come to my tasting!',
          step: toldBen,
          opId: 'line-1',
          shares: [{ gist, event, memoryId: seed.id }],
        },
      ],
    },
    {
      id: 'c2',
      participants: ['cleo', 'ben'],
      startStep: toldCleo - 6,
      endStep: toldCleo + 6,
      place: 'Green Park, park',
      lines: [
        { speakerId: 'ben', text: 'Heard about the tasting?', step: toldCleo, opId: 'line-2' },
      ],
    },
  );
  add(teller, {
    type: 'event',
    created: toldBen,
    lastAccessed: toldBen,
    description: `Ada Quill told me that ${gist}`,
    importance: 7,
    keywords: [],
    evidence: [],
    gist,
    event,
    source: 'ada',
    subjectId: 'ada',
    opId: 'line-1',
  });
  add(guest, {
    type: 'plan',
    created: stepAt(2, 7 * 60),
    lastAccessed: stepAt(2, 7 * 60),
    description: 'My plan for day 2: study; lunch; leaves in the park',
    importance: 5,
    keywords: [],
    evidence: [],
    opId: 'plan-day',
  });
  const heard = add(guest, {
    type: 'event',
    created: toldCleo,
    lastAccessed: toldCleo,
    description: `Ben Marsh told me that ${gist}`,
    importance: 8,
    keywords: [],
    evidence: [],
    gist,
    event,
    source: 'ben',
    subjectId: 'ben',
    opId: 'line-2',
  });
  const changed = stepAt(2, 10 * 60 + 6);
  add(guest, {
    type: 'plan',
    created: changed,
    lastAccessed: changed,
    description: 'I changed my plans: 17:00 going to the tasting evening',
    importance: 6,
    keywords: [],
    evidence: [],
    opId: 'replan',
  });
  world.step = stepAt(2, 17 * 60 + 20);
  guest.s.plan = {
    day: 2,
    wakeHour: 7,
    items: ['study', 'tasting'],
    blocks: [
      {
        startMinute: 17 * 60,
        durationMin: 120,
        activity: 'going to the tasting evening',
        place: { sector: 'Corner Café', arena: 'café' },
      },
    ],
    decomp: null,
  };
  guest.s.action = {
    description: 'tasting cheeses',
    emoji: '🧀',
    address: { sector: 'Corner Café', arena: 'café' },
    startStep: stepAt(2, 17 * 60 + 15),
    endStep: stepAt(2, 17 * 60 + 30),
    kind: 'act',
    opId: 'breakdown',
  };
  const list: CallInfo[] = [
    {
      opId: 'replan',
      agentId: 'cleo',
      kind: 'scheduleHours',
      step: changed,
      req: { agent: guest.persona, memories: [memoryBrief(heard, changed)] },
      result: { blocks: [] },
    },
    {
      opId: 'breakdown',
      agentId: 'cleo',
      kind: 'decompose',
      step: stepAt(2, 17 * 60),
      req: { agent: guest.persona },
      result: { steps: [] },
    },
  ];
  return { world, host, teller, guest, list };
}

describe('why-chains', () => {
  it('explains an action by the plan made after hearing of an event, naming source and times', () => {
    const { world, guest, list } = eventTown();
    const chain = buildWhyChain(world, guest.id, { kind: 'action' }, calls(list))!;
    expect(chain).not.toBeNull();
    const kinds = chain.links.map((l) => l.kind);
    expect(kinds[0]).toBe('action');
    expect(sentence(chain, 0)).toContain('tasting cheeses at Corner Café');
    expect(kinds).toContain('plan');
    expect(kinds).toContain('event');
    // Told by the park keeper on day 2 at 10:05, who had it from the host on day 1 at 15:00.
    const heard = chain.links.findIndex((l) => l.kind === 'heard');
    expect(heard).toBeGreaterThan(0);
    expect(sentence(chain, heard)).toMatch(/^Cleo heard from Ben on day 2 at 10:05/);
    expect(chain.links[heard]?.step).toBe(stepAt(2, 10 * 60 + 5));
    expect(sentence(chain, heard + 1)).toMatch(/^Ben heard from Ada on day 1 at 15:00/);
    expect(sentence(chain, heard + 2)).toContain('Ada is the one who hosts it');
    // She accepted: the plan change at 10:06 is named, with its mind call.
    const accepted = chain.links.find((l) => l.kind === 'accepted')!;
    expect(accepted.when).toBe('day 2 at 10:06');
    const change = chain.links.findIndex((l) => l.kind === 'planChange');
    expect(sentence(chain, change)).toContain('changed plans on day 2 at 10:06');
    // Every link resolves to something: the people, the conversations, the memory, the calls.
    const refs = refsOf(chain);
    expect(refs).toContainEqual({ kind: 'person', agentId: 'ben' });
    expect(refs).toContainEqual({ kind: 'conversation', agentId: 'cleo', conversationId: 'c2' });
    expect(refs).toContainEqual({ kind: 'conversation', agentId: 'ben', conversationId: 'c1' });
    expect(refs).toContainEqual({ kind: 'call', agentId: 'cleo', opId: 'breakdown' });
    // The plan's call and the memories it was given, with the three components.
    expect(chain.call?.opId).toBe('replan');
    expect(chain.call?.memories).toHaveLength(1);
    const m = chain.call!.memories[0]!;
    expect(m.rating).toBe(8);
    expect(m.kept).toBe(true);
    for (const v of [m.recency, m.importance]) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('builds the chain from the town alone when no call log is kept (replays)', () => {
    const { world, guest } = eventTown();
    const chain = buildWhyChain(world, guest.id, { kind: 'action' }, null)!;
    expect(chain.call).toBeNull();
    expect(chain.opId).toBe('replan');
    expect(chain.links.some((l) => l.kind === 'heard')).toBe(true);
  });

  it('explains a line by what it passed on and where the speaker had it from', () => {
    const { world } = eventTown();
    const chain = buildWhyChain(
      world,
      'ben',
      { kind: 'line', conversationId: 'c1', index: 0 },
      null,
    )!;
    expect(chain.agentId).toBe('ada');
    expect(sentence(chain, 0)).toMatch(/^Ada said “Come to my tasting!” to Ben/);
    expect(chain.links.map((l) => l.kind)).toEqual(['line', 'told', 'seed', 'talk']);
    expect(sentence(chain, 3)).toContain('Ben decided to talk to Ada');
  });

  it('explains a reflection by its evidence, and a missing thing by null', () => {
    const { world, guest } = eventTown();
    const heard = guest.memory.nodes.find((n) => n.source)!;
    const insight = add(guest, {
      type: 'thought',
      created: world.step,
      lastAccessed: world.step,
      description: 'The town is getting together more.',
      importance: 6,
      keywords: [],
      evidence: [heard.id],
    } as Omit<MemoryNode, 'id'>);
    const chain = buildWhyChain(world, guest.id, { kind: 'memory', memoryId: insight.id }, null)!;
    expect(chain.links.map((l) => l.kind)).toEqual([
      'reflection',
      'evidence',
      'heard',
      'heard',
      'seed',
    ]);
    expect(chain.links[2]?.depth).toBe(1);
    expect(buildWhyChain(world, guest.id, { kind: 'memory', memoryId: 'nope' }, null)).toBeNull();
    expect(buildWhyChain(world, 'nobody', { kind: 'action' }, null)).toBeNull();
  });

  it('shows the scores retrieval gave the memories a line was grounded in, recorded with the call', async () => {
    const world = createWorld(smallScenario(), { seed: 2 });
    const engine = new Engine(world, new OfflineMind());
    const list: CallInfo[] = [];
    engine.observe((e) => {
      if (e.type === 'mindCall')
        list.push({
          opId: e.call.id,
          agentId: e.call.agentId,
          kind: e.call.kind,
          step: world.step,
          req: e.call.req,
          result: e.result,
        });
    });
    for (let i = 0; i < 400; i++) await engine.tick();
    const [ada, cleo] = [world.agent('ada')!, world.agent('cleo')!];
    await engine.run([{ agentId: ada.id, gen: converse(world, ada, cleo) }]);
    const conv = world.conversations.at(-1)!;
    const chain = buildWhyChain(
      world,
      ada.id,
      { kind: 'line', conversationId: conv.id, index: 0 },
      calls(list),
    )!;
    const memories = chain.call?.memories ?? [];
    const retrieved = memories.filter((m) => m.retrieved);
    expect(retrieved.length).toBeGreaterThan(0);
    // Exactly what the call carried: retrieval's own component scores.
    const req = list.find((c) => c.opId === chain.call?.opId)!.req as {
      memories: { id: string; retrieval?: { recency: number; relevance: number } }[];
    };
    for (const m of retrieved) {
      const sent = req.memories.find((b) => b.id === m.id)!.retrieval!;
      expect([m.recency, m.relevance]).toEqual([sent.recency, sent.relevance]);
    }
  });
});
