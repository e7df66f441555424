/**
 * The export's tables, each a function of the world (live or replayed) at its current step.
 * Column order is part of the format (docs/data.md); add columns at the end.
 */
import type { Agent } from '../../sim/agent/agent';
import { formatClock, gameTime, stepAt } from '../../sim/clock';
import type { MemoryNode } from '../../sim/memory/node';
import type { Conversation } from '../../sim/world/conversation';
import type { World } from '../../sim/world/world';
import { measureStorylines } from '../social';
import type { Cell, Table } from './csv';

/** Day and clock of a step, or nulls for "none" (-1). */
function when(
  world: World,
  step: number,
): { step: number | null; day: number | null; clock: string | null } {
  if (step < 0) return { step: null, day: null, clock: null };
  const t = gameTime(step, world.firstWeekday);
  return { step, day: t.day, clock: formatClock(t.minuteOfDay) };
}

function table<C extends string>(
  name: string,
  columns: readonly C[],
  rows: Record<C, Cell>[],
): Table<C> {
  return { name, columns, rows };
}

function nameOf(world: World, id: string | undefined): string | null {
  if (!id) return null;
  return world.agent(id)?.name ?? null;
}

export const PEOPLE_COLUMNS = [
  'id',
  'name',
  'age',
  'occupation',
  'traits',
  'learned',
  'currently',
  'lifestyle',
  'wakeHour',
  'sleepHour',
  'homeSector',
  'homeArena',
  'workplaceSector',
  'workplaceArena',
  'workStartHour',
  'workEndHour',
  'hobbies',
  'nowSector',
  'nowArena',
  'nowAction',
  'memories',
  'acquaintances',
] as const;

export function peopleTable(world: World): Table {
  return table(
    'people',
    PEOPLE_COLUMNS,
    world.agents.map((a) => {
      const p = a.persona;
      const arena = world.map.arenaOf(a.s.tile);
      return {
        id: a.id,
        name: p.name,
        age: p.age,
        occupation: p.occupation,
        traits: p.traits,
        learned: p.learned,
        currently: p.currently,
        lifestyle: p.lifestyle,
        wakeHour: p.wakeHour,
        sleepHour: p.sleepHour,
        homeSector: p.home.sector,
        homeArena: p.home.arena ?? null,
        workplaceSector: p.workplace?.sector ?? null,
        workplaceArena: p.workplace?.arena ?? null,
        workStartHour: p.workHours?.[0] ?? null,
        workEndHour: p.workHours?.[1] ?? null,
        hobbies: p.hobbies.map((h) => h.activity),
        nowSector: arena?.sector ?? null,
        nowArena: arena?.name ?? null,
        nowAction: a.s.action.description,
        memories: a.memory.nodes.length,
        acquaintances: Object.keys(a.s.relationships).length,
      };
    }),
  );
}

/** The six kinds of memory, by what produced it (see src/sim/memory/node.ts). */
export function memoryKind(n: MemoryNode): string {
  if (n.type === 'event') return n.source ? 'heard' : 'perceived';
  if (n.type === 'thought') return n.evidence.length ? 'reflection' : 'inner';
  return n.type;
}

export const MEMORY_COLUMNS = [
  'id',
  'agentId',
  'type',
  'kind',
  'createdStep',
  'createdDay',
  'createdClock',
  'lastAccessedStep',
  'importance',
  'description',
  'sourceId',
  'subjectId',
  'keywords',
  'evidenceIds',
  'opId',
  'eventId',
  'news',
  'gist',
  'chatId',
] as const;

export function memoriesTable(world: World): Table {
  const rows: Record<(typeof MEMORY_COLUMNS)[number], Cell>[] = [];
  for (const a of world.agents)
    for (const n of a.memory.nodes) {
      const t = when(world, n.created);
      rows.push({
        id: n.id,
        agentId: a.id,
        type: n.type,
        kind: memoryKind(n),
        createdStep: t.step,
        createdDay: t.day,
        createdClock: t.clock,
        lastAccessedStep: n.lastAccessed,
        importance: n.importance,
        description: n.description,
        sourceId: n.source ?? null,
        subjectId: n.subjectId ?? null,
        keywords: n.keywords,
        evidenceIds: n.evidence,
        opId: n.opId ?? null,
        eventId: n.event?.id ?? null,
        news: n.news ?? null,
        gist: n.gist ?? null,
        chatId: n.chatId ?? null,
      });
    }
  return table('memories', MEMORY_COLUMNS, rows);
}

