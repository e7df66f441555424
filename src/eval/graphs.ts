import type { EventInfo, Storyline } from '../sim/agent/persona';
import { formatClock, gameTime, stepAt } from '../sim/clock';
import type { MemoryNode } from '../sim/memory/node';
import type { World } from '../sim/world/world';
import { carries, storylineNews } from './knowledge';
import { measureStorylines } from './social';
import type { ToldEdge } from './types';

/*
 * The dashboard's graphs, built from a world (pure; the worker answers with them): who is close
 * to whom, who told whom each storyline, and the town's notable moments.
 */

// ---------------------------------------------------------------------------------------------
// Relationship graph

/** What a relationship is, read from its own words (generic English; a town's author writes them). */
export type RelationKind =
  'partner' | 'family' | 'colleague' | 'neighbour' | 'friend' | 'regular' | 'met' | 'other';

/** Most specific first: when two people describe each other differently, the first kind wins. */
export const RELATION_KINDS: readonly RelationKind[] = [
  'partner',
  'family',
  'colleague',
  'neighbour',
  'friend',
  'regular',
  'other',
  'met',
];

const KIND_WORDS: [RelationKind, RegExp][] = [
  ['partner', /\b(wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|spouse)\b/i],
  [
    'family',
    /\b(mother|father|mum|mom|dad|son|daughter|brother|sister|grand(mother|father|son|daughter|ma|pa|child)|aunt|uncle|niece|nephew|cousin|parent|child|sibling|in-law|twin)\b/i,
  ],
  [
    'colleague',
    /\b(colleague|co-?worker|boss|employer|employee|works (for|with|at)|assistant|apprentice|staff|student|pupil|teacher|teaching|professor|supervisor|crew|team|partner in)\b/i,
  ],
  ['neighbour', /\bneighbou?rs?\b/i],
  ['friend', /\b(friends?|mate|pal|classmate|teammate|companion)\b/i],
  ['regular', /\b(regular|customer|client|patron|supplier|buys|sells|shop ?keeper)\b/i],
  ['met', /\bmet\b/i],
];

/** The kind of a relationship from its `relation` text ("my older sister" → family). */
export function relationKind(relation: string): RelationKind {
  for (const [kind, words] of KIND_WORDS) if (words.test(relation)) return kind;
  return 'other';
}

/** One pair of people who know each other (either side may know the other). */
export interface RelationEdge {
  /** The two ids, `a < b`. */
  a: string;
  b: string;
  /** Mean closeness of the sides that know the other, −1 … 1. */
  closeness: number;
  kind: RelationKind;
  /** Conversations they had (the larger count of the two sides). */
  talked: number;
}

export interface RelationGraph {
  edges: RelationEdge[];
  /** Pairs left out (weaker than the edges sent). */
  hidden: number;
}

/** How strong a tie looks on the graph: closeness either way, then talk. */
function strength(e: RelationEdge): number {
  return Math.abs(e.closeness) + Math.min(e.talked, 10) * 0.02 + (e.kind === 'met' ? 0 : 0.05);
}

/**
 * Everyone's relationships as undirected edges, strongest first: at most `maxEdges`, and none
 * weaker than `minStrength` (|closeness| plus a little for talk and a named relation).
 */
