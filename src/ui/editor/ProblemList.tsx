import type { ScenarioProblem } from '../../protocol';

/**
 * Every problem of the draft (errors refuse the town, warnings let it run); a click goes to the
 * field. `full`: the middle pane's list, else the side panel's summary.
 */
export function ProblemList({
  errors,
  warnings,
  onGo,
  where,
  checking,
  full,
}: {
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  onGo(path: string): void;
  /** A problem's place in words. */
  where(path: string): string;
  checking?: boolean;
  full?: boolean;
}) {
  const n = errors.length;
  return (
    <section
      className={`ed-problems${full ? ' ed-problems--full' : ''}`}
      aria-label="Problems"
      data-testid={full ? 'ed-problems-full' : 'ed-problems'}
    >
      <h3 data-testid="ed-problems-summary" data-errors={n} data-warnings={warnings.length}>
        {n
          ? `${n} problem${n === 1 ? '' : 's'} to fix before it can start`
          : checking
            ? 'Checking…'
            : '✓ Ready to start'}
        {warnings.length > 0 && (
          <span className="muted">
            {' '}
            · {warnings.length} note{warnings.length === 1 ? '' : 's'}
          </span>
        )}
      </h3>
      <ul>
        {errors.map((p, i) => (
          <li key={`e${i}`} className="ed-problem ed-problem--error">
            <button
              type="button"
              className="ed-problems__go"
              onClick={() => onGo(p.path)}
              disabled={!p.path || p.path === 'map'}
              data-testid="ed-problem"
            >
              <span className="ed-problems__where">{where(p.path)}</span>
              {p.message}
            </button>
          </li>
        ))}
        {warnings.map((p, i) => (
          <li key={`w${i}`} className="ed-problem ed-problem--warning">
            <button
              type="button"
              className="ed-problems__go"
              onClick={() => onGo(p.path)}
              disabled={!p.path || p.path === 'map'}
            >
              <span className="ed-problems__where">{where(p.path)}</span>
              {p.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
