import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { Empty, ErrorLine, Loading } from './bits';

/** Who the agent knows, how close they feel and what they think of them. */
export function RelationshipsTab({ agentId }: { agentId: string }) {
  const { data, error, reload } = useRequest('relationships', { agentId });
  const select = useTown((s) => s.select);
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="relationships" />;
  if (data.length === 0) return <Empty>They don’t know anyone yet.</Empty>;
  return (
    <ul className="stack relations" data-testid="relationships-tab">
      {data.map((r) => {
        const pct = ((r.closeness + 1) / 2) * 100;
        return (
          <li key={r.id} className="card relation">
            <div className="relation__head">
              <button
                type="button"
                className="link relation__name"
                onClick={() => select(r.id, { focus: true })}
              >
                {r.name}
              </button>
              <span className="muted small">{r.relation}</span>
            </div>
            <div className="closeness" title={`Closeness ${r.closeness.toFixed(2)} (−1 … 1)`}>
              <span className="closeness__bar">
                <span className="closeness__mid" />
                <span
                  className={`closeness__mark${r.closeness < 0 ? ' is-neg' : ''}`}
                  style={{ left: `${pct}%` }}
                />
              </span>
              <span className="small muted">
                {r.closeness >= 0 ? '+' : ''}
                {r.closeness.toFixed(2)}
              </span>
            </div>
            {r.summary !== r.relation && <p className="relation__summary">{r.summary}</p>}
            <p className="muted small">
              {r.timesTalked ? `talked ${r.timesTalked}×` : 'not talked yet'}
              {r.lastTalk && ` · last ${r.lastTalk}`}
              {r.metIn ? ` · met ${r.metIn}` : ' · known before'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
