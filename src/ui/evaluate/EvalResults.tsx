import { useState } from 'react';
import type { EvalResult } from '../../store/evalSlice';
import { EvalAnswers } from './EvalAnswers';
import { EvalSummary } from './EvalSummary';
import { num, overall, pct } from './evalFormat';
import { exportReport, type ExportKind } from './exports';
import { ResultsBoundary } from './ResultsBoundary';

type Tab = 'summary' | 'answers';

const EXPORTS: { kind: ExportKind; label: string; title: string }[] = [
  {
    kind: 'html',
    label: 'Export HTML',
    title: 'The full report as one web page (charts included)',
  },
  { kind: 'json', label: 'Export JSON', title: 'Everything measured, as report.json' },
  { kind: 'csv', label: 'Export CSV', title: 'One row per answer, for a spreadsheet' },
];

/** The last evaluation: overall pass rate, exports, and Summary / Answers tabs. */
export function EvalResults({ result }: { result: EvalResult }) {
  const [tab, setTab] = useState<Tab>('summary');
  const [exportError, setExportError] = useState<string | null>(null);
  const { report, run } = result;
  const o = overall(report.interviews);
  const first = report.runs[0];
  const people = new Set(report.interviews.map((i) => i.agentId)).size;
  const what =
    run.mode === 'now'
      ? `Evaluated at ${result.from}`
      : `Ran ${num(run.days)} day${run.days === 1 ? '' : 's'} ahead on a copy from ${result.from}`;

  const exportAs = (kind: ExportKind) => {
    setExportError(null);
    exportReport(result, kind).catch((err: unknown) =>
      setExportError(`Export failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  };

  return (
    <section className="eval-results" data-testid="eval-results">
      <div className="eval-head">
        <div
          className="eval-overall"
          data-testid="eval-pass-rate"
          data-passed={o.passed}
          data-total={o.total}
        >
          <span className="eval-overall__pct">{pct(o.total ? o.rate : NaN)}</span>
          <span className="eval-overall__label">
            of {o.total} checks passed
            <br />
            <span className="muted">
              {o.passed} passed · {o.total - o.passed} failed
            </span>
          </span>
        </div>
        <div className="eval-head__meta">
          <b>{what}</b>
          <span className="muted small">
            {result.agentName ? `Only ${result.agentName}` : `${people} people`} ·{' '}
            {report.interviews.length} answers · {first?.mind ?? ''} mind
          </span>
        </div>
        <div className="eval-head__exports">
          {EXPORTS.map((e) => (
            <button
              key={e.kind}
              type="button"
              className="btn btn--small"
              onClick={() => exportAs(e.kind)}
              title={e.title}
              data-testid={`eval-export-${e.kind}`}
            >
              {e.label}
            </button>
          ))}
        </div>
      </div>
      {exportError && (
        <div className="form-error" role="alert">
          {exportError}
        </div>
      )}
      <nav className="tabs tabs--dialog eval-tabs" role="tablist" aria-label="Results">
        {(
          [
            ['summary', 'Summary'],
            ['answers', `Answers (${report.interviews.length})`],
          ] as [Tab, string][]
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'is-on' : ''}
            onClick={() => setTab(id)}
            data-testid={`eval-tab-${id}`}
          >
            {label}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        <ResultsBoundary key={`${tab}-${result.id}`}>
          {tab === 'summary' ? (
            <EvalSummary report={report} />
          ) : (
            <EvalAnswers interviews={report.interviews} />
          )}
        </ResultsBoundary>
      </div>
    </section>
  );
}
