import type { MindUsage, UsageBucket } from '../../protocol';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { ErrorLine, Loading } from '../inspector/bits';
import { BudgetView } from './BudgetView';
import { PriceEditor } from './PriceEditor';
import { avgLatency, cacheRate, count, rowsByCalls, usd } from './usageFormat';

/** How often the usage panel refreshes while the town runs, ms. */
const USAGE_REFRESH_MS = 1000;

/**
 * Live usage of the LLM mind since it was applied: totals, the budget (spent in this window, who
 * thinks with what), per question type and per agent (calls, tokens, latency, cache hits,
 * fallbacks, estimated cost), and the editable price table.
 */
export function UsagePanel() {
  const kind = useTown((s) => s.mindStatus.kind);
  const request = useTown((s) => s.request);
  const { data, error, loading, reload } = useRequest('mindUsage', {}, USAGE_REFRESH_MS);
  const reset = async () => {
    await request('mindUsage', { reset: true });
    reload();
  };
  let body;
  if (error) body = <ErrorLine error={error} retry={reload} />;
  else if (loading && data === undefined) body = <Loading what="usage" />;
  else if (!data || kind === 'offline')
    body = (
      <p className="empty" data-testid="usage-empty">
        The offline mind answers by rules: no model calls, no tokens, no cost. Apply an LLM in
        Settings to see calls, tokens, latency, cache hits, fallbacks and cost here, live.
      </p>
    );
  else body = <UsageReportView report={data} onReset={reset} />;
  return (
    <div className="usage" data-testid="usage-panel">
      {body}
      <PriceEditor onSaved={reload} />
    </div>
  );
}

function UsageReportView({ report, onReset }: { report: MindUsage; onReset(): void }) {
  const meta = useTown((s) => s.meta);
  const nameOf = (id: string) => meta?.agents.find((a) => a.id === id)?.name ?? id;
  const t = report.totals;
  return (
    <>
      <div className="usage__totals" data-testid="usage-totals">
        <Stat label="Questions" value={count(t.calls)} testId="usage-calls" />
        <Stat label="HTTP requests" value={count(t.requests)} />
        <Stat label="Prompt tokens" value={count(t.promptTokens + t.embeddingTokens)} />
        <Stat label="Completion tokens" value={count(t.completionTokens)} />
        <Stat label="Avg latency" value={avgLatency(t)} />
        <Stat label="Cache hits" value={`${count(t.cacheHits)} (${cacheRate(t)})`} />
        <Stat label="Fallbacks" value={count(t.fallbacks)} testId="usage-fallbacks" />
        <Stat label="Est. cost" value={usd(t.costUsd)} testId="usage-cost" />
      </div>
      <p className="muted small">
        Chat model <code>{report.chatModel}</code>
        {report.embeddingModel && (
          <>
            {' '}
            · embeddings <code>{report.embeddingModel}</code>
          </>
        )}{' '}
        · {count(t.errors)} errors, {count(t.retries)} retries, {count(t.repairs)} repairs ·{' '}
        <button type="button" className="link" onClick={onReset}>
          Reset counters
        </button>
      </p>
      <BudgetView status={report.budget} nameOf={nameOf} />
      <UsageTable
        title="By question"
        rows={report.byKind}
        label={(k) => k}
        testId="usage-by-kind"
      />
      <UsageTable title="By person" rows={report.byAgent} label={nameOf} testId="usage-by-agent" />
    </>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="stat">
      <span className="stat__value" data-testid={testId}>
        {value}
      </span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

interface TableProps {
  title: string;
  rows: Record<string, UsageBucket>;
  label(key: string): string;
  testId: string;
}

function UsageTable({ title, rows, label, testId }: TableProps) {
  const list = rowsByCalls(rows);
  return (
    <section className="usage__table">
      <h3>{title}</h3>
      {list.length === 0 ? (
        <p className="empty">No questions yet.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">{title.replace(/^By /, '')}</th>
                <th scope="col">Calls</th>
                <th scope="col">Prompt</th>
                <th scope="col">Compl.</th>
                <th scope="col">Avg ms</th>
                <th scope="col">Cache</th>
                <th scope="col">Fallb.</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ key, bucket: b }) => (
                <tr key={key}>
                  <th scope="row">{label(key)}</th>
                  <td>{count(b.calls)}</td>
                  <td>{count(b.promptTokens + b.embeddingTokens)}</td>
                  <td>{count(b.completionTokens)}</td>
                  <td>{avgLatency(b)}</td>
                  <td>{count(b.cacheHits)}</td>
                  <td className={b.fallbacks ? 'is-warn' : ''}>{count(b.fallbacks)}</td>
                  <td>{usd(b.costUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
