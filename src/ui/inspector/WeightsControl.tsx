import { useEffect, useState } from 'react';
import { errorText } from '../../protocol/text';
import type { RetrievalWeights } from '../../sim/memory/retrieve';
import { useTown } from '../hooks/useTown';
import { ReadOnly } from '../replay/ReadOnly';

const KEYS: (keyof RetrievalWeights)[] = ['recency', 'importance', 'relevance'];
const PAPER: RetrievalWeights = { recency: 1, importance: 1, relevance: 1 };
const MAX_WEIGHT = 3;
const COMMIT_DELAY_MS = 300;

const same = (a: RetrievalWeights, b: RetrievalWeights) => KEYS.every((k) => a[k] === b[k]);

/**
 * The retrieval weights α, β, γ for the whole town (the paper uses 1, 1, 1). Changing them
 * changes what every agent recalls from now on, not just the probe.
 */
export function WeightsControl() {
  const weights = useTown((s) => s.weights);
  const setWeights = useTown((s) => s.setWeights);
  const notify = useTown((s) => s.notify);
  const [draft, setDraft] = useState<RetrievalWeights | null>(null);

  useEffect(() => {
    if (!draft || !weights || same(draft, weights)) return;
    const t = setTimeout(() => {
      setWeights(draft)
        .then(() => setDraft(null))
        .catch((err: unknown) => notify('error', errorText(err)));
    }, COMMIT_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, weights, setWeights, notify]);

  if (!weights) return null;
  const shown = draft ?? weights;
  return (
    <details className="weights" data-testid="weights">
      <summary>
        Weights · recency {shown.recency} · importance {shown.importance} · relevance{' '}
        {shown.relevance}
      </summary>
      <p className="muted small">For everyone in town, from now on. The paper uses 1 · 1 · 1.</p>
      <ReadOnly what="changing the weights">
        {KEYS.map((k) => (
          <label key={k} className={`weights__row score--${k}`}>
            <span>{k}</span>
            <input
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={0.5}
              value={shown[k]}
              onChange={(e) => setDraft({ ...shown, [k]: Number(e.target.value) })}
              aria-label={`${k} weight`}
            />
            <span className="weights__num">{shown[k].toFixed(1)}</span>
          </label>
        ))}
        <button
          type="button"
          className="link small"
          onClick={() => setDraft({ ...PAPER })}
          disabled={same(shown, PAPER)}
        >
          Reset to the paper’s weights
        </button>
      </ReadOnly>
    </details>
  );
}
