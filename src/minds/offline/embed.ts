import { tokens } from './text';

/** Dimension of the hashed bag-of-words embedding. */
export const OFFLINE_EMBED_DIM = 128;

function hash(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Hashed bag-of-words embedding (the "hashing trick"): each token and each adjacent token pair adds
 * ±1 to a hashed dimension; the vector is L2-normalised so relevance is a cosine.
 */
export function embedText(text: string): number[] {
  const v = new Float64Array(OFFLINE_EMBED_DIM);
  const toks = tokens(text);
  const add = (feature: string, weight: number) => {
    const h = hash(feature, 0x811c9dc5);
    const sign = hash(feature, 0x1b873593) & 1 ? 1 : -1;
    v[h % OFFLINE_EMBED_DIM] += sign * weight;
  };
  for (let i = 0; i < toks.length; i++) {
    add(toks[i], 1);
    if (i > 0) add(`${toks[i - 1]} ${toks[i]}`, 0.5);
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Array.from(v, (x) => Math.round(x * inv * 1e6) / 1e6);
}
