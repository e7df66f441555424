import type { World } from '../sim/world/world';
import { measureStorylines } from './social';
import type { ToldEdge } from './types';

/*
 * The dashboard's graphs, built from a world (pure; the worker answers with them): who is close
 * to whom and who told whom each storyline (the town's notable moments: moments.ts).
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

export * from './moments';
