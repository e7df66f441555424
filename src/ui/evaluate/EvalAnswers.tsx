import { useMemo, useState } from 'react';
import type { InterviewRecord } from '../../eval/types';
import { byPerson, CATEGORY_LABEL, CHECK_LABEL } from './evalFormat';

/**
 * Every answer grouped by person: question, answer, and each check with ✓/✗ and its reason in
 * plain sight (projectors have no hover). Agent text is rendered as text, never as HTML.
 */
export function EvalAnswers({ interviews }: { interviews: InterviewRecord[] }) {
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return interviews.filter(
      (r) =>
        (!onlyFailed || r.checks.some((c) => !c.pass)) &&
        (!q || `${r.agentName}\n${r.question}\n${r.answer}`.toLowerCase().includes(q)),
    );
  }, [interviews, onlyFailed, query]);
  const groups = useMemo(() => byPerson(shown), [shown]);
  // A person's tally counts all their answers, whatever the filter shows.
  const tally = useMemo(() => {
    const out = new Map<string, { passed: number; total: number }>();
    for (const r of interviews) {
      const t = out.get(r.agentId) ?? { passed: 0, total: 0 };
      for (const c of r.checks) {
        t.total++;
        if (c.pass) t.passed++;
      }
      out.set(r.agentId, t);
    }
    return out;
  }, [interviews]);

  return (
    <div className="eval-answers" data-testid="eval-answers">
      <div className="eval-answers__tools">
        <label className="check">
          <input
            type="checkbox"
            checked={onlyFailed}
            onChange={(e) => setOnlyFailed(e.target.checked)}
            data-testid="eval-only-failed"
          />
          Only answers that failed a check
        </label>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Find a person, question or answer…"
          aria-label="Find in answers"
        />
        <span className="muted small" data-testid="eval-shown">
          {shown.length} of {interviews.length} answers
        </span>
      </div>
      {!groups.length && (
        <p className="empty">
          {onlyFailed && !query ? 'No answer failed a check.' : 'No answer matches.'}
        </p>
      )}
      {groups.map((g) => {
        const t = tally.get(g.agentId) ?? { passed: 0, total: 0 };
        return (
          <section key={g.agentId} className="eval-person" data-testid={`eval-person-${g.agentId}`}>
            <h3>
              {g.name}{' '}
              <span className="muted small">
                {t.passed} of {t.total} checks passed
              </span>
            </h3>
            <ol className="eval-answer-list">
              {g.answers.map((r, i) => (
                <AnswerItem key={`${r.step}-${r.template}-${i}`} r={r} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function AnswerItem({ r }: { r: InterviewRecord }) {
  const failed = r.checks.some((c) => !c.pass);
  return (
    <li className="eval-answer" data-testid="eval-answer" data-failed={failed}>
      <div className="eval-answer__q">
        <span className="chip">{CATEGORY_LABEL[r.category] ?? r.category}</span>
        <span className="muted small">
          Day {r.day} {r.clock}
        </span>
        <b>{r.question}</b>
      </div>
      <p className="eval-answer__a">{r.answer}</p>
      {r.retest && (
        <p className="eval-answer__retest">
          <span className="muted">Asked again:</span> “{r.retest.question}” → {r.retest.answer}
        </p>
      )}
      <ul className="eval-checks">
        {r.checks.map((c) => (
          <li
            key={c.name}
            className={c.pass ? 'is-pass' : 'is-fail'}
            data-testid="eval-check"
            data-pass={c.pass}
          >
            <span className="eval-checks__mark" aria-label={c.pass ? 'passed' : 'failed'}>
              {c.pass ? '✓' : '✗'}
            </span>
            <span>
              <b>{CHECK_LABEL[c.name] ?? c.name}</b> — {c.reason}
            </span>
          </li>
        ))}
        {!r.checks.length && <li className="muted">No check applies to this answer.</li>}
      </ul>
    </li>
  );
}
