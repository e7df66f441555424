import type { BudgetStatus } from '../../protocol';
import { budgetLimits, count, stepLabel, usd, usedPercent, windowLabel } from './usageFormat';

interface Props {
  status: BudgetStatus | null;
  /** An agent's name by id. */
  nameOf(id: string): string;
}

/**
 * The LLM budget in the usage panel: the limits, what this window has spent, and who thinks with
 * what — everyone with the LLM, only the watched people and interviews (the reserve), or no one —
 * with the people whose questions went to the offline mind by budget.
 */
export function BudgetView({ status, nameOf }: Props) {
  if (!status)
    return (
      <p className="muted small" data-testid="budget-none">
        No budget: every question goes to the LLM. Set one in Settings to cap calls or cost per game
        hour or day.
      </p>
    );
  const s = status;
  const offline = Object.entries(s.offlineByAgent).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  );
  const people = offline.filter(([id]) => id !== '(town)').length;
  const reservePct = usedPercent(s.reserveShare);
  return (
    <section className="usage__budget" data-testid="budget" data-state={s.state}>
      <h3>
        Budget: <span data-testid="budget-limits">{budgetLimits(s.budget)}</span>
      </h3>
      <p className="small">
        This window ({windowLabel(s)}): <strong data-testid="budget-calls">{count(s.calls)}</strong>{' '}
        call{s.calls === 1 ? '' : 's'}
        {s.pending > 0 && ` (+${count(s.pending)} in flight)`} ·{' '}
        <strong data-testid="budget-cost">{usd(s.costUsd)}</strong> ·{' '}
        <span data-testid="budget-used">{usedPercent(s.used)}</span> used
      </p>
      <meter
        className="usage__meter"
        min={0}
        max={1}
        low={1 - s.reserveShare}
        high={1 - s.reserveShare}
        optimum={0}
        style={{ width: '100%' }}
        value={Math.min(1, s.used)}
        aria-label="Share of the budget used"
      />
      <p className="small" data-testid="budget-state">
        {s.state === 'open' &&
          `Everyone thinks with the LLM. The last ${reservePct} is kept for the people you watch and for interviews.`}
        {s.state === 'reserve' &&
          `In the reserve: ${
            s.kept.length ? s.kept.map(nameOf).join(', ') : 'no one you watched'
          } and interviews keep the LLM; everyone else thinks with the offline mind.`}
        {s.state === 'closed' &&
          `Spent: everyone thinks with the offline mind until ${stepLabel(s.window.endStep)}.`}
      </p>
      <p className="small" data-testid="budget-offline">
        Offline by budget this window: <strong>{count(s.offlineCalls)}</strong> question
        {s.offlineCalls === 1 ? '' : 's'} for {count(people)} {people === 1 ? 'person' : 'people'}
        {offline.length > 0 &&
          ` — ${offline.map(([id, n]) => `${id === '(town)' ? 'the town' : nameOf(id)} ${count(n)}`).join(', ')}`}
        . Since the town opened: {count(s.offlineCallsTotal)}.
      </p>
      {!s.priced && s.budget.maxCostUsd !== undefined && (
        <p className="small is-warn" role="note" data-testid="budget-unpriced">
          The price table has no price for this model, so its cost counts as $0 and the cost limit
          is never reached. Add a price below.
        </p>
      )}
    </section>
  );
}
