import { useState } from 'react';
import { CATEGORIES, type Category } from '../../eval/types';
import { MAX_EVAL_DAYS, type EvalRun } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { CATEGORY_LABEL, parseExtraQuestions } from './evalFormat';

/** What to evaluate: now or a copy run ahead, who is asked, and extra questions. */
export function EvalForm() {
  const evaluate = useTown((s) => s.evaluate);
  const running = useTown((s) => s.evalRunning !== null);
  const selectedId = useTown((s) => s.selectedId);
  const selectedName = useTown((s) =>
    s.selectedId ? (s.meta?.agents[s.agentIndex[s.selectedId]]?.name ?? null) : null,
  );
  const people = useTown((s) => s.meta?.agents.length ?? 0);
  const llm = useTown((s) => s.mindStatus.kind === 'llm');
  const replay = useTown((s) => s.town?.mode === 'replay');
  const [days, setDays] = useState('1');
  const [who, setWho] = useState<'all' | 'selected'>('all');
  const [category, setCategory] = useState<Category>('memory');
  const [extra, setExtra] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const dayCount = Number(days);
  const daysOk = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= MAX_EVAL_DAYS;
  const extraCount = extra.split('\n').filter((l) => l.trim()).length;

  const start = (run: EvalRun) => {
    let questions;
    try {
      questions = parseExtraQuestions(extra, category);
    } catch (err) {
      setFormError(errorText(err));
      return;
    }
    setFormError(null);
    const agentIds = who === 'selected' && selectedId ? [selectedId] : undefined;
    void evaluate({ run, agentIds, questions: questions.length ? questions : undefined });
  };

  return (
    <div className="eval-form" data-testid="eval-form">
      <div className="eval-form__row">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => start({ mode: 'now' })}
          disabled={running}
          data-autofocus
          data-testid="eval-now"
        >
          Evaluate now
        </button>
        <span className="eval-form__or">or</span>
        <div className="eval-form__ahead">
          <label htmlFor="eval-days">Run ahead on a copy:</label>
          <input
            id="eval-days"
            type="number"
            min={1}
            max={MAX_EVAL_DAYS}
            step={1}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-invalid={!daysOk}
            data-testid="eval-days"
          />
          <span>day{dayCount === 1 ? '' : 's'}</span>
          <button
            type="button"
            className="btn"
            onClick={() => start({ mode: 'ahead', days: dayCount })}
            disabled={running || !daysOk}
            title={daysOk ? undefined : `1 to ${MAX_EVAL_DAYS} days`}
            data-testid="eval-ahead"
          >
            Run ahead
          </button>
        </div>
        <label className="eval-form__who">
          <span>Ask</span>
          <select
            value={who === 'selected' && selectedId ? 'selected' : 'all'}
            onChange={(e) => setWho(e.target.value as 'all' | 'selected')}
            disabled={running}
            data-testid="eval-who"
          >
            <option value="all">everyone ({people})</option>
            <option value="selected" disabled={!selectedId}>
              {selectedName ? `only ${selectedName}` : 'only the selected person (none)'}
            </option>
          </select>
        </label>
      </div>
      <details className="eval-extra">
        <summary>
          Extra questions{extraCount ? ` (${extraCount})` : ''}{' '}
          <span className="muted small">asked of everyone after the usual ones</span>
        </summary>
        <div className="eval-extra__body">
          <label className="eval-extra__category">
            <span>Category</span>
            <select
              value={category}
              onChange={(e) => setCategory(e.target.value as Category)}
              data-testid="eval-category"
            >
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABEL[c]}
                </option>
              ))}
            </select>
          </label>
          <textarea
            rows={3}
            value={extra}
            onChange={(e) => setExtra(e.target.value)}
            placeholder={'One question per line, e.g.\nWhat do you think of {person}?'}
            aria-label="Extra questions, one per line"
            data-testid="eval-questions"
          />
          <p className="muted small">
            Placeholders: <code>{'{name}'}</code> the person asked · <code>{'{person}'}</code>{' '}
            someone they know · <code>{'{storyline}'}</code> the town’s first storyline ·{' '}
            <code>{'{time}'}</code> an hour of their day. Their answers get the checks that apply
            (grounding, evasion).
          </p>
        </div>
      </details>
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <p className="muted small">
        {replay
          ? 'Evaluates the replayed moment on a copy, with the offline mind; the replay does not move.'
          : 'Works on a copy: the town keeps running and nothing in it changes.'}{' '}
        {llm && !replay
          ? 'The LLM answers every question (hundreds of calls, costing tokens); failures fall back to the offline mind.'
          : 'The offline mind answers.'}
      </p>
    </div>
  );
}
