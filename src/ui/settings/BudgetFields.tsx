import type { LlmBudget } from '../../protocol';
import type { BudgetFields as Fields, MindForm } from './settingsModel';

interface Props {
  form: Fields;
  patch(p: Partial<MindForm>): void;
}

/**
 * The optional LLM budget: a limit of calls and/or estimated cost per game hour or day. Past it
 * the town keeps going: the people nobody watches think with the offline mind until the next
 * window.
 */
export function BudgetFields({ form, patch }: Props) {
  return (
    <div
      className="field mind-form__budget"
      role="group"
      aria-label="Budget"
      data-testid="mind-budget"
    >
      <label className="check">
        <input
          type="checkbox"
          checked={form.budgetOn}
          onChange={(e) => patch({ budgetOn: e.target.checked })}
          data-testid="mind-budget-on"
        />
        <span>Limit LLM use (budget)</span>
      </label>
      {form.budgetOn && (
        <>
          <div className="field-row">
            <label className="field">
              <span>Per</span>
              <select
                value={form.budgetPer}
                onChange={(e) => patch({ budgetPer: e.target.value as LlmBudget['per'] })}
                data-testid="mind-budget-per"
              >
                <option value="hour">game hour</option>
                <option value="day">game day</option>
              </select>
            </label>
            <label className="field">
              <span>Most calls</span>
              <input
                type="text"
                inputMode="numeric"
                value={form.budgetCalls}
                onChange={(e) => patch({ budgetCalls: e.target.value })}
                placeholder="no limit"
                data-testid="mind-budget-calls"
              />
            </label>
            <label className="field">
              <span>Most cost (USD)</span>
              <input
                type="text"
                inputMode="decimal"
                value={form.budgetCost}
                onChange={(e) => patch({ budgetCost: e.target.value })}
                placeholder="no limit"
                data-testid="mind-budget-cost"
              />
            </label>
          </div>
          <small className="muted">
            Calls are chat questions sent to the server; cost is estimated from the price table
            (Usage &amp; cost). Near the limit only the people you watch and your interviews keep
            the LLM; past it everyone thinks with the offline mind until the next game{' '}
            {form.budgetPer}. The town never stops.
          </small>
        </>
      )}
    </div>
  );
}
