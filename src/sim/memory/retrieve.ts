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

function minMax(values: Float64Array, count: number): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < count; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  const range = hi - lo;
  for (let i = 0; i < count; i++) values[i] = range > 1e-12 ? (values[i] - lo) / range : 0.5;
}

/**
 * Scores every candidate by weighted, min-max normalised recency, importance and relevance and
 * returns the top k, best first.
 */
export function retrieve(stream: MemoryStream, opts: RetrieveOptions): ScoredMemory[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const nodes = stream.nodes;
  const start = opts.window ? Math.max(0, nodes.length - opts.window) : 0;
  const idx: number[] = [];
  for (let i = start; i < nodes.length; i++) {
    if (!opts.types || opts.types.includes(nodes[i].type)) idx.push(i);
  }
  const n = idx.length;
  if (n === 0 || opts.k <= 0) return [];
  const rec = new Float64Array(n);
  const imp = new Float64Array(n);
  const rel = new Float64Array(n);
  const matrix = stream.embeddingMatrix();
  const dim = stream.dim;
  const q = opts.query && opts.query.length === dim ? opts.query : null;
  const logDecay = Math.log(RECENCY_DECAY_PER_HOUR);
  for (let j = 0; j < n; j++) {
    const i = idx[j];
    const node = nodes[i];
    rec[j] = Math.exp((logDecay * (opts.now - node.lastAccessed)) / STEPS_PER_HOUR);
    imp[j] = node.importance;
    if (q && stream.isEmbedded(i)) {
      let dot = 0;
      const off = i * dim;
      for (let k = 0; k < dim; k++) dot += matrix[off + k] * q[k];
      rel[j] = dot;
    }
  }
  minMax(rec, n);
  minMax(imp, n);
  minMax(rel, n);
  // Keep the top k with a small sorted buffer: k is tiny compared to n.
  const k = Math.min(opts.k, n);
  const topJ: number[] = [];
  const topS: number[] = [];
  for (let j = 0; j < n; j++) {
    const s = w.recency * rec[j] + w.importance * imp[j] + w.relevance * rel[j];
    if (topS.length === k && s <= topS[k - 1]) continue;
    let p = topS.length < k ? topS.length : k - 1;
    while (p > 0 && topS[p - 1] < s) {
      if (p < k) {
        topS[p] = topS[p - 1];
        topJ[p] = topJ[p - 1];
      }
      p--;
    }
    topS[p] = s;
    topJ[p] = j;
  }
  return topJ.map((j, r) => {
    const node = nodes[idx[j]];
    if (opts.touch) node.lastAccessed = opts.now;
    return { node, recency: rec[j], importance: imp[j], relevance: rel[j], score: topS[r] };
  });
}
