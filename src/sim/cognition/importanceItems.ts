import type { Agent } from '../agent/agent';
import type { MemoryNode } from '../memory/node';
import type { ImportanceItem } from '../mind';
import type { World } from '../world/world';

/** Key of a sight: the same person (or object) doing the same thing. */
function sightKey(n: MemoryNode): string | null {
  return n.seen ? `${n.seen.subjectId ?? n.seen.object ?? ''}|${n.seen.action}` : null;
}

/** Whether a persona's own seed memories carry this news (the news is about them). */
function ownsNews(agent: Agent, news: string): boolean {
  return agent.persona.seedMemories.some((m) => m.news === news);
}

/** The teller's own memory of the same thing (same gist, event or news), for how much it mattered. */
function tellerImportance(teller: Agent, n: MemoryNode): number | null {
  let best: number | null = null;
  for (const m of teller.memory.nodes) {
    const same =
      (n.gist && m.gist === n.gist) ||
      (n.event && m.event?.id === n.event.id) ||
      (n.news && m.news === n.news);
    if (same && m.importance > 0) best = Math.max(best ?? 0, m.importance);
  }
  return best;
}

/**
 * New memories as structured items for `rateImportance`: who told it and how close they are, the
 * event or news it carries, whether it is an invitation or concerns the agent, what was seen and how
 * many times the same sight is already stored.
 */
export function importanceItems(world: World, agent: Agent, nodes: MemoryNode[]): ImportanceItem[] {
  // Count earlier sights once per batch (memory streams grow long; the batch is small).
  const counts = new Map<string, number>();
  const wanted = new Set(nodes.map(sightKey).filter((k): k is string => !!k));
  if (wanted.size) {
    for (const m of agent.memory.nodes) {
      const k = sightKey(m);
      if (k && wanted.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const seenSoFar = new Map<string, number>();
  return nodes.map((n) => {
    const item: ImportanceItem = { description: n.description, type: n.type };
    if (n.keywords.length) item.keywords = n.keywords;
    if (n.event) item.event = n.event;
    if (n.news) item.news = n.news;
    const about = n.subjectId ?? n.seen?.subjectId;
    const rel = about ? agent.s.relationships[about] : undefined;
    if (about)
      item.subjectRelation = rel ? { relation: rel.relation, closeness: rel.closeness } : null;
    const key = sightKey(n);
    if (n.seen && key) {
      item.seen = n.seen;
      // Sights are stored in order: this one's repeats are the earlier ones with the same key.
      const i = seenSoFar.get(key) ?? 0;
      seenSoFar.set(key, i + 1);
      const total = counts.get(key) ?? 1;
      const laterInBatch = nodes.filter((x) => sightKey(x) === key).length - 1 - i;
      item.repeats = Math.max(0, total - 1 - laterInBatch);
    }
    const teller = n.source ? world.agent(n.source) : undefined;
    if (teller) {
      const tr = agent.s.relationships[teller.id];
      item.source = {
        id: teller.id,
        relation: tr?.relation ?? null,
        closeness: tr?.closeness ?? 0,
        importance: tellerImportance(teller, n),
      };
      if (n.event?.hostId === teller.id) item.invitation = true;
      if (n.news && ownsNews(teller, n.news)) item.fromConcerned = true;
    }
    const mentionsMe = n.gist?.includes(agent.name) ?? false;
    if (n.event?.hostId === agent.id || (n.news && ownsNews(agent, n.news)) || mentionsMe)
      item.concernsSelf = true;
    return item;
  });
}
