import { useEffect, useState } from 'react';
import type { ExperimentSetup, ExperimentSummary } from '../../protocol/experiment';
import { experimentParallelism } from '../../protocol/experimentClient';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { formatWhen } from '../saves/files';
import { ComparisonView } from './ComparisonView';
import { loadKept, openKept, startExperiment, useExperiment, setDraft } from './experimentRun';
import { exportExperiment, type ExperimentExportKind } from './exports';
import { InterventionForm } from './InterventionForm';
import { branchNameOf, describeIntervention } from './interventions';

/** Measured: 2 branches × 12 game hours of 25 people took 5.8 s on one core of a quiet machine. */
const SECONDS_PER_BRANCH_HOUR_PER_25 = 0.3;

/**
 * "What if…?": branch the town shown at this moment, change something, run the control and the
 * branch over several seeds in background workers, and compare them.
 */
export function WhatIfDialog({ onClose }: { onClose(): void }) {
  const phase = useExperiment((s) => s.phase);
  const title =
    phase.kind === 'done'
      ? `🔀 ${phase.title}`
      : phase.kind === 'running'
        ? '🔀 What if…? Running'
        : '🔀 What if…?';
  return (
    <Modal
      title={title}
      onClose={onClose}
      className="dialog--wide dialog--whatif"
      testId="whatif"
      busy={phase.kind === 'running'}
    >
      {phase.kind === 'running' ? <Running /> : phase.kind === 'done' ? <Done /> : <Setup />}
    </Modal>
  );
}

