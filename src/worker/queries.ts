import type { Agent } from '../sim/agent/agent';
import { STEPS_PER_MINUTE } from '../sim/clock';
import type { Mind } from '../sim/mind';
import { retrieve } from '../sim/memory/retrieve';
import type { World } from '../sim/world/world';
import { planView } from './planView';
import type {
  AgentNow,
  ConversationView,
  MemoryList,
  MemoryView,
  ProbeResult,
  ReflectionsResult,
  RelationshipView,
  Requests,
} from '../protocol';
import { addressLabel, memoryView, PlaceNames, timeLabel } from './views';

type Req<K extends keyof Requests> = Requests[K]['req'];

/** Read-only answers to the inspector's detail requests. They never change the world. */
export class Queries {
  private readonly places: PlaceNames;

  constructor(
    readonly world: World,
    private readonly mind: () => Mind,
  ) {
    this.places = new PlaceNames(world);
  }

  private agent(id: string): Agent {
    const agent = this.world.agent(id);
    if (!agent) throw new Error(`No agent with id "${id}"`);
    return agent;
  }

  private name(id: string): string {
    return this.world.agent(id)?.name ?? id;
  }

  agentNow({ agentId }: Req<'agentNow'>): AgentNow {
    const a = this.agent(agentId);
    const p = a.persona;
    const step = this.world.step;
    const act = a.s.action;
    return {
      id: a.id,
      name: p.name,
      age: p.age,
      occupation: p.occupation,
      traits: p.traits,
      learned: p.learned,
      currently: p.currently,
      lifestyle: p.lifestyle,
      home: addressLabel(p.home) ?? '',
      workplace: addressLabel(p.workplace),
      action: {
        description: act.description,
        emoji: act.emoji,
        kind: act.kind,
        address: addressLabel(act.address),
        startTime: timeLabel(act.startStep),
        minutesLeft: Math.max(0, Math.ceil((act.endStep - step) / STEPS_PER_MINUTE)),
        ...(act.opId ? { opId: act.opId } : {}),
      },
      place: this.places.at(a.s.tile),
      chatWith: a.s.chat ? this.name(a.s.chat.partnerId) : null,
      plan: a.s.plan ? planView(a.s.plan, this.world.time.minuteOfDay) : null,
      memoryCount: a.memory.size,
      importanceSinceReflect: a.s.importanceSinceReflect,
      reflectThreshold: this.world.config.reflectThreshold,
    };
  }

  memories({ agentId, types, text, limit }: Req<'memories'>): MemoryList {
    const nodes = this.agent(agentId).memory.nodes;
    const needle = text?.trim().toLowerCase() ?? '';
    const out: MemoryView[] = [];
    let matched = 0;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i];
      if (types?.length && !types.includes(n.type)) continue;
      if (needle && !n.description.toLowerCase().includes(needle)) continue;
      matched++;
      if (out.length < limit) out.push(memoryView(this.world, n));
    }
    return { total: nodes.length, matched, memories: out };
  }

  /** What the agent would retrieve for a query, with each score component (touches nothing). */
  async probe({ agentId, query, k }: Req<'probe'>): Promise<ProbeResult> {
    const agent = this.agent(agentId);
    const clean = query.trim();
    if (!clean) throw new Error('Type something to probe the memory with');
    const res = await this.mind().answer({
      id: 'probe',
      kind: 'embed',
      agentId,
      req: { texts: [clean] },
    });
    const weights = this.world.config.weights;
    const hits = retrieve(agent.memory, {
      now: this.world.step,
      k,
      weights,
      query: res.vectors[0] ?? null,
      touch: false,
    });
    let unembedded = 0;
    for (let i = 0; i < agent.memory.size; i++) if (!agent.memory.isEmbedded(i)) unembedded++;
    return {
      query: clean,
      weights,
      candidates: agent.memory.size,
      unembedded,
      hits: hits.map((h) => ({
        memory: memoryView(this.world, h.node),
        embedded: agent.memory.isEmbedded(agent.memory.indexOf(h.node.id)),
        recency: h.recency,
        importance: h.importance,
        relevance: h.relevance,
        score: h.score,
      })),
    };
  }

  reflections({ agentId }: Req<'reflections'>): ReflectionsResult {
    const memory = this.agent(agentId).memory;
    const insights = memory.nodes.filter((n) => n.type === 'thought' && n.evidence.length > 0);
    const nodes: Record<string, MemoryView> = {};
    const visit = (id: string) => {
      if (nodes[id]) return;
      const node = memory.get(id);
      if (!node) return;
      nodes[id] = memoryView(this.world, node);
      node.evidence.forEach(visit);
    };
    insights.forEach((n) => visit(n.id));
    return { insights: insights.map((n) => n.id).reverse(), nodes };
  }

  conversations({ agentId }: Req<'conversations'>): ConversationView[] {
    const step = this.world.step;
    const out: ConversationView[] = [];
    for (let i = this.world.conversations.length - 1; i >= 0; i--) {
      const c = this.world.conversations[i];
      if (!c.participants.includes(agentId)) continue;
      const partnerId = c.participants[0] === agentId ? c.participants[1] : c.participants[0];
      out.push({
        id: c.id,
        partnerId,
        partner: this.name(partnerId),
        place: c.place,
        start: timeLabel(c.startStep),
        startStep: c.startStep,
        ongoing: step < c.endStep,
        lines: c.lines
          .filter((l) => l.step <= step)
          .map((l) => ({
            speaker: this.name(l.speakerId),
            mine: l.speakerId === agentId,
            text: l.text,
            time: timeLabel(l.step),
            ...(l.opId ? { opId: l.opId } : {}),
          })),
      });
    }
    return out;
  }

  relationships({ agentId }: Req<'relationships'>): RelationshipView[] {
    const rels = this.agent(agentId).s.relationships;
    return Object.entries(rels)
      .map(([id, r]) => ({
        id,
        name: this.name(id),
        relation: r.relation,
        closeness: r.closeness,
        summary: r.summary,
        timesTalked: r.timesTalked,
        metIn: r.since >= 0 ? timeLabel(r.since) : null,
        lastTalk: r.lastTalkStep >= 0 ? timeLabel(r.lastTalkStep) : null,
      }))
      .sort((a, b) => b.closeness - a.closeness || a.name.localeCompare(b.name));
  }
}