export const CONVERSATION_COLUMNS = [
  'conversationId',
  'place',
  'startStep',
  'startDay',
  'startClock',
  'endStep',
  'endDay',
  'endClock',
  'ongoing',
  'lineIndex',
  'step',
  'day',
  'clock',
  'speakerId',
  'speakerName',
  'listenerId',
  'listenerName',
  'text',
  'shares',
  'shareGists',
  'shareEventIds',
  'shareNews',
  'opId',
] as const;

/** Finished conversations, then those still being generated, in the order they started. */
export function allConversations(world: World): Conversation[] {
  return [...world.conversations, ...world.openConversations.values()];
}

/** Lines spoken by the world's step (later lines of a generated talk have not been heard yet). */
export function spokenLines(world: World, c: Conversation): Conversation['lines'] {
  return c.lines.filter((l) => l.step <= world.step);
}

export function conversationsTable(world: World): Table {
  const rows: Record<(typeof CONVERSATION_COLUMNS)[number], Cell>[] = [];
  for (const c of allConversations(world)) {
    const start = when(world, c.startStep);
    const end = when(world, c.endStep);
    spokenLines(world, c).forEach((l, i) => {
      const t = when(world, l.step);
      const listener = c.participants[0] === l.speakerId ? c.participants[1] : c.participants[0];
      const shares = l.shares ?? [];
      rows.push({
        conversationId: c.id,
        place: c.place,
        startStep: start.step,
        startDay: start.day,
        startClock: start.clock,
        endStep: end.step,
        endDay: end.day,
        endClock: end.clock,
        ongoing: world.step < c.endStep,
        lineIndex: i,
        step: t.step,
        day: t.day,
        clock: t.clock,
        speakerId: l.speakerId,
        speakerName: nameOf(world, l.speakerId),
        listenerId: listener,
        listenerName: nameOf(world, listener),
        text: l.text,
        shares: shares.length,
        shareGists: shares.map((s) => s.gist),
        shareEventIds: shares.flatMap((s) => (s.event ? [s.event.id] : [])),
        shareNews: shares.flatMap((s) => (s.news ? [s.news] : [])),
        opId: l.opId ?? null,
      });
    });
  }
  return table('conversations', CONVERSATION_COLUMNS, rows);
}

export const RELATIONSHIP_COLUMNS = [
  'agentId',
  'otherId',
  'relation',
  'closeness',
  'summary',
  'timesTalked',
  'knownFromStart',
  'sinceStep',
  'sinceDay',
  'sinceClock',
  'lastTalkStep',
  'lastTalkDay',
  'lastTalkClock',
] as const;

/** Each agent's view of each person it knows, now (relationships are one-sided). */
export function relationshipsTable(world: World): Table {
  const rows: Record<(typeof RELATIONSHIP_COLUMNS)[number], Cell>[] = [];
  for (const a of world.agents)
    for (const [otherId, r] of Object.entries(a.s.relationships)) {
      const since = when(world, r.since);
      const last = when(world, r.lastTalkStep);
      rows.push({
        agentId: a.id,
        otherId,
        relation: r.relation,
        closeness: r.closeness,
        summary: r.summary,
        timesTalked: r.timesTalked,
        knownFromStart: r.since < 0,
        sinceStep: since.step,
        sinceDay: since.day,
        sinceClock: since.clock,
        lastTalkStep: last.step,
        lastTalkDay: last.day,
        lastTalkClock: last.clock,
      });
    }
  return table('relationships', RELATIONSHIP_COLUMNS, rows);
}

