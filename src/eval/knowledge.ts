import type { Agent } from '../sim/agent/agent';
import type { Storyline } from '../sim/agent/persona';
import type { MemoryNode } from '../sim/memory/node';
import type { World } from '../sim/world/world';

/**
 * What an agent knows of a storyline, from its memory (never from its words): it knows when it
 * holds a memory carrying the storyline's event or news (seeded, told, announced); it only saw it
 * when an observation mentions the storyline's words but nobody told it.
 */
export interface StoryKnowledge {
  /** Step of the first memory that carries it (the seed agent knows from the start). */
  toldStep: number | null;
  /** The memory that carries it first (for reasons). */
  toldBy: string | null;
  /** Step of the first observation that mentions it. */
  sawStep: number | null;
}

/** The news tag of a storyline without an event: the seed agent's news that best matches it. */
export function storylineNews(world: World, story: Storyline): string | null {
  if (story.eventId) return null;
  const seed = world.agent(story.seedAgentId);
  const news = seed?.memory.nodes.filter((n) => n.news) ?? [];
  if (!news.length) return null;
  const words = story.knowsIfMentions.map((w) => w.toLowerCase());
  const score = (n: MemoryNode) =>
    words.filter((w) => `${n.description} ${n.gist ?? ''}`.toLowerCase().includes(w)).length;
  return [...news].sort((a, b) => score(b) - score(a))[0].news ?? null;
}

/** True when a memory carries the storyline. */
export function carries(n: MemoryNode, story: Storyline, news: string | null): boolean {
  return story.eventId ? n.event?.id === story.eventId : news !== null && n.news === news;
}

/** Knowledge of a storyline for one agent (whole run; compare steps to ask "by then?"). */
export function storyKnowledge(
  world: World,
  agent: Agent,
  story: Storyline,
  news: string | null,
): StoryKnowledge {
  const words = story.knowsIfMentions.map((w) => w.toLowerCase());
  let toldStep: number | null = agent.id === story.seedAgentId ? world.startStep : null;
  let toldBy: string | null = null;
  let sawStep: number | null = null;
  for (const n of agent.memory.nodes) {
    if (toldStep === null && carries(n, story, news)) {
      toldStep = n.created;
      toldBy = n.source ?? null;
    }
    if (
      sawStep === null &&
      n.type === 'event' &&
      !n.source &&
      words.every((w) => n.description.toLowerCase().includes(w))
    )
      sawStep = n.created;
    if (toldStep !== null && sawStep !== null) break;
  }
  return { toldStep, toldBy, sawStep };
}

/** Knows it (from memory) at a step. */
export function knowsAt(k: StoryKnowledge, step: number): boolean {
  return k.toldStep !== null && k.toldStep <= step;
}

/** Only saw it (no memory carries it) at a step. */
export function sawOnlyAt(k: StoryKnowledge, step: number): boolean {
  return !knowsAt(k, step) && k.sawStep !== null && k.sawStep <= step;
}

/** An answer shows knowledge of a storyline when it mentions every one of its words. */
export { answerShowsKnowledge as showsKnowledge } from '../sim/metrics';
