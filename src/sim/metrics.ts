import type { Storyline } from './agent/persona';
import { interview } from './cognition/interview';
import type { Engine } from './engine';
import { stepAt } from './clock';
import type { World } from './world/world';

/**
 * Fraction of agent pairs where at least one knows the other (has a relationship record), as the
 * paper's acquaintance-network density.
 */
export function networkDensity(world: World): number {
  const n = world.agents.length;
  if (n < 2) return 0;
  let known = 0;
  world.agents.forEach((a, i) => {
    for (const b of world.agents.slice(i + 1))
      if (a.s.relationships[b.id] || b.s.relationships[a.id]) known++;
  });
  return known / ((n * (n - 1)) / 2);
}

export interface DiffusionResult {
  id: string;
  knowers: string[];
  fraction: number;
}

/** An answer shows knowledge when it mentions every one of the storyline's words. */
export function answerShowsKnowledge(story: Storyline, answer: string): boolean {
  const a = answer.toLowerCase();
  return story.knowsIfMentions.every((w) => a.includes(w.toLowerCase()));
}

/**
 * Information diffusion, measured as the paper did: each agent is interviewed with the storyline's
 * question (without altering it) and counted as knowing if its answer shows it. The seed agent knows.
 */
export async function measureDiffusion(engine: Engine): Promise<DiffusionResult[]> {
  const world = engine.world;
  return withoutTrace(world, async () => {
    const out: DiffusionResult[] = [];
    for (const story of world.storylines) {
      const answers = (await engine.run(
        world.agents.map((a) => ({
          agentId: a.id,
          gen: interview(world, a, story.question, false),
        })),
      )) as { answer: string }[];
      const knowers = world.agents
        .filter((a, i) => {
          const res = answers[i];
          return a.id === story.seedAgentId || (!!res && answerShowsKnowledge(story, res.answer));
        })
        .map((a) => a.id);
      out.push({ id: story.id, knowers, fraction: knowers.length / world.agents.length });
    }
    return out;
  });
}

/**
 * Runs a measurement (interviews without remembering) that is not part of the run: the ids it
 * uses and the mind calls it makes are put back, or a replay of the run's tape would drift.
 */
export async function withoutTrace<T>(world: World, fn: () => Promise<T>): Promise<T> {
  const nextId = world.nextId;
  const mindCalls = { ...world.stats.mindCalls };
  try {
    return await fn();
  } finally {
    world.nextId = nextId;
    world.stats.mindCalls = mindCalls;
  }
}

export interface AttendanceResult {
  eventId: string;
  /** Agents other than the host who knew of the event when it started. */
  invited: number;
  /** Of those, how many were at the venue during it. */
  attended: number;
  attendees: string[];
}

/** Steps at the venue during an event that count as having come to it (10 game minutes). */
export const ATTENDANCE_MIN_STEPS = 60;

/** Watches each step for agents at an event's venue during the event. */
export class AttendanceTracker {
  private invited = new Map<string, Set<string>>();
  /** Event id → agent id → steps present. */
  private present = new Map<string, Map<string, number>>();

  observe(world: World): void {
    for (const story of world.storylines) {
      if (!story.eventId) continue;
      const host = world.agent(story.seedAgentId);
      const event = host?.memory.nodes.find((n) => n.event?.id === story.eventId)?.event;
      if (!event) continue;
      const start = stepAt(event.day, event.startHour * 60);
      const end = stepAt(event.day, event.endHour * 60);
      if (world.step === start || (world.step > start && !this.invited.has(event.id))) {
        const knew = world.agents
          .filter(
            (a) => a.id !== event.hostId && a.memory.nodes.some((n) => n.event?.id === event.id),
          )
          .map((a) => a.id);
        this.invited.set(event.id, new Set(knew));
      }
      if (world.step < start || world.step >= end) continue;
      const steps = this.present.get(event.id) ?? new Map<string, number>();
      for (const a of world.agents) {
        const arena = world.map.arenaOf(a.s.tile);
        if (a.id !== event.hostId && arena?.sector === event.place.sector)
          steps.set(a.id, (steps.get(a.id) ?? 0) + 1);
      }
      this.present.set(event.id, steps);
    }
  }

  results(): AttendanceResult[] {
    return [...this.invited.entries()].map(([eventId, invited]) => {
      const attendees = [...(this.present.get(eventId) ?? [])]
        .filter(([id, steps]) => invited.has(id) && steps >= ATTENDANCE_MIN_STEPS)
        .map(([id]) => id);
      return { eventId, invited: invited.size, attended: attendees.length, attendees };
    });
  }
}
