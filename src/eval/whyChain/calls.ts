/** Why-chains: the mind call behind the thing explained, with its memories' scores. */
import type { Agent } from '../../sim/agent/agent';
import { RECENCY_DECAY_PER_HOUR } from '../../sim/memory/retrieve';
import type { MemoryBrief } from '../../sim/mind';
import type { World } from '../../sim/world/world';
import {
  CALL_MEMORIES_SHOWN,
  type CallInfo,
  type CallSource,
  type WhyCall,
  type WhyMemory,
} from './types';
import { whenLabel } from './builder';

/** Cosine of two embedded memories (null when either is not embedded or dims differ). */
export function similarity(a: Agent, aId: string, b: Agent, bId: string): number | null {
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
export interface RelevanceTarget {
  agent: Agent;
  memoryId: string;
  label: string;
}

/** Min-max normalises to 0–1 (0.5 when all are equal), as retrieval does. */
export function minMax(values: number[]): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => (hi - lo > 1e-12 ? (v - lo) / (hi - lo) : 0.5));
}

/** Whose memories a call was given: a line's speaker, else the person asked about. */
export function memoryOwner(world: World, rec: CallInfo): Agent | undefined {
  const req = rec.req as { speaker?: { id?: string }; agent?: { id?: string } } | null;
  const id = req?.speaker?.id ?? req?.agent?.id ?? rec.agentId;
  return id ? world.agent(id) : undefined;
}

/** The call behind the thing, with its memories and their three components. */
export function callView(
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
