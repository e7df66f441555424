import { useState } from 'react';
import type { EvalResult } from '../../store/evalSlice';
import { useSubmit } from '../hooks/useSubmit';
import { Tabs } from '../Tabs';
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
  const exporting = useSubmit();
  const { report, run } = result;
  const o = overall(report.interviews);
  const first = report.runs[0];
  const people = new Set(report.interviews.map((i) => i.agentId)).size;
  const what =
    run.mode === 'now'
      ? `Evaluated at ${result.from}`
      : `Ran ${num(run.days)} day${run.days === 1 ? '' : 's'} ahead on a copy from ${result.from}`;

  const exportAs = (kind: ExportKind) => void exporting.run(() => exportReport(result, kind));

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
      {exporting.error && (
        <div className="form-error" role="alert">
          Export failed: {exporting.error}
        </div>
      )}
      <Tabs
        tabs={[
          { id: 'summary', label: 'Summary' },
          { id: 'answers', label: `Answers (${report.interviews.length})` },
        ]}
        selected={tab}
        onSelect={setTab}
        label="Results"
        className="tabs--dialog eval-tabs"
        testIdPrefix="eval-tab-"
      >
        <ResultsBoundary key={`${tab}-${result.id}`}>
          {tab === 'summary' ? (
            <EvalSummary report={report} />
          ) : (
            <EvalAnswers interviews={report.interviews} />
          )}
        </ResultsBoundary>
      </Tabs>
    </section>
  );
}
