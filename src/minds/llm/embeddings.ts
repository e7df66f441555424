import { contentHash, packVector, unpackVector, type LlmCache } from './cache';
import type { ResolvedLlmConfig } from './config';
import { LlmProblem } from './problems';
import { newStats, type RequestStats, type Transport } from './transport';

export interface EmbedOutcome extends RequestStats {
  vectors?: number[][];
  fallback?: string;
  problem?: LlmProblem;
  tokens: number;
  /** Texts answered from the cache. */
  cached: number;
}

/**
 * Embeds texts through `/v1/embeddings`: each text is cached on its own (model + text), only the
 * misses are sent, in batches. Vectors go through Float32 so a fresh answer equals a cached one
 * bit for bit (same seed, same run).
 */
export async function embedTexts(
  cfg: ResolvedLlmConfig,
  transport: Transport,
  cache: LlmCache,
  texts: string[],
  signal: AbortSignal,
): Promise<EmbedOutcome> {
  const out: EmbedOutcome = { ...newStats(), tokens: 0, cached: 0 };
  const model = cfg.embeddingModel ?? '';
  const keys = await Promise.all(texts.map((input) => contentHash({ model, input })));
  const vectors: (number[] | null)[] = await Promise.all(
    keys.map(async (k) => {
      const hit = await cache.get(k).catch(() => undefined);
      return hit?.type === 'embedding' ? unpackVector(hit.f32) : null;
    }),
  );
  out.cached = vectors.filter(Boolean).length;
  const missing = [...new Set(texts.filter((_, i) => !vectors[i]))];
  try {
    for (let i = 0; i < missing.length; i += cfg.embeddingBatchSize) {
      const batch = missing.slice(i, i + cfg.embeddingBatchSize);
      const res = await transport.embed(batch, signal, out);
      out.tokens += res.tokens;
      await Promise.all(
        batch.map(async (text, j) => {
          const f32 = packVector(res.vectors[j]);
          const vector = unpackVector(f32);
          texts.forEach((t, ti) => {
            if (t === text) vectors[ti] = vector;
          });
          const key = keys[texts.indexOf(text)];
          await cache.set(key, { type: 'embedding', f32 }).catch(() => undefined);
        }),
      );
    }
  } catch (err) {
    out.problem =
      err instanceof LlmProblem ? err : new LlmProblem('unknown', 'Embedding failed.', String(err));
    out.fallback = out.problem.kind;
    return out;
  }
  out.vectors = vectors as number[][];
  return out;
}
