/** Why-chains: the builder that collects links, and the lookups every chain uses. */
import type { Agent } from '../../sim/agent/agent';
import type { EventInfo } from '../../sim/agent/persona';
import { formatClock, gameTime } from '../../sim/clock';
import type { MemoryNode } from '../../sim/memory/node';
import type { ScheduleBlock } from '../../sim/mind';
import type { Conversation } from '../../sim/world/conversation';
import type { World } from '../../sim/world/world';
import { MAX_HOPS, type CallSource, type WhyLink, type WhyLinkKind, type WhyPart } from './types';

/** "day 1 at 10:05". */
export function whenLabel(world: World, step: number): string {
  const t = gameTime(step, world.firstWeekday);
  return `day ${t.day} at ${formatClock(t.minuteOfDay)}`;
}

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

export function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 140 ? `${t.slice(0, 139)}…` : t}”`;
}

/** Builds one chain; knows the world, the subject and the call log. */
export class ChainBuilder {
  readonly links: WhyLink[] = [];
  /** Memories already explained (a told-by loop or a shared origin is told once). */
  private explained = new Set<string>();

  constructor(
    readonly world: World,
    readonly calls: CallSource | null,
  ) {}

  add(kind: WhyLinkKind, step: number | null, depth: number, ...parts: WhyPart[]): void {
    this.links.push({
      kind,
      step,
      when: step === null ? '' : whenLabel(this.world, step),
      parts,
      depth,
    });
  }

  person(id: string): WhyPart {
    const a = this.world.agent(id);
    return { text: a ? firstName(a.name) : id, ref: { kind: 'person', agentId: id } };
  }

  memory(agent: Agent, node: MemoryNode, text: string): WhyPart {
    return { text, ref: { kind: 'memory', agentId: agent.id, memoryId: node.id } };
  }

  call(opId: string | undefined, agentId: string | null, text = 'the mind’s call'): WhyPart[] {
    if (!opId) return [];
    return [' (', { text, ref: { kind: 'call', agentId, opId } }, ')'];
  }

  conversation(agentId: string, conversationId: string | undefined, text: string): WhyPart {
    return conversationId ? { text, ref: { kind: 'conversation', agentId, conversationId } } : text;
  }

  at(step: number): string {
    return whenLabel(this.world, step);
  }

  /** The conversation whose line was made by this mind call. */
  conversationOfLine(opId: string | undefined): Conversation | undefined {
    if (!opId) return undefined;
    for (const c of allConversations(this.world))
      if (c.lines.some((l) => l.opId === opId)) return c;
    return undefined;
  }

  /** How `agent` came to hold `node`: told (followed back through tellers), seen, announced … */
  origin(agent: Agent, node: MemoryNode, depth: number, hops = 0): void {
    if (this.explained.has(`${agent.id}/${node.id}`)) return;
    this.explained.add(`${agent.id}/${node.id}`);
    const me = this.person(agent.id);
    const what = node.gist ?? node.description;
    if (node.source) {
      const conv = this.conversationOfLine(node.opId);
      this.add(
        'heard',
        node.created,
        depth,
        me,
        ' heard from ',
        this.person(node.source),
        ` on ${this.at(node.created)}`,
        conv ? ' (' : '',
        conv ? this.conversation(agent.id, conv.id, 'in their conversation') : '',
        conv ? ')' : '',
        ' that ',
        this.memory(agent, node, quote(what)),
      );
      const teller = this.world.agent(node.source);
      if (!teller || hops + 1 >= MAX_HOPS) return;
      const theirs = tellerMemory(teller, node, conv);
      if (theirs) this.origin(teller, theirs, depth, hops + 1);
      return;
    }
    if (node.keywords.includes('inner voice')) {
      this.add(
        'whisper',
        node.created,
        depth,
        'An inner voice (a whisper) told ',
        me,
        ` on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.event && node.event.hostId === agent.id && node.created <= this.world.startStep) {
      this.add('seed', null, depth, me, ' is the one who hosts it.');
      return;
    }
    if (announced(node)) {
      this.add(
        'announced',
        node.created,
        depth,
        'It was announced to the town; ',
        me,
        ` heard the announcement on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.type === 'event') {
      this.add(
        'saw',
        node.created,
        depth,
        me,
        ` saw it on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.created <= this.world.startStep && node.type === 'thought') {
      this.add(
        'seed',
        null,
        depth,
        me,
        ' knew it from the start: ',
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.type === 'chat') {
      this.add(
        'memory',
        node.created,
        depth,
        me,
        ' took it from ',
        this.conversation(agent.id, node.chatId, 'a conversation'),
        node.subjectId ? ' with ' : '',
        node.subjectId ? this.person(node.subjectId) : '',
        ` on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.type === 'plan') {
      this.add(
        'plan',
        node.created,
        depth,
        me,
        ` planned on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    if (node.type === 'thought' && node.evidence.length) {
      this.add(
        'reflection',
        node.created,
        depth,
        me,
        ` worked it out on ${this.at(node.created)}: `,
        this.memory(agent, node, quote(node.description)),
      );
      return;
    }
    this.add(
      'memory',
      node.created,
      depth,
      me,
      ` remembered on ${this.at(node.created)}: `,
      this.memory(agent, node, quote(node.description)),
    );
  }

  /** What made `agent` change plans at `plan`: the latest news, announcement or whisper before. */
  prompt(agent: Agent, plan: MemoryNode): MemoryNode | undefined {
    const prev = [...agent.memory.nodes]
      .filter((n) => n.type === 'plan' && n.created < plan.created)
      .at(-1);
    const from = prev ? prev.created : -Infinity;
    return [...agent.memory.nodes]
      .filter(
        (n) =>
          n.created >= from &&
          n.created <= plan.created &&
          n.id !== plan.id &&
          (n.source !== undefined || n.keywords.includes('inner voice') || announced(n)),
      )
      .at(-1);
  }

  /** The plan memory a schedule came from: the latest one made before `step` that day. */
  planBefore(agent: Agent, step: number): MemoryNode | undefined {
    const day = gameTime(step).day;
    return [...agent.memory.nodes]
      .filter((n) => n.type === 'plan' && n.created <= step && gameTime(n.created).day === day)
      .at(-1);
  }

  /** Links for a plan memory: made or changed, and what prompted a change. */
  plan(agent: Agent, node: MemoryNode, depth: number, lead: string): void {
    const day = gameTime(node.created).day;
    const first = agent.memory.nodes.find(
      (n) => n.type === 'plan' && gameTime(n.created).day === day,
    );
    const changed = first !== undefined && first.id !== node.id;
    this.explained.add(`${agent.id}/${node.id}`);
    this.add(
      changed ? 'planChange' : 'plan',
      node.created,
      depth,
      lead,
      this.person(agent.id),
      changed ? ' changed plans' : ' made the day’s plan',
      ` on ${this.at(node.created)}: `,
      this.memory(agent, node, quote(node.description)),
      ...this.call(node.opId, agent.id),
    );
    if (!changed) return;
    const cause = this.prompt(agent, node);
    if (cause) this.origin(agent, cause, depth + 1);
  }
}

/** An event told to the whole town (an announcement: no teller, nobody seen). */
export function announced(n: MemoryNode): boolean {
  return n.type === 'event' && !!n.event && !n.source && !n.seen && !n.subjectId;
}

export function allConversations(world: World): Conversation[] {
  return [...world.conversations, ...world.openConversations.values()];
}

/** The teller's own memory of what they told: the share cited on the line, else the same news. */
export function tellerMemory(
  teller: Agent,
  heard: MemoryNode,
  conv: Conversation | undefined,
): MemoryNode | undefined {
  const line = conv?.lines.find((l) => l.opId === heard.opId && l.speakerId === teller.id);
  for (const share of line?.shares ?? []) {
    const m = share.memoryId ? teller.memory.get(share.memoryId) : undefined;
    if (m && share.gist.trim() === heard.gist) return m;
  }
  return teller.memory.nodes.find(
    (n) =>
      n.created <= heard.created &&
      ((heard.event && n.event?.id === heard.event.id) ||
        (heard.news && n.news === heard.news) ||
        (heard.gist && n.gist === heard.gist)),
  );
}

/** The event a schedule block is for: known to the agent, same day, same place, overlapping. */
export function eventOfBlock(
  agent: Agent,
  block: ScheduleBlock,
  sector: string | undefined,
  day: number,
) {
  for (const n of agent.memory.nodes) {
    const e: EventInfo | undefined = n.event;
    if (!e || e.day !== day || (sector && e.place.sector !== sector)) continue;
    const end = block.startMinute + block.durationMin;
    if (block.startMinute < e.endHour * 60 && end > e.startHour * 60) return { event: e, node: n };
  }
  return undefined;
}

/** The block of the plan under way at `minute`. */
export function blockAt(blocks: ScheduleBlock[], minute: number): ScheduleBlock | undefined {
  return [...blocks]
    .reverse()
    .find((b) => minute >= b.startMinute && minute < b.startMinute + b.durationMin);
}

export function hourLabel(minute: number): string {
  return formatClock(minute % (24 * 60));
}
