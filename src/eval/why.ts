import type { Agent } from '../sim/agent/agent';
import type { EventInfo } from '../sim/agent/persona';
import { formatClock, gameTime } from '../sim/clock';
import { jointPlans } from '../sim/cognition/planContext';
import type { MemoryNode } from '../sim/memory/node';
import { RECENCY_DECAY_PER_HOUR } from '../sim/memory/retrieve';
import type { MemoryType } from '../sim/memory/node';
import type { MemoryBrief, QuestionKind, ScheduleBlock } from '../sim/mind';
import type { Conversation } from '../sim/world/conversation';
import type { World } from '../sim/world/world';

/** What a "why?" asks about: an agent's current action, a conversation line, or a memory. */
export type WhyTarget =
  | { kind: 'action' }
  | { kind: 'line'; conversationId: string; index: number }
  | { kind: 'memory'; memoryId: string };

/** Something a link points at, for the page to open. */
export type WhyRef =
  | { kind: 'person'; agentId: string }
  | { kind: 'memory'; agentId: string; memoryId: string }
  | { kind: 'conversation'; agentId: string; conversationId: string }
  | { kind: 'call'; agentId: string | null; opId: string };

/** A run of a link's sentence: plain text, or text that opens `ref`. */
export type WhyPart = string | { text: string; ref: WhyRef };

/** What a link of the chain states (its sentence is built from the same facts). */
export type WhyLinkKind =
  | 'action'
  | 'line'
  | 'plan'
  | 'planChange'
  | 'event'
  | 'heard'
  | 'told'
  | 'saw'
  | 'announced'
  | 'whisper'
  | 'seed'
  | 'accepted'
  | 'declined'
  | 'talk'
  | 'reflection'
  | 'evidence'
  | 'memory';

/** One link: a fact, when it happened, and its sentence in runs of text and links. */
export interface WhyLink {
  kind: WhyLinkKind;
  /** Step it happened at (null: no time, e.g. known from the start). */
  step: number | null;
  /** "day 1 at 10:05" (empty when `step` is null). */
  when: string;
  parts: WhyPart[];
  /** Nesting under the link before (evidence of a reflection, the origin of a share). */
  depth: number;
}

/**
 * A memory the mind call was given, with the three retrieval components min-max normalised over
 * the call's memories (0–1, as retrieval normalises over its candidates; 0.5 when all are equal).
 */
export interface WhyMemory {
  id: string;
  type: MemoryType;
  description: string;
  /** Importance as rated, 1–10 (0: not rated yet when asked). */
  rating: number;
  /** Game minutes since it was made, at the call. */
  ageMinutes: number;
  recency: number;
  importance: number;
  /** Closeness in meaning to what is explained (null: nothing to compare, or not embedded). */
  relevance: number | null;
  /**
   * True: the three scores are retrieval's own, recorded with the call (relevance to the query it
   * ran). False: estimated from the brief (recency from age, relevance to what is explained).
   */
  retrieved: boolean;
  /** Still in its owner's memory (a link can open it). */
  kept: boolean;
}

/** The mind call behind the thing explained. */
export interface WhyCall {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  step: number;
  when: string;
  /** Whose memories the call was given (the speaker of a line, else the one asking). */
  ownerId: string | null;
  /** What relevance is measured against ("the plan"), when it is measured. */
  relevanceTo: string | null;
  memories: WhyMemory[];
  /** How many memories the call was given in all (`memories` holds the first few). */
  memoryCount: number;
}

/** A plain-language chain: why someone does, says or thinks something. */
export interface WhyChain {
  agentId: string;
  name: string;
  /** One-line title ("Why is Ana at the bakery?"). */
  title: string;
  links: WhyLink[];
  /** The mind call behind it, when it is still in the log (live towns only). */
  call: WhyCall | null;
  /** Op id of that call even when the log no longer has it. */
  opId: string | null;
}

