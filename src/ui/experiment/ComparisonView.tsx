import type { ExperimentReport, PersonDifference } from '../../eval/experimentReport';
import type { RunMetrics } from '../../protocol/experiment';
import { useTown } from '../hooks/useTown';
import { metricLabel, num } from './metricLabels';

/** Most people named in a divergence line before "+N". */
const NAMED = 4;

/**
 * The branch against the control: metrics side by side (with the spread over seeds and whether
 * the difference is beyond seed-to-seed noise), knowers hour by hour, where and with whom the two
 * first part, and how people end differently.
 */
export function ComparisonView({ report }: { report: ExperimentReport }) {
  const comparison = report.comparisons[0];
  const select = useTown((s) => s.select);
  if (!comparison) return <p className="muted">This experiment has no branch to compare.</p>;
  const nameOf = (id: string) => report.names?.people[id] ?? id;
  const seeds = report.spec.seeds.length;
  const people = (ids: string[]) => (
    <>
      {ids.slice(0, NAMED).map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <button type="button" className="linklike" onClick={() => select(id, { focus: true })}>
            {nameOf(id)}
          </button>
        </span>
      ))}
      {ids.length > NAMED && <span className="muted"> +{ids.length - NAMED}</span>}
    </>
  );
  const runsOf = (branch: string) => report.runs.filter((r) => r.branch === branch);
  const control = runsOf(report.control);
  const branch = runsOf(comparison.branch);
  return (
    <div className="compare" data-testid="experiment-compare">
      <section>
        <h3>What changed in “{comparison.branch}”</h3>
        <ul className="compare__changes">
          {(report.names?.changes?.[comparison.branch] ?? ['(see the branch’s interventions)']).map(
            (c, i) => (
              <li key={i}>{c}</li>
            ),
          )}
        </ul>
        <p className="muted small">
          {seeds} seed{seeds === 1 ? '' : 's'} × {report.spec.spanHours} game hours each, from{' '}
          {report.spec.from?.clock ?? `hour ${report.spec.startAfterHours}`}. Every seed runs the
          control and the branch from the same moment with the same chance; only the change differs.
        </p>
      </section>

      <section>
        <h3>Metrics at the end</h3>
        <table className="compare__table" data-testid="compare-metrics">
          <thead>
            <tr>
              <th>Metric</th>
              <th>Control</th>
              <th>Branch</th>
              <th>Difference</th>
              <th title="Beyond noise: every seed of the branch lies beyond every seed of the control">
                Beyond noise?
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.metrics.map((m) => (
              <tr
                key={m.metric}
                className={m.beyondNoise ? 'is-beyond' : undefined}
                data-metric={m.metric}
              >
                <th scope="row">{metricLabel(m.metric, report.names)}</th>
                <td>
                  <span data-testid="metric-control">{num(m.control.mean)}</span>
                  {seeds > 1 && <Spread min={m.control.min} max={m.control.max} />}
                </td>
                <td>
                  <span data-testid="metric-branch">{num(m.branch.mean)}</span>
                  {seeds > 1 && <Spread min={m.branch.min} max={m.branch.max} />}
                </td>
                <td>{m.difference > 0 ? `+${num(m.difference)}` : num(m.difference)}</td>
                <td>
                  {m.beyondNoise === null ? (
                    <span className="muted">one seed</span>
                  ) : m.beyondNoise ? (
                    <strong>yes</strong>
                  ) : (
                    'no'
                  )}
                  {m.pValue !== null && <span className="muted small"> p={num(m.pValue)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <KnowersOverTime control={control} branch={branch} report={report} />

      <section>
        <h3>Where they part</h3>
        <table className="compare__table" data-testid="compare-divergence">
          <thead>
            <tr>
              <th>Seed</th>
              <th>First different behaviour</th>
              <th>First different state (hourly)</th>
            </tr>
          </thead>
          <tbody>
            {comparison.divergence.map((d) => (
              <tr key={d.seed}>
                <td>{d.seed}</td>
                <td>
                  {d.behaviour ? (
                    <>
                      {d.behaviour.clock}: {people(d.behaviour.people)}
                    </>
                  ) : (
                    <span className="muted">never</span>
                  )}
                </td>
                <td>
                  {d.state ? (
                    <>
                      {d.state.clock}: {people(d.state.people)}
                    </>
                  ) : (
                    <span className="muted">never</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <PeopleDiffs
        diffs={comparison.people}
        control={control[0]}
        branch={branch[0]}
        nameOf={nameOf}
        onPick={(id) => select(id, { focus: true })}
      />
    </div>
  );
}

function Spread({ min, max }: { min: number; max: number }) {
  if (min === max) return null;
  return (
    <span className="muted small">
      {' '}
      ({num(min)}–{num(max)})
    </span>
  );
}

/** Mean over seeds of each hour's count. */
function meanByHour(runs: RunMetrics[], story: string): number[] {
  const series = runs.map((r) => r.storylines[story]?.toldHourly ?? []);
  const hours = Math.max(0, ...series.map((s) => s.length));
  return Array.from({ length: hours }, (_, h) => {
    const vals = series.map((s) => s[h]).filter((v): v is number => v !== undefined);
    return vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : 0;
  });
}

const W = 260;
const H = 70;

/** One small chart per storyline: people told it, hour by hour, control vs branch (seed means). */
function KnowersOverTime({
  control,
  branch,
  report,
}: {
  control: RunMetrics[];
  branch: RunMetrics[];
  report: ExperimentReport;
}) {
  const stories = Object.keys(control[0]?.storylines ?? {});
  if (!stories.length) return null;
  const people = Object.keys(control[0]?.people ?? {}).length || 1;
  const path = (vals: number[]) =>
    vals
      .map((v, i) => {
        const x = vals.length > 1 ? (i / (vals.length - 1)) * W : 0;
        const y = H - (v / people) * (H - 4) - 2;
        return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
      })
      .join('');
  return (
    <section>
      <h3>Who knows, hour by hour</h3>
      <p className="muted small">
        <span className="swatch swatch--control" /> control{' '}
        <span className="swatch swatch--branch" /> branch — people told each storyline (mean over
        seeds, out of {people}).
      </p>
      <div className="compare__charts">
        {stories.map((id) => {
          const c = meanByHour(control, id);
          const b = meanByHour(branch, id);
          return (
            <figure key={id} className="compare__chart">
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Knowers of ${id}`}>
                <path d={path(c)} className="line line--control" />
                <path d={path(b)} className="line line--branch" />
              </svg>
              <figcaption>
                {report.names?.things[id] ?? id}: {num(c.at(-1) ?? 0)} → {num(b.at(-1) ?? 0)}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}

/** How many of the hours a person was somewhere else in the branch. */
function hoursElsewhere(c: RunMetrics, b: RunMetrics, id: string): number {
  const cp = c.positions.byAgent[id] ?? [];
  const bp = b.positions.byAgent[id];
  if (!bp) return cp.length;
  return cp.filter((s, i) => s !== bp[i]).length;
}

function PeopleDiffs({
  diffs,
  control,
  branch,
  nameOf,
  onPick,
}: {
  diffs: PersonDifference[];
  control: RunMetrics | undefined;
  branch: RunMetrics | undefined;
  nameOf(id: string): string;
  onPick(id: string): void;
}) {
  if (!control || !branch) return null;
  const removed = Object.keys(control.people).filter((id) => !branch.people[id]);
  return (
    <section>
      <h3>People who end differently (seed {control.seed})</h3>
      {removed.length > 0 && (
        <p className="small">Not in the branch: {removed.map(nameOf).join(', ')}.</p>
      )}
      {diffs.length === 0 ? (
        <p className="muted">Everyone ends the same as in the control.</p>
      ) : (
        <table className="compare__table compare__people" data-testid="compare-people">
          <thead>
            <tr>
              <th>Person</th>
              <th>Control</th>
              <th>Branch</th>
              <th>Memories</th>
              <th>Ties</th>
              <th title="Hours (of the hourly samples) spent somewhere else than in the control">
                Hours elsewhere
              </th>
            </tr>
          </thead>
          <tbody>
            {diffs.map((d) => (
              <tr key={d.agentId}>
                <th scope="row">
                  <button type="button" className="linklike" onClick={() => onPick(d.agentId)}>
                    {nameOf(d.agentId)}
                  </button>
                </th>
                <td>{whereWhat(d.control)}</td>
                <td>
                  {whereWhat(d.branch) === whereWhat(d.control) ? (
                    <span className="muted">the same</span>
                  ) : (
                    whereWhat(d.branch)
                  )}
                </td>
                <td>{delta(d.control.memories, d.branch.memories)}</td>
                <td>{delta(d.control.relationships, d.branch.relationships)}</td>
                <td>{hoursElsewhere(control, branch, d.agentId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function whereWhat(p: PersonDifference['control']): string {
  const where = p.sector ? (p.arena ? `${p.sector}, ${p.arena}` : p.sector) : 'outdoors';
  return `${p.action} — ${where}${p.planBlock ? ` (plan: ${p.planBlock})` : ''}`;
}

function delta(c: number, b: number): string {
  if (c === b) return String(c);
  return `${c} → ${b}`;
}
