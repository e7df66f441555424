import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';

/**
 * The one fallback policy, for every place a mind may fail (the engine's `fallback`, the LLM
 * mind giving up on a request): the offline mind answers — except embeddings. An API embedder's
 * vectors live in another space (and dimension) than the offline embedder's, so mixing them would
 * spoil relevance: a failed embedding comes back empty, the memories stay unembedded and are
 * embedded again next step.
 */
export function fallbackMind(offline: Mind): Mind {
  return {
    name: offline.name,
    answer<K extends QuestionKind>(call: MindCall<K>) {
      if (call.kind === 'embed') return { vectors: [] } as QuestionRes<'embed'> as QuestionRes<K>;
      return offline.answer(call);
    },
  };
}