export const RELATIONSHIP_DAILY_COLUMNS = [
  'day',
  'atStep',
  'atClock',
  'agentId',
  'otherId',
  'timesTalked',
  'lastTalkStep',
  'closenessNow',
] as const;

/**
 * Steps at which an agent's talks with each partner were summarised: the moments its
 * `timesTalked` went up (each talk leaves one chat memory naming the partner and conversation).
 */
function talkSteps(agent: Agent): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const n of agent.memory.nodes) {
    if (n.type !== 'chat' || !n.chatId || !n.subjectId) continue;
    const list = out.get(n.subjectId) ?? [];
    list.push(n.created);
    out.set(n.subjectId, list);
  }
  for (const list of out.values()) list.sort((x, y) => x - y);
  return out;
}

/**
 * Relationships at the end of every game day so far (the current day: now), rebuilt from what the
 * state holds: a pair appears from the day the agent knew the other; talks are counted from the
 * agent's conversation memories. Closeness is only kept as it is now.
 */
export function relationshipsDailyTable(world: World): Table {
  const rows: Record<(typeof RELATIONSHIP_DAILY_COLUMNS)[number], Cell>[] = [];
  const first = gameTime(world.startStep).day;
  const last = world.time.day;
  const talks = new Map(world.agents.map((a) => [a.id, talkSteps(a)]));
  for (let day = first; day <= last; day++) {
    const at = Math.min(stepAt(day + 1, 0) - 1, world.step);
    const clock = when(world, at).clock;
    for (const a of world.agents)
      for (const [otherId, r] of Object.entries(a.s.relationships)) {
        if (r.since > at) continue;
        const steps = (talks.get(a.id)?.get(otherId) ?? []).filter((s) => s <= at);
        rows.push({
          day,
          atStep: at,
          atClock: clock,
          agentId: a.id,
          otherId,
          timesTalked: steps.length,
          lastTalkStep: steps.length ? steps[steps.length - 1] : null,
          closenessNow: r.closeness,
        });
      }
  }
  return table('relationships_daily', RELATIONSHIP_DAILY_COLUMNS, rows);
}

export const STORYLINE_COLUMNS = [
  'id',
  'label',
  'seedAgentId',
  'eventId',
  'question',
  'knowsIfMentions',
  'toldNow',
  'sawOnlyNow',
  'hops',
] as const;

export const TOLD_BY_COLUMNS = [
  'storylineId',
  'fromId',
  'fromName',
  'toId',
  'toName',
  'step',
  'day',
  'clock',
  'hop',
  'conversationId',
] as const;

/** The storylines, and who told whom of each (`measureStorylines`' chains). */
export function storylineTables(world: World): { storylines: Table; toldBy: Table } {
  const measured = measureStorylines(world, null);
  const n = world.agents.length;
  const storylines: Record<(typeof STORYLINE_COLUMNS)[number], Cell>[] = [];
  const toldBy: Record<(typeof TOLD_BY_COLUMNS)[number], Cell>[] = [];
  for (const s of world.storylines) {
    const m = measured[s.id];
    storylines.push({
      id: s.id,
      label: s.label ?? null,
      seedAgentId: s.seedAgentId,
      eventId: s.eventId ?? null,
      question: s.question,
      knowsIfMentions: s.knowsIfMentions,
      toldNow: m ? Math.round(m.toldFraction * n) : null,
      sawOnlyNow: m ? Math.round(m.sawOnlyFraction * n) : null,
      hops: m?.hops ?? null,
    });
    for (const e of m?.chains ?? [])
      toldBy.push({
        storylineId: s.id,
        fromId: e.from,
        fromName: nameOf(world, e.from),
        toId: e.to,
        toName: nameOf(world, e.to),
        step: e.step,
        day: e.day,
        clock: e.clock,
        hop: e.hop,
        conversationId: e.conversationId ?? null,
      });
  }
  return {
    storylines: table('storylines', STORYLINE_COLUMNS, storylines),
    toldBy: table('told_by', TOLD_BY_COLUMNS, toldBy),
  };
}
