/** The dashboard's timeline: the town's notable moments, built from a world (pure). */
import type { EventInfo, Storyline } from '../sim/agent/persona';
import { formatClock, gameTime, stepAt } from '../sim/clock';
import type { MemoryNode } from '../sim/memory/node';
import type { World } from '../sim/world/world';
import { carries, storylineNews } from './knowledge';
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