/*
 * Plain-language "why?": a chain of links built from structured provenance only — op ids on
 * actions, lines and memories, `source` on heard memories, `evidence` on reflections, plan
 * memories and event data. Each link's sentence is made here from those facts; nothing is ever
 * read back from a sentence.
 */

/** A mind call as the worker's call log keeps it (the fields this module reads). */
export interface CallInfo {
  opId: string;
  agentId: string | null;
  kind: QuestionKind;
  step: number;
  req: unknown;
  result: unknown;
}

/** The worker's call log, seen through what a chain needs (null in a replay: no log). */
export interface CallSource {
  find(opId: string, agentId?: string | null): CallInfo | undefined;
  /** An agent's decisions, oldest first. */
  forAgent(agentId: string | null, routine: boolean): CallInfo[];
}

/** Memories of a call listed with their scores (the rest are counted). */
export const CALL_MEMORIES_SHOWN = 8;
/** How far a told-by chain is followed back (teller of the teller …). */
const MAX_HOPS = 4;
/** Evidence memories listed under a reflection. */
const EVIDENCE_SHOWN = 6;

/** "day 1 at 10:05". */
export function whenLabel(world: World, step: number): string {
  const t = gameTime(step, world.firstWeekday);
  return `day ${t.day} at ${formatClock(t.minuteOfDay)}`;
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 140 ? `${t.slice(0, 139)}…` : t}”`;
}

/** Builds one chain; knows the world, the subject and the call log. */
class ChainBuilder {
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
function announced(n: MemoryNode): boolean {
  return n.type === 'event' && !!n.event && !n.source && !n.seen && !n.subjectId;
}

function allConversations(world: World): Conversation[] {
  return [...world.conversations, ...world.openConversations.values()];
}

/** The teller's own memory of what they told: the share cited on the line, else the same news. */
function tellerMemory(
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
function eventOfBlock(agent: Agent, block: ScheduleBlock, sector: string | undefined, day: number) {
  for (const n of agent.memory.nodes) {
    const e: EventInfo | undefined = n.event;
    if (!e || e.day !== day || (sector && e.place.sector !== sector)) continue;
    const end = block.startMinute + block.durationMin;
    if (block.startMinute < e.endHour * 60 && end > e.startHour * 60) return { event: e, node: n };
  }
  return undefined;
}

/** The block of the plan under way at `minute`. */
function blockAt(blocks: ScheduleBlock[], minute: number): ScheduleBlock | undefined {
  return [...blocks]
    .reverse()
    .find((b) => minute >= b.startMinute && minute < b.startMinute + b.durationMin);
}

function hourLabel(minute: number): string {
  return formatClock(minute % (24 * 60));
}

function actionChain(b: ChainBuilder, agent: Agent): string {
  const world = b.world;
  const a = agent.s.action;
  const me = b.person(agent.id);
  const where = a.address?.sector;
  const chat = agent.s.chat;
  if (a.kind === 'chat' && chat) {
    b.add(
      'action',
      a.startStep,
      0,
      me,
      ' is ',
      b.conversation(agent.id, chat.conversationId, 'talking'),
      ' with ',
      b.person(chat.partnerId),
      ` since ${b.at(a.startStep)}.`,
    );
    const conv = allConversations(world).find((c) => c.id === chat.conversationId);
    if (conv) talkLink(b, conv, 0);
    return `Why is ${firstName(agent.name)} talking?`;
  }
  b.add(
    'action',
    a.startStep,
    0,
    me,
    ` is ${a.description}`,
    where ? ` at ${where}` : '',
    ` since ${b.at(a.startStep)}`,
    ...b.call(a.opId, agent.id, 'how it was chosen'),
    '.',
  );
  if (a.kind === 'sleep') {
    const p = agent.persona;
    b.add(
      'plan',
      null,
      0,
      'It is ',
      me,
      `’s time for bed: ${firstName(agent.name)} sleeps from ${hourLabel(p.sleepHour * 60)} to ${hourLabel(p.wakeHour * 60)}.`,
    );
    return `Why is ${firstName(agent.name)} asleep?`;
  }
  const plan = agent.s.plan;
  // The block the action was started from (a new block may begin before the action ends).
  const t = gameTime(Math.max(a.startStep, world.step - 1), world.firstWeekday);
  const started = gameTime(a.startStep, world.firstWeekday);
  const block = plan
    ? (blockAt(plan.blocks, started.day === t.day ? started.minuteOfDay : t.minuteOfDay) ??
      blockAt(plan.blocks, t.minuteOfDay))
    : undefined;
  if (!plan || !block) {
    b.add('plan', null, 0, 'Nothing is planned for now, so ', me, ' takes a short break.');
    return `Why is ${firstName(agent.name)} idle?`;
  }
  const sector = block.place?.sector ?? where;
  b.add(
    'plan',
    null,
    0,
    'Because ',
    me,
    ` planned ${quote(block.activity)} from ${hourLabel(block.startMinute)} to ${hourLabel(block.startMinute + block.durationMin)}`,
    sector ? ` at ${sector}` : '',
    '.',
  );
  const joint = jointPlans(world, agent, t.day).find(
    (j) => j.startMinute === block.startMinute && j.place.sector === sector,
  );
  if (joint)
    b.add(
      'accepted',
      null,
      1,
      'It is a standing arrangement with ',
      b.person(joint.partnerId),
      `: ${quote(joint.activity)}.`,
    );
  const ev = eventOfBlock(agent, block, sector, t.day);
  if (ev) {
    const host = ev.event.hostId === agent.id;
    b.add(
      'event',
      null,
      1,
      `It is for ${ev.event.what}`,
      host ? '' : ', hosted by ',
      host ? '' : b.person(ev.event.hostId),
      `, on day ${ev.event.day} from ${hourLabel(ev.event.startHour * 60)} to ${hourLabel(ev.event.endHour * 60)}.`,
    );
    const first = agent.memory.nodes.find((n) => n.event?.id === ev.event.id) ?? ev.node;
    b.origin(agent, first, 1);
    const accepted = agent.memory.nodes.find(
      (n) => n.type === 'plan' && n.created >= first.created,
    );
    if (accepted && first.created > world.startStep)
      b.add(
        'accepted',
        accepted.created,
        1,
        me,
        ' accepted and ',
        b.memory(agent, accepted, 'planned it'),
        ` on ${b.at(accepted.created)}.`,
      );
  }
  const made = b.planBefore(agent, a.startStep);
  if (made) b.plan(agent, made, 1, 'The schedule is from when ');
  return `Why is ${firstName(agent.name)} ${a.description}?`;
}

/** Why two people were talking: who decided to, and what they said about it. */
function talkLink(b: ChainBuilder, conv: Conversation, depth: number): void {
  const [first, second] = conv.participants;
  const decision = b.calls
    ? [first, second]
        .flatMap((id) => b.calls!.forAgent(id, false))
        .filter(
          (c) =>
            c.kind === 'decideToTalk' &&
            c.step <= conv.startStep &&
            (c.result as { talk?: boolean } | null)?.talk === true &&
            conv.participants.includes(
              (c.req as { partner?: { id?: string } } | null)?.partner?.id ?? '',
            ),
        )
        .sort((x, y) => y.step - x.step)[0]
    : undefined;
  const asker =
    (decision?.req as { agent?: { id?: string } } | null)?.agent?.id ?? decision?.agentId ?? first;
  const other = asker === first ? second : first;
  const reason = (decision?.result as { reason?: string } | null)?.reason;
  b.add(
    'talk',
    conv.startStep,
    depth,
    b.person(asker),
    ' decided to talk to ',
    b.person(other),
    ` at ${conv.place} on ${b.at(conv.startStep)}`,
    reason ? `: ${quote(reason)}` : '.',
    ...b.call(decision?.opId, decision?.agentId ?? null),
  );
}

function lineChain(
  b: ChainBuilder,
  conv: Conversation,
  index: number,
): { title: string; speaker: Agent } | null {
  const line = conv.lines[index];
  const speaker = line ? b.world.agent(line.speakerId) : undefined;
  if (!line || !speaker) return null;
  const listenerId = conv.participants.find((p) => p !== speaker.id) ?? speaker.id;
  b.add(
    'line',
    line.step,
    0,
    b.person(speaker.id),
    ` said ${quote(line.text)} to `,
    b.person(listenerId),
    ' in ',
    b.conversation(speaker.id, conv.id, 'their conversation'),
    ` at ${conv.place}.`,
  );
  for (const share of line.shares ?? []) {
    const mine = share.memoryId ? speaker.memory.get(share.memoryId) : undefined;
    b.add(
      'told',
      line.step,
      1,
      b.person(speaker.id),
      ' was passing on what they knew: ',
      mine ? b.memory(speaker, mine, quote(share.gist)) : quote(share.gist),
    );
    if (mine) b.origin(speaker, mine, 2);
  }
  talkLink(b, conv, 0);
  return { title: `Why did ${firstName(speaker.name)} say that?`, speaker };
}

function memoryChain(b: ChainBuilder, agent: Agent, node: MemoryNode): string {
  const name = firstName(agent.name);
  if (node.type === 'plan') {
    b.plan(agent, node, 0, '');
    return `Why did ${name} plan this?`;
  }
  if (node.type === 'thought' && node.evidence.length) {
    b.origin(agent, node, 0);
    b.add('evidence', null, 0, 'It rests on these memories:');
    for (const id of node.evidence.slice(0, EVIDENCE_SHOWN)) {
      const ev = agent.memory.get(id);
      if (!ev) continue;
      b.origin(agent, ev, 1);
    }
    const more = node.evidence.length - EVIDENCE_SHOWN;
    if (more > 0) b.add('evidence', null, 1, `… and ${more} more.`);
    return `Why does ${name} think this?`;
  }
  if (node.type === 'chat' && node.chatId) {
    b.origin(agent, node, 0);
    const conv = allConversations(b.world).find((c) => c.id === node.chatId);
    if (conv) talkLink(b, conv, 1);
    return `Where does ${name}’s memory come from?`;
  }
  b.origin(agent, node, 0);
  return `Where does ${name}’s memory come from?`;
}

/** Cosine of two embedded memories (null when either is not embedded or dims differ). */
function similarity(a: Agent, aId: string, b: Agent, bId: string): number | null {
  const sa = a.memory;
  const sb = b.memory;
  const i = sa.indexOf(aId);
  const j = sb.indexOf(bId);
  if (i < 0 || j < 0 || !sa.isEmbedded(i) || !sb.isEmbedded(j) || sa.dim !== sb.dim) return null;
  const ma = sa.embeddingMatrix();
  const mb = sb.embeddingMatrix();
  let dot = 0;
  for (let k = 0; k < sa.dim; k++) dot += (ma[i * sa.dim + k] ?? 0) * (mb[j * sb.dim + k] ?? 0);
  return Math.max(0, Math.min(1, dot));
}

/** What relevance is measured against: a memory of the chain's subject (or the listener's). */
interface RelevanceTarget {
  agent: Agent;
  memoryId: string;
  label: string;
}

/** Min-max normalises to 0–1 (0.5 when all are equal), as retrieval does. */
function minMax(values: number[]): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => (hi - lo > 1e-12 ? (v - lo) / (hi - lo) : 0.5));
}

/** Whose memories a call was given: a line's speaker, else the person asked about. */
function memoryOwner(world: World, rec: CallInfo): Agent | undefined {
  const req = rec.req as { speaker?: { id?: string }; agent?: { id?: string } } | null;
  const id = req?.speaker?.id ?? req?.agent?.id ?? rec.agentId;
  return id ? world.agent(id) : undefined;
}

/** The call behind the thing, with its memories and their three components. */
function callView(
  world: World,
  calls: CallSource | null,
  opId: string | undefined,
  subject: Agent,
  target: RelevanceTarget | null,
): WhyCall | null {
  if (!calls || !opId) return null;
  const rec = calls.find(opId, subject.id);
  if (!rec) return null;
  const owner = memoryOwner(world, rec);
  const raw = (rec.req as { memories?: unknown } | null)?.memories;
  const briefs = owner && Array.isArray(raw) ? (raw as MemoryBrief[]) : [];
  const decay = briefs.map((m) => Math.pow(RECENCY_DECAY_PER_HOUR, m.ageMinutes / 60));
  const sims = briefs.map((m) =>
    owner && target ? similarity(owner, m.id, target.agent, target.memoryId) : null,
  );
  const known = sims.filter((v): v is number => v !== null);
  const rec01 = minMax(decay);
  const imp01 = minMax(briefs.map((m) => m.importance));
  const rel01 = known.length ? minMax(sims.map((v) => v ?? Math.min(...known))) : [];
  // Retrieval's own scores where the call recorded them; otherwise an estimate from the brief.
  const scored: WhyMemory[] = briefs.map((m, i) => ({
    id: m.id,
    type: m.type,
    description: m.description,
    rating: m.importance,
    ageMinutes: m.ageMinutes,
    recency: m.retrieval?.recency ?? rec01[i] ?? 0.5,
    importance: m.retrieval?.importance ?? imp01[i] ?? 0.5,
    relevance: m.retrieval ? m.retrieval.relevance : sims[i] === null ? null : (rel01[i] ?? 0.5),
    retrieved: m.retrieval !== undefined,
    kept: owner?.memory.get(m.id) !== undefined,
  }));
  const total = (m: WhyMemory) => m.recency + m.importance + (m.relevance ?? 0);
  const shown = [...scored].sort((x, y) => total(y) - total(x)).slice(0, CALL_MEMORIES_SHOWN);
  return {
    opId,
    agentId: rec.agentId,
    kind: rec.kind,
    step: rec.step,
    when: whenLabel(world, rec.step),
    ownerId: owner?.id ?? null,
    relevanceTo: known.length ? (target?.label ?? null) : null,
    memories: shown,
    memoryCount: briefs.length,
  };
}

/**
 * A plain-language why-chain for `agentId`'s current action, one conversation line, or one
 * memory; null when the thing no longer exists. `calls` adds the mind call's memories and the
 * decision to talk (live towns); without it the chain is built from the town alone.
 */
export function buildWhyChain(
  world: World,
  agentId: string,
  target: WhyTarget,
  calls: CallSource | null,
): WhyChain | null {
  const agent = world.agent(agentId);
  if (!agent) return null;
  const b = new ChainBuilder(world, calls);
  let title: string;
  let subject = agent;
  let opId: string | undefined;
  let rel: RelevanceTarget | null = null;
  if (target.kind === 'action') {
    title = actionChain(b, agent);
    const plan =
      agent.s.action.kind === 'act' ? b.planBefore(agent, agent.s.action.startStep) : undefined;
    // The plan's call holds the memories the day was planned from; the action's own call (the
    // breakdown of a block) has none.
    opId = plan?.opId ?? agent.s.action.opId;
    if (plan) rel = { agent, memoryId: plan.id, label: 'the plan' };
  } else if (target.kind === 'line') {
    const conv = allConversations(world).find((c) => c.id === target.conversationId);
    const made = conv ? lineChain(b, conv, target.index) : null;
    if (!conv || !made) return null;
    title = made.title;
    subject = made.speaker;
    const line = conv.lines[target.index];
    opId = line?.opId;
    const summary = subject.memory.nodes.find((n) => n.chatId === conv.id);
    if (summary) rel = { agent: subject, memoryId: summary.id, label: 'the conversation' };
  } else {
    const node = agent.memory.get(target.memoryId);
    if (!node) return null;
    title = memoryChain(b, agent, node);
    opId = node.opId;
    rel = { agent, memoryId: node.id, label: 'this memory' };
  }
  return {
    agentId: subject.id,
    name: subject.name,
    title,
    links: b.links,
    call: callView(world, calls, opId, subject, rel),
    opId: opId ?? null,
  };
}
