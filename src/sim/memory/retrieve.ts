import { STEPS_PER_HOUR } from '../clock';
import type { MemoryNode, MemoryType } from './node';
import type { MemoryStream } from './stream';

/** Paper: recency decays by 0.995 per game hour since the memory was last accessed. */
export const RECENCY_DECAY_PER_HOUR = 0.995;

export interface RetrievalWeights {
  recency: number;
  importance: number;
  relevance: number;
}
/** The paper's weights (α = β = γ = 1). */
export const DEFAULT_WEIGHTS: RetrievalWeights = { recency: 1, importance: 1, relevance: 1 };

export interface ScoredMemory {
  node: MemoryNode;
  /** Each component after min-max normalisation over the candidates, 0–1. */
  recency: number;
  importance: number;
  relevance: number;
  score: number;
}

export interface RetrieveOptions {
  now: number;
  k: number;
  weights?: RetrievalWeights;
  /** Unit-length query embedding; null scores relevance as 0 for all. */
  query: Float32Array | number[] | null;
  types?: MemoryType[];
  /** Update last-access time of the returned memories (the paper does; an interview probe may not). */
  touch?: boolean;
  /** Only consider the most recent `window` memories (cheap look-ups in the hot path). */
  window?: number;
}

/*
 * The scoring below is a hot path (every retrieval scans the whole stream), so it works on typed
 * arrays indexed by candidate: each `!` reads an index below that array's length (j < n, k < dim).
 */

/** Min-max normalises values to 0–1, in place (all 0.5 when they are all equal). */
function minMax(values: Float64Array): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  for (let i = 0; i < values.length; i++)
    values[i] = range > 1e-12 ? (values[i]! - lo) / range : 0.5;
}

/**
 * Scores every candidate by weighted, min-max normalised recency, importance and relevance and
 * returns the top k, best first.
 */
export function retrieve(stream: MemoryStream, opts: RetrieveOptions): ScoredMemory[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const nodes = stream.nodes;
  const start = opts.window ? Math.max(0, nodes.length - opts.window) : 0;
  const picked: MemoryNode[] = [];
  /** Each picked node's row in the stream (and its embedding matrix). */
  const rows: number[] = [];
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node || (opts.types && !opts.types.includes(node.type))) continue;
    picked.push(node);
    rows.push(i);
  }
  const n = picked.length;
  if (n === 0 || opts.k <= 0) return [];
  const rec = new Float64Array(n);
  const imp = new Float64Array(n);
  const rel = new Float64Array(n);
  const matrix = stream.embeddingMatrix();
  const dim = stream.dim;
  const q = opts.query && opts.query.length === dim ? opts.query : null;
  const logDecay = Math.log(RECENCY_DECAY_PER_HOUR);
  for (let j = 0; j < n; j++) {
    const i = rows[j]!;
    const node = picked[j]!;
    rec[j] = Math.exp((logDecay * (opts.now - node.lastAccessed)) / STEPS_PER_HOUR);
    imp[j] = node.importance;
    if (q && stream.isEmbedded(i)) {
      let dot = 0;
      const off = i * dim;
      for (let k = 0; k < dim; k++) dot += matrix[off + k]! * q[k]!;
      rel[j] = dot;
    }
  }
  minMax(rec);
  minMax(imp);
  minMax(rel);
  // Keep the top k, best first, in a small sorted buffer (k is tiny compared to n). Equal scores
  // keep candidate order; a newcomer tying the last kept one is left out.
  const k = Math.min(opts.k, n);
  const top: { j: number; score: number }[] = [];
  for (let j = 0; j < n; j++) {
    const score = w.recency * rec[j]! + w.importance * imp[j]! + w.relevance * rel[j]!;
    const last = top[k - 1];
    if (last && score <= last.score) continue;
    let p = Math.min(top.length, k - 1);
    while (p > 0 && (top[p - 1]?.score ?? Infinity) < score) p--;
    top.splice(p, 0, { j, score });
    if (top.length > k) top.pop();
  }
  return top.map(({ j, score }) => {
    const node = picked[j]!;
    if (opts.touch) node.lastAccessed = opts.now;
    return { node, recency: rec[j]!, importance: imp[j]!, relevance: rel[j]!, score };
  });
}