export function relationshipGraph(
  world: World,
  opts: { maxEdges?: number; minStrength?: number } = {},
): RelationGraph {
  const pairs = new Map<string, RelationEdge & { sides: number }>();
  for (const agent of world.agents)
    for (const [otherId, r] of Object.entries(agent.s.relationships)) {
      if (otherId === agent.id || !world.agent(otherId)) continue;
      const [a, b] = agent.id < otherId ? [agent.id, otherId] : [otherId, agent.id];
      const key = `${a} ${b}`;
      const kind = relationKind(r.relation);
      const cur = pairs.get(key);
      if (!cur) {
        pairs.set(key, { a, b, closeness: r.closeness, kind, talked: r.timesTalked, sides: 1 });
        continue;
      }
      cur.closeness = (cur.closeness * cur.sides + r.closeness) / (cur.sides + 1);
      cur.sides++;
      cur.talked = Math.max(cur.talked, r.timesTalked);
      if (RELATION_KINDS.indexOf(kind) < RELATION_KINDS.indexOf(cur.kind)) cur.kind = kind;
    }
  const all = [...pairs.values()]
    .map(({ a, b, closeness, kind, talked }) => ({
      a,
      b,
      closeness: Math.round(closeness * 100) / 100,
      kind,
      talked,
    }))
    .sort((x, y) => strength(y) - strength(x) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const min = opts.minStrength ?? 0;
  const kept = all.filter((e) => strength(e) >= min).slice(0, opts.maxEdges ?? all.length);
  return { edges: kept, hidden: all.length - kept.length };
}

// ---------------------------------------------------------------------------------------------
// Told-by cascades

export interface StorylineInfo {
  id: string;
  /** A short name ("the bake sale"), else its id. */
  label: string;
  seedAgentId: string;
  /** People who know it from memory now (seed included). */
  knowers: number;
}

export interface ToldByEdge extends ToldEdge {
  storylineId: string;
}

export interface ToldByGraph {
  storylines: StorylineInfo[];
  /** Tellings of the storyline asked for (all storylines when none), oldest first. */
  edges: ToldByEdge[];
}

/** Who told whom each storyline (or one), with hops and the conversation of each telling. */
export function toldByGraph(world: World, storylineId?: string): ToldByGraph {
  const metrics = measureStorylines(world, null);
  const n = world.agents.length;
  const storylines = world.storylines.map((s) => ({
    id: s.id,
    label: s.label ?? s.id,
    seedAgentId: s.seedAgentId,
    knowers: Math.round((metrics[s.id]?.toldFraction ?? 0) * n),
  }));
  const edges = world.storylines
    .filter((s) => !storylineId || s.id === storylineId)
    .flatMap((s) => (metrics[s.id]?.chains ?? []).map((e) => ({ ...e, storylineId: s.id })));
  return { storylines, edges };
}

// ---------------------------------------------------------------------------------------------
// Timeline of notable moments

export type MomentKind =
  'news' | 'accepted' | 'declined' | 'replan' | 'reflection' | 'announcement' | 'whisper';

export const MOMENT_KINDS: readonly MomentKind[] = [
  'news',
  'accepted',
  'declined',
  'replan',
  'reflection',
  'announcement',
  'whisper',
];

export interface Moment {
  /** Stable id (for lists and tests). */
  id: string;
  kind: MomentKind;
  step: number;
  /** "Day 2 17:05". */
  time: string;
  /** People in it, the one it is about first (teller before listener). */
  people: string[];
  /** What happened, in the agents' own words where there are any. */
  text: string;
  /** Sector it happened in, when known. */
  place?: string;
  storylineIds: string[];
  /** The conversation it happened in (news). */
  conversationId?: string;
  /** People in it beyond those listed. */
  morePeople?: number;
}

/** People named per moment in a timeline answer. */
export const MAX_PEOPLE = 8;

export interface TimelineFilter {
  agentId?: string;
  place?: string;
  storylineId?: string;
  kinds?: MomentKind[];
  /** At most this many moments (newest first). */
  limit: number;
}

export interface Timeline {
  moments: Moment[];
  /** Moments matching the filter (before the limit). */
  total: number;
  /** Every place a moment happened in (for a filter). */
  places: string[];
  storylines: { id: string; label: string }[];
}

function timeLabel(step: number, world: World): string {
  const t = gameTime(step, world.firstWeekday);
  return `Day ${t.day} ${formatClock(t.minuteOfDay)}`;
}

/** "Corner Bakery, kitchen" → "Corner Bakery" (a conversation's place is "sector, arena" or a word). */
function sectorOf(place: string): string {
  return place.split(',')[0].trim();
}

/** Lower-case words of a storyline an observation or thought must all mention. */
function mentionsStory(text: string, story: Storyline): boolean {
  const low = text.toLowerCase();
  return story.knowsIfMentions.every((w) => low.includes(w.toLowerCase()));
}

/** "a book swap at …" → "book swap at …": how a plan would name the event. */
function eventPhrase(e: EventInfo): string {
  return e.what.toLowerCase().replace(/^(a|an|the|our|my)\s+/, '');
}

/** Every notable moment of the run so far (unfiltered, unsorted). */
export function allMoments(world: World): Moment[] {
  const news = new Map(world.storylines.map((s) => [s.id, storylineNews(world, s)]));
  const storiesOf = (n: Pick<MemoryNode, 'event' | 'news'>, text: string): string[] =>
    world.storylines
      .filter((s) => carries(n as MemoryNode, s, news.get(s.id) ?? null) || mentionsStory(text, s))
      .map((s) => s.id);
  const out: Moment[] = [];
  const at = (step: number) => ({ step, time: timeLabel(step, world) });

  // News passed on in conversation: one moment per conversation and piece of news.
  for (const c of world.conversations) {
    const seen = new Set<string>();
    for (const l of c.lines) {
      if (l.step > world.step) continue;
      for (const sh of l.shares ?? []) {
        if (seen.has(sh.gist)) continue;
        seen.add(sh.gist);
        const listener = c.participants[0] === l.speakerId ? c.participants[1] : c.participants[0];
        out.push({
          id: `news:${c.id}:${seen.size}`,
          kind: 'news',
          ...at(l.step),
          people: [l.speakerId, listener],
          text: sh.gist,
          place: sectorOf(c.place),
          storylineIds: storiesOf({ event: sh.event, news: sh.news }, sh.gist),
          conversationId: c.id,
        });
      }
    }
  }

  // Announcements reach many people at once: one moment per announcement.
  const announced = new Map<string, Moment>();
  for (const agent of world.agents)
    for (const n of agent.memory.nodes) {
      if (n.created > world.step) break;
      if (n.type === 'event' && n.keywords.includes('announcement')) {
        const key = `${n.created} ${n.description}`;
        const cur = announced.get(key);
        if (cur) cur.people.push(agent.id);
        else
          announced.set(key, {
            id: `announcement:${agent.id}:${n.id}`,
            kind: 'announcement',
            ...at(n.created),
            people: [agent.id],
            text: n.description,
            storylineIds: storiesOf(n, n.description),
          });
      } else if (n.type === 'thought' && n.keywords.includes('inner voice')) {
        out.push({
          id: `whisper:${agent.id}:${n.id}`,
          kind: 'whisper',
          ...at(n.created),
          people: [agent.id],
          text: n.description,
          storylineIds: storiesOf(n, n.description),
        });
      } else if (n.type === 'thought' && n.evidence.length) {
        out.push({
          id: `reflection:${agent.id}:${n.id}`,
          kind: 'reflection',
          ...at(n.created),
          people: n.subjectId && n.subjectId !== agent.id ? [agent.id, n.subjectId] : [agent.id],
          text: n.description,
          storylineIds: storiesOf(n, n.description),
        });
      }
    }
  out.push(...announced.values());

  out.push(...planChanges(world, at, (text) => storiesOf({}, text)));
  out.push(...invitations(world, at));
  return out;
}

/** Plans made again during a day (the first plan of each day is the day's routine plan). */
function planChanges(
  world: World,
  at: (step: number) => { step: number; time: string },
  storiesOf: (text: string) => string[],
): Moment[] {
  const out: Moment[] = [];
  for (const agent of world.agents) {
    let day = -1;
    for (const n of agent.memory.nodes) {
      if (n.created > world.step) break;
      if (n.type !== 'plan') continue;
      const d = gameTime(n.created, world.firstWeekday).day;
      if (d !== day) {
        day = d;
        continue;
      }
      out.push({
        id: `replan:${agent.id}:${n.id}`,
        kind: 'replan',
        ...at(n.created),
        people: [agent.id],
        text: n.description,
        storylineIds: storiesOf(n.description),
      });
    }
  }
  return out;
}

/**
 * Invitations taken up or not, from plans: someone who knew of an event (not its host) accepted
 * when a plan made after hearing names it; declined when it is over and no such plan did.
 */
function invitations(world: World, at: (step: number) => { step: number; time: string }): Moment[] {
  const out: Moment[] = [];
  for (const story of world.storylines) {
    if (!story.eventId) continue;
    for (const agent of world.agents) {
      const heard = agent.memory.nodes.find(
        (n) => n.event?.id === story.eventId && n.created <= world.step,
      );
      const event = heard?.event;
      if (!heard || !event || event.hostId === agent.id) continue;
      const start = stepAt(event.day, event.startHour * 60);
      const end = stepAt(event.day, event.endHour * 60);
      if (heard.created >= end) continue;
      const phrase = eventPhrase(event);
      const place = event.place.sector.toLowerCase();
      const plan = agent.memory.nodes.find((n) => {
        if (n.type !== 'plan' || n.created < heard.created || n.created >= end) return false;
        if (n.created > world.step) return false;
        const low = n.description.toLowerCase();
        return low.includes(phrase) || (mentionsStory(low, story) && low.includes(place));
      });
      const base = {
        people: [agent.id, event.hostId],
        place: event.place.sector,
        storylineIds: [story.id],
      };
      if (plan)
        out.push({
          id: `accepted:${story.id}:${agent.id}`,
          kind: 'accepted',
          ...at(plan.created),
          ...base,
          text: `Plans to go to ${event.what}: ${plan.description}`,
        });
      else if (world.step >= end)
        out.push({
          id: `declined:${story.id}:${agent.id}`,
          kind: 'declined',
          ...at(start),
          ...base,
          text: `Knew of ${event.what} but made no plan to go`,
        });
    }
  }
  return out;
}

/** Notable moments matching a filter, newest first, at most `limit`. */
export function timeline(world: World, filter: TimelineFilter): Timeline {
  const all = allMoments(world);
  const places = [...new Set(all.flatMap((m) => (m.place ? [m.place] : [])))].sort();
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const matching = all
    .filter(
      (m) =>
        (!filter.agentId || m.people.includes(filter.agentId)) &&
        (!filter.place || m.place === filter.place) &&
        (!filter.storylineId || m.storylineIds.includes(filter.storylineId)) &&
        (!kinds || kinds.has(m.kind)),
    )
    .sort((a, b) => b.step - a.step || a.id.localeCompare(b.id));
  return {
    // An announcement may reach the whole town: name a few (the filter saw everyone).
    moments: matching.slice(0, Math.max(0, filter.limit)).map((m) =>
      m.people.length > MAX_PEOPLE
        ? {
            ...m,
            people: m.people.slice(0, MAX_PEOPLE),
            morePeople: m.people.length - MAX_PEOPLE,
          }
        : m,
    ),
    total: matching.length,
    places,
    storylines: world.storylines.map((s) => ({ id: s.id, label: s.label ?? s.id })),
  };
}
