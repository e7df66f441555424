import type { Storyline } from '../sim/agent/persona';
import { formatClock, gameTime, STEPS_PER_HOUR, stepAt } from '../sim/clock';
import type { World } from '../sim/world/world';
import { carries, knowsAt, sawOnlyAt, storyKnowledge, storylineNews } from './knowledge';
import { SAMPLE_MINUTES, type BehaviourRecorder } from './recorder';
import type { DensityMetrics, StorylineMetrics, ToldEdge } from './types';

/** Minutes at an event's venue, during the event, that count as having come to it. */
export const ATTEND_MINUTES = 30;

/** Every whole game hour of the run so far (and the current step). */
function hours(world: World): number[] {
  const out: number[] = [];
  const first = Math.ceil(world.startStep / STEPS_PER_HOUR) * STEPS_PER_HOUR;
  for (let s = first; s <= world.step; s += STEPS_PER_HOUR) out.push(s);
  if (out[out.length - 1] !== world.step) out.push(world.step);
  return out;
}

/** Op id of a conversation line → the conversation, to link a telling to where it was told. */
function lineIndex(world: World): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of world.conversations) for (const l of c.lines) if (l.opId) map.set(l.opId, c.id);
  return map;
}

/** Who told whom, when, and how many hops from the seed: rebuilt from the listeners' memories. */
function chains(world: World, story: Storyline, news: string | null): ToldEdge[] {
  const convOf = lineIndex(world);
  const raw: { from: string; to: string; step: number; conversationId?: string }[] = [];
  for (const agent of world.agents) {
    const told = agent.memory.nodes.find((n) => n.source && carries(n, story, news));
    if (told?.source)
      raw.push({
        from: told.source,
        to: agent.id,
        step: told.created,
        conversationId: told.opId ? convOf.get(told.opId) : undefined,
      });
  }
  raw.sort((a, b) => a.step - b.step || a.to.localeCompare(b.to));
  const hop = new Map<string, number>([[story.seedAgentId, 0]]);
  return raw.map((e) => {
    const h = (hop.get(e.from) ?? 0) + 1;
    if (!hop.has(e.to)) hop.set(e.to, h);
    const t = gameTime(e.step, world.firstWeekday);
    return { ...e, hop: h, day: t.day, clock: formatClock(t.minuteOfDay) };
  });
}

function attendance(
  world: World,
  story: Storyline,
  rec: BehaviourRecorder | null,
): StorylineMetrics['attendance'] {
  if (!story.eventId || !rec) return undefined;
  const seed = world.agent(story.seedAgentId);
  const event = seed?.memory.nodes.find((n) => n.event?.id === story.eventId)?.event;
  if (!event) return undefined;
  const start = stepAt(event.day, event.startHour * 60);
  const end = stepAt(event.day, event.endHour * 60);
  if (rec.lastStep < end) return undefined;
  let invited = 0;
  let invitedPresent = 0;
  let uninvitedPresent = 0;
  const attendees: string[] = [];
  for (const agent of world.agents) {
    if (agent.id === event.hostId) continue;
    const knew = agent.memory.nodes.some((n) => n.event?.id === event.id && n.created < start);
    if (knew) invited++;
    const minutes =
      SAMPLE_MINUTES *
      (rec.samples.get(agent.id) ?? []).filter(
        (s) => s.step >= start && s.step < end && s.sector === event.place.sector,
      ).length;
    if (minutes < ATTEND_MINUTES) continue;
    attendees.push(agent.id);
    if (knew) invitedPresent++;
    else uninvitedPresent++;
  }
  return { invited, invitedPresent, uninvitedPresent, attendees };
}

/** Diffusion of every storyline: told vs only saw, hourly, chains and attendance. */
export function measureStorylines(
  world: World,
  rec: BehaviourRecorder | null,
): Record<string, StorylineMetrics> {
  const out: Record<string, StorylineMetrics> = {};
  const n = world.agents.length || 1;
  for (const story of world.storylines) {
    const news = storylineNews(world, story);
    const ks = world.agents.map((a) => storyKnowledge(world, a, story, news));
    const hourly = hours(world).map((step) => ({
      step,
      told: ks.filter((k) => knowsAt(k, step)).length,
      sawOnly: ks.filter((k) => sawOnlyAt(k, step)).length,
    }));
    const edges = chains(world, story, news);
    out[story.id] = {
      id: story.id,
      seedAgentId: story.seedAgentId,
      toldFraction: ks.filter((k) => knowsAt(k, world.step)).length / n,
      sawOnlyFraction: ks.filter((k) => sawOnlyAt(k, world.step)).length / n,
      hourly,
      hops: edges.reduce((m, e) => Math.max(m, e.hop), 0),
      chains: edges,
      attendance: attendance(world, story, rec),
    };
  }
  return out;
}

/**
 * Acquaintance density over time: a pair counts from the step either first knew the other (known
 * from the scenario counts from the start), as the paper's network density.
 */
export function measureDensity(world: World): DensityMetrics {
  const agents = world.agents;
  const pairs = (agents.length * (agents.length - 1)) / 2;
  const since: number[] = [];
  for (let i = 0; i < agents.length; i++)
    for (let j = i + 1; j < agents.length; j++) {
      const a = agents[i].s.relationships[agents[j].id];
      const b = agents[j].s.relationships[agents[i].id];
      const steps = [a, b].filter(Boolean).map((r) => Math.max(world.startStep, r!.since));
      if (steps.length) since.push(Math.min(...steps));
    }
  since.sort((a, b) => a - b);
  let k = 0;
  const hourly = hours(world).map((step) => {
    while (k < since.length && since[k] <= step) k++;
    return { step, density: pairs ? k / pairs : 0 };
  });
  return {
    start: hourly[0]?.density ?? 0,
    end: pairs ? since.length / pairs : 0,
    hourly,
  };
}
