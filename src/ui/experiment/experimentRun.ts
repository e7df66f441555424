import { create } from 'zustand';
import { buildExperimentReport, type ExperimentReport } from '../../eval/experimentReport';
import type { RequestKind, RequestOf, ResultOf } from '../../protocol';
import type {
  Branch,
  ExperimentSetup,
  ExperimentSpec,
  ExperimentSummary,
  Intervention,
} from '../../protocol/experiment';
import {
  EXPERIMENT_CANCELLED_MESSAGE,
  runExperimentInWorkers,
  type ExperimentProgress,
} from '../../protocol/experimentClient';
import { errorText } from '../../protocol/text';
import { describeIntervention } from './interventions';

type Request = <K extends RequestKind>(
  kind: K,
  args: Omit<RequestOf<K>, 'kind'>,
) => Promise<ResultOf<K>>;

/** What the user asks for: one branch against the control, over some seeds. */
export interface ExperimentDraft {
  name: string;
  interventions: Intervention[];
  spanHours: number;
  seeds: number;
}

/** Whether a finished experiment is kept with its town. */
export type Keeping = { kind: 'keeping' } | { kind: 'kept' } | { kind: 'notKept'; why: string };

/** Where the page's one experiment is (it runs on when its dialog closes). */
export type ExperimentPhase =
  | { kind: 'idle' }
  | {
      kind: 'running';
      setup: ExperimentSetup;
      spec: ExperimentSpec;
      progress: ExperimentProgress;
      startedAt: number;
    }
  | { kind: 'done'; report: ExperimentReport; title: string; kept: Keeping }
  | { kind: 'failed'; message: string };

interface ExperimentState {
  /** The dialog is open (the button or `w`). */
  open: boolean;
  phase: ExperimentPhase;
  /** Kept experiments of the town shown (null: not loaded). */
  kept: ExperimentSummary[] | null;
  keptError: string | null;
  /** The branch being written (kept while the dialog is closed). */
  draft: ExperimentDraft;
  cancel(): void;
}

export const useExperiment = create<ExperimentState>(() => ({
  open: false,
  draft: { name: '', interventions: [], spanHours: 12, seeds: 3 },
  phase: { kind: 'idle' },
  kept: null,
  keptError: null,
  cancel: () => {},
}));

/** The experiment's title: its first change in words (+ how many more), and when. */
export function titleOf(branch: Branch, setup: ExperimentSetup): string {
  const [first, ...more] = branch.interventions;
  const what = first ? describeIntervention(first, setup) : branch.name;
  return `${what}${more.length ? ` (+${more.length} more)` : ''} — from ${setup.clock}`;
}

/** Changes the branch being written. */
export function setDraft(change: (d: ExperimentDraft) => ExperimentDraft): void {
  useExperiment.setState((s) => ({ draft: change(s.draft) }));
}

/** The spec the workers run: the control and the branch, seeds 1…n from the moment shown. */
export function specOf(draft: ExperimentDraft, setup: ExperimentSetup): ExperimentSpec {
  return {
    town: setup.scenarioId,
    seeds: Array.from({ length: draft.seeds }, (_, i) => i + 1),
    startAfterHours: 0,
    spanHours: draft.spanHours,
    branches: [
      { name: 'control', interventions: [] },
      { name: draft.name.trim() || 'branch', interventions: draft.interventions },
    ],
    from: { step: setup.step, clock: setup.clock, townName: setup.townName },
  };
}

/** Runs the experiment in background workers; keeps it with the town when done. */
export async function startExperiment(
  request: Request,
  setup: ExperimentSetup,
  draft: ExperimentDraft,
  townId: string | null,
): Promise<void> {
  const spec = specOf(draft, setup);
  const run = runExperimentInWorkers(setup, spec, (progress) =>
    useExperiment.setState((s) =>
      s.phase.kind === 'running' ? { phase: { ...s.phase, progress } } : {},
    ),
  );
  useExperiment.setState({
    phase: {
      kind: 'running',
      setup,
      spec,
      progress: { done: 0, total: 1, seedsDone: 0 },
      startedAt: Date.now(),
    },
    cancel: run.cancel,
  });
  let report: ExperimentReport;
  try {
    report = {
      ...buildExperimentReport(spec, await run.results),
      names: {
        people: Object.fromEntries(setup.people.map((p) => [p.id, p.name])),
        things: Object.fromEntries([
          ...setup.storylines.map((st) => [st.id, st.label] as const),
          ...setup.events.map((e) => [e.id, e.what] as const),
        ]),
        changes: Object.fromEntries(
          spec.branches.map((b) => [
            b.name,
            b.interventions.map((iv) => describeIntervention(iv, setup)),
          ]),
        ),
      },
    };
  } catch (err) {
    const message = errorText(err);
    useExperiment.setState({
      phase:
        message === EXPERIMENT_CANCELLED_MESSAGE ? { kind: 'idle' } : { kind: 'failed', message },
      cancel: () => {},
    });
    return;
  }
  const title = titleOf(spec.branches[1]!, setup);
  useExperiment.setState({
    phase: { kind: 'done', report, title, kept: { kind: 'keeping' } },
    cancel: () => {},
  });
  if (!townId) return markKept({ kind: 'notKept', why: 'no town is saved in this browser' });
  try {
    await request('experimentKeep', {
      record: {
        id: `${townId}:${Date.now().toString(36)}`,
        townId,
        createdAt: new Date().toISOString(),
        title,
        clock: setup.clock,
        report,
      },
    });
    markKept({ kind: 'kept' });
    await loadKept(request, townId);
  } catch (err) {
    markKept({ kind: 'notKept', why: errorText(err) });
  }
}

function markKept(kept: Keeping): void {
  useExperiment.setState((s) => (s.phase.kind === 'done' ? { phase: { ...s.phase, kept } } : {}));
}

/** Loads the town's kept experiments into the store. */
export async function loadKept(request: Request, townId: string): Promise<void> {
  try {
    useExperiment.setState({ kept: await request('experimentList', { townId }), keptError: null });
  } catch (err) {
    useExperiment.setState({ kept: [], keptError: errorText(err) });
  }
}

/** Shows a kept experiment's report. */
export async function openKept(request: Request, summary: ExperimentSummary): Promise<void> {
  try {
    const record = await request('experimentOpen', { id: summary.id });
    useExperiment.setState({
      phase: {
        kind: 'done',
        report: record.report as ExperimentReport,
        title: record.title,
        kept: { kind: 'kept' },
      },
    });
  } catch (err) {
    useExperiment.setState({ keptError: errorText(err) });
  }
}
