import type { Agent } from '../agent/agent';
import { STEPS_PER_MINUTE } from '../clock';
import type { MemoryBrief, PartnerBrief, RelationshipBrief } from '../mind';
import type { MemoryNode } from '../memory/node';
import type { ScoredMemory } from '../memory/retrieve';
import type { World } from '../world/world';

/** A memory as a mind sees it. */
export function memoryBrief(node: MemoryNode, now: number): MemoryBrief {
  return {
    id: node.id,
    type: node.type,
    description: node.description,
    importance: node.importance,
    ageMinutes: Math.max(0, Math.round((now - node.created) / STEPS_PER_MINUTE)),
    subjectId: node.subjectId,
    source: node.source,
    event: node.event,
    news: node.news,
    gist: node.gist,
    evidence: node.evidence.length ? node.evidence : undefined,
    seen: node.seen,
    keywords: node.keywords.length ? node.keywords : undefined,
  };
}

/** A memory retrieval chose, with its three component scores. */
export function retrievedBrief(m: ScoredMemory, now: number): MemoryBrief {
  return {
    ...memoryBrief(m.node, now),
    retrieval: { recency: m.recency, importance: m.importance, relevance: m.relevance },
  };
}

export function partnerBrief(agent: Agent): PartnerBrief {
  return {
    id: agent.id,
    name: agent.name,
    occupation: agent.persona.occupation,
    action: agent.s.action.description,
  };
}

export function relationshipBrief(agent: Agent, otherId: string): RelationshipBrief | null {
  const r = agent.s.relationships[otherId];
  return r
    ? {
        relation: r.relation,
        closeness: r.closeness,
        summary: r.summary,
        timesTalked: r.timesTalked,
      }
    : null;
}

/** Where an agent is, in words: "the café of Pine Café" or "outdoors". */
export function placeName(world: World, tile: number): string {
  const arena = world.map.arenaOf(tile);
  return arena ? `${arena.sector}, ${arena.name}` : 'outdoors';
}