function Setup() {
  const request = useTown((s) => s.request);
  const townId = useTown((s) => s.town?.townId ?? null);
  const readOnly = useTown((s) => s.town?.mode === 'replay');
  const phase = useExperiment((s) => s.phase);
  const [setup, setSetup] = useState<ExperimentSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draft = useExperiment((s) => s.draft);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    let gone = false;
    setError(null);
    request('experimentSetup', {}).then(
      (s) => !gone && setSetup(s),
      (err: unknown) => !gone && setError(errorText(err)),
    );
    return () => {
      gone = true;
    };
  }, [request, nonce]);
  useEffect(() => {
    if (townId) void loadKept(request, townId);
  }, [request, townId]);

  if (error)
    return (
      <p className="form-error" role="alert">
        Could not take the town’s moment: {error}{' '}
        <button type="button" className="btn" onClick={() => setNonce((n) => n + 1)}>
          Try again
        </button>
      </p>
    );
  if (!setup) return <p className="muted">Taking this moment of the town…</p>;
  const people = setup.people.length;
  const seconds = Math.ceil(
    ((draft.spanHours * 2 * draft.seeds) / experimentParallelism(draft.seeds)) *
      SECONDS_PER_BRANCH_HOUR_PER_25 *
      Math.max(1, people / 25),
  );
  const run = () =>
    void startExperiment(
      request,
      setup,
      { ...draft, name: draft.name.trim() || branchNameOf(draft.interventions) },
      townId,
    );
  return (
    <div className="whatif" data-testid="whatif-setup">
      {phase.kind === 'failed' && (
        <p className="form-error" role="alert" data-testid="whatif-failed">
          The last experiment failed: {phase.message}
        </p>
      )}
      <p>
        Branch <strong>{setup.townName}</strong> at <strong>{setup.clock}</strong>
        {readOnly ? ' (the replayed moment)' : ''}. The town shown is not touched: a copy runs on
        twice — as it is (the <em>control</em>) and with your changes (the <em>branch</em>) — under
        each seed, and the two are compared.{' '}
        <button type="button" className="linklike" onClick={() => setNonce((n) => n + 1)}>
          Take the moment again
        </button>
      </p>
      <h3>Changes in the branch</h3>
      {draft.interventions.length === 0 ? (
        <p className="muted">No change yet: add at least one below.</p>
      ) : (
        <ol className="whatif__changes" data-testid="whatif-changes">
          {draft.interventions.map((iv, i) => (
            <li key={i}>
              {describeIntervention(iv, setup)}{' '}
              <button
                type="button"
                className="icon-btn"
                aria-label="Remove this change"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    interventions: d.interventions.filter((_, j) => j !== i),
                  }))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <InterventionForm
        setup={setup}
        onAdd={(iv) => setDraft((d) => ({ ...d, interventions: [...d.interventions, iv] }))}
      />
      <div className="whatif__run">
        <label className="field">
          <span>Branch name</span>
          <input
            value={draft.name}
            maxLength={60}
            placeholder={branchNameOf(draft.interventions)}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          />
        </label>
        <label className="field field--narrow">
          <span>Game hours</span>
          <input
            type="number"
            min={1}
            max={72}
            value={draft.spanHours}
            onChange={(e) =>
              setDraft((d) => ({ ...d, spanHours: clamp(Number(e.target.value), 1, 72) }))
            }
            data-testid="whatif-hours"
          />
        </label>
        <label className="field field--narrow">
          <span>Seeds</span>
          <input
            type="number"
            min={1}
            max={8}
            value={draft.seeds}
            onChange={(e) =>
              setDraft((d) => ({ ...d, seeds: clamp(Number(e.target.value), 1, 8) }))
            }
            data-testid="whatif-seeds"
          />
        </label>
        <button
          type="button"
          className="btn btn--accent"
          disabled={!draft.interventions.length}
          onClick={run}
          data-testid="whatif-run"
        >
          ▶ Run the experiment
        </button>
      </div>
      <p className="muted small">
        Experiments think with the offline mind (the same answers for the same seed, and free).
        About {seconds} s on this computer, in the background: the town keeps running and you can
        close this window. With one seed there is no telling a real difference from chance; three or
        more let the comparison say whether a difference is beyond seed-to-seed noise.
      </p>
      <Kept />
    </div>
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo;
}

function Kept() {
  const request = useTown((s) => s.request);
  const townId = useTown((s) => s.town?.townId ?? null);
  const kept = useExperiment((s) => s.kept);
  const keptError = useExperiment((s) => s.keptError);
  if (!townId) return null;
  const remove = async (k: ExperimentSummary) => {
    try {
      await request('experimentDelete', { id: k.id });
    } finally {
      await loadKept(request, townId);
    }
  };
  return (
    <section className="whatif__kept" data-testid="whatif-kept">
      <h3>Experiments kept with this town</h3>
      {keptError && <p className="form-error">{keptError}</p>}
      {kept === null ? (
        <p className="muted">Loading…</p>
      ) : kept.length === 0 ? (
        <p className="muted">None yet. Finished experiments are kept here.</p>
      ) : (
        <ul>
          {kept.map((k) => (
            <li key={k.id}>
              <button type="button" className="linklike" onClick={() => void openKept(request, k)}>
                {k.title}
              </button>{' '}
              <span className="muted small">{formatWhen(k.createdAt)}</span>{' '}
              <button
                type="button"
                className="icon-btn"
                aria-label={`Delete ${k.title}`}
                onClick={() => void remove(k)}
              >
                🗑
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Running() {
  const phase = useExperiment((s) => s.phase);
  const cancel = useExperiment((s) => s.cancel);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  if (phase.kind !== 'running') return null;
  const { progress, spec, startedAt } = phase;
  const pct = Math.floor((progress.done / Math.max(1, progress.total)) * 100);
  return (
    <div className="whatif__running" data-testid="whatif-running">
      <p>
        Running the control and “{spec.branches[1]?.name}” for {spec.spanHours} game hours under{' '}
        {spec.seeds.length} seed{spec.seeds.length === 1 ? '' : 's'}, from {spec.from?.clock}.
      </p>
      <div
        className="eval-progress__bar"
        role="progressbar"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p className="muted small" aria-live="polite">
        {pct}% · {progress.seedsDone} of {spec.seeds.length} seeds done ·{' '}
        {Math.round((now - startedAt) / 1000)} s. You can close this window: it runs on in the
        background.
      </p>
      <button type="button" className="btn" onClick={cancel} data-testid="whatif-cancel">
        Cancel
      </button>
    </div>
  );
}

function Done() {
  const phase = useExperiment((s) => s.phase);
  const [exportError, setExportError] = useState<string | null>(null);
  if (phase.kind !== 'done') return null;
  const save = (kind: ExperimentExportKind) => {
    try {
      exportExperiment(phase.report, kind);
      setExportError(null);
    } catch (err) {
      setExportError(errorText(err));
    }
  };
  return (
    <div className="whatif" data-testid="whatif-done">
      <div className="whatif__toolbar">
        <span className="muted small" data-testid="whatif-kept-state">
          {phase.kept.kind === 'kept'
            ? 'Kept with this town.'
            : phase.kept.kind === 'keeping'
              ? 'Keeping…'
              : `Not kept: ${phase.kept.why}`}
        </span>
        <span className="whatif__exports">
          Export:
          <button type="button" className="btn" onClick={() => save('html')}>
            Report (HTML)
          </button>
          <button type="button" className="btn" onClick={() => save('json')}>
            JSON
          </button>
          <button type="button" className="btn" onClick={() => save('csv')}>
            CSV
          </button>
        </span>
        <button
          type="button"
          className="btn btn--accent"
          onClick={() => useExperiment.setState({ phase: { kind: 'idle' } })}
          data-testid="whatif-new"
        >
          New experiment
        </button>
      </div>
      {exportError && <p className="form-error">{exportError}</p>}
      <ComparisonView report={phase.report} />
    </div>
  );
}
