import { useEffect, useState, type FormEvent } from 'react';
import type { ProbeResult } from '../../protocol';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { ErrorLine, ScoreBar, TypeChip } from './bits';
import { WeightsControl } from './WeightsControl';

const K_OPTIONS = [5, 10, 20];

/**
 * The retrieval probe: what the agent would recall for a query, with the three normalised
 * components (recency, importance, relevance) and the weighted total — the "why" of behaviour.
 */
export function ProbePanel({ agentId }: { agentId: string }) {
  const request = useTown((s) => s.request);
  const weights = useTown((s) => s.weights);
  const [query, setQuery] = useState('');
  const [k, setK] = useState(5);
  const [asked, setAsked] = useState<{ query: string; k: number } | null>(null);
  const [result, setResult] = useState<ProbeResult | null>(null);
  const { pending, error, run } = useSubmit();

  // A new query, or new weights (they change the ranking): ask.
  useEffect(() => {
    if (asked) void run(async () => setResult(await request('probe', { agentId, ...asked })));
  }, [weights, asked, run, request, agentId]);

  const probe = (e: FormEvent) => {
    e.preventDefault();
    if (query.trim()) setAsked({ query, k });
  };

  return (
    <section className="card probe" data-testid="probe">
      <header className="card__head">
        <h3>Retrieval probe</h3>
        <span className="muted small">what would come to mind?</span>
      </header>
      <form className="probe__form" onSubmit={probe}>
        <input
          type="text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. work, news, a name"
          aria-label="Probe query"
          data-testid="probe-input"
        />
        <select value={k} onChange={(e) => setK(Number(e.target.value))} aria-label="How many">
          {K_OPTIONS.map((n) => (
            <option key={n} value={n}>
              top {n}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={pending || !query.trim()}
          data-testid="probe-run"
        >
          {pending ? '…' : 'Probe'}
        </button>
      </form>
      <WeightsControl />
      {error && <ErrorLine error={error} />}
      {result && (
        <div data-testid="probe-results">
          <p className="muted small">
            Top {result.hits.length} of {result.candidates} for “{result.query}” · score ={' '}
            {result.weights.recency}·recency + {result.weights.importance}·importance +{' '}
            {result.weights.relevance}·relevance (each min-max normalised)
          </p>
          {result.unembedded > 0 && (
            <p className="muted small" data-testid="probe-unembedded">
              {result.unembedded} of {result.candidates} memories are not embedded yet (the mind
              embeds them in batches), so their relevance counts as the lowest.
            </p>
          )}
          {result.hits.length === 0 ? (
            <p className="empty">No memories yet.</p>
          ) : (
            <ol className="probe__hits">
              {result.hits.map((h, i) => (
                <li key={h.memory.id} className="probe__hit" data-testid="probe-hit">
                  <div className="probe__rank">{i + 1}</div>
                  <div className="probe__body">
                    <p>
                      <TypeChip type={h.memory.type} /> {h.memory.description}
                    </p>
                    <div className="probe__scores">
                      <ScoreBar kind="recency" value={h.recency} />
                      <ScoreBar kind="importance" value={h.importance} />
                      {h.embedded ? (
                        <ScoreBar kind="relevance" value={h.relevance} />
                      ) : (
                        <span className="score score--pending" title="Not embedded yet">
                          relevance pending
                        </span>
                      )}
                    </div>
                  </div>
                  <div className="probe__total" title="Total score" data-testid="probe-score">
                    {h.score.toFixed(2)}
                  </div>
                </li>
              ))}
            </ol>
          )}
          <p className="legend small">
            <span className="dot dot--recency" /> recency <span className="dot dot--importance" />{' '}
            importance <span className="dot dot--relevance" /> relevance
          </p>
        </div>
      )}
    </section>
  );
}
