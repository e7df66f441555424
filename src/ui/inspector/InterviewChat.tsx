import { useEffect, useRef, useState } from 'react';
import type { InterviewEntry } from '../../store/types';
import { firstName } from '../format';
import { useTown } from '../hooks/useTown';
import { MemoryItem } from './MemoryItem';

const NO_ENTRIES: InterviewEntry[] = [];
const SUGGESTIONS = [
  'What are you doing right now?',
  'What are your plans for today?',
  'Who do you care about most?',
  'Have you heard any news lately?',
];

/** Question the agent; it answers in character from its memories. */
export function InterviewChat({ agentId, name }: { agentId: string; name: string }) {
  const entries = useTown((s) => s.interviews[agentId] ?? NO_ENTRIES);
  const interview = useTown((s) => s.interview);
  const [question, setQuestion] = useState('');
  const [remember, setRemember] = useState(false);
  const endRef = useRef<HTMLLIElement>(null);
  const waiting = entries.some((e) => !e.result && !e.error);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [entries.length, waiting]);

  const ask = (q: string) => {
    if (!q.trim() || waiting) return;
    setQuestion('');
    interview(agentId, q.trim(), remember).catch(() => {});
  };

  return (
    <section className="card interview" data-testid="interview">
      <header className="card__head">
        <h3>Interview</h3>
        <span className="muted small">answers in character, from memory</span>
      </header>
      <ol className="chat" data-testid="interview-log">
        {entries.length === 0 && (
          <li className="chat__hint">
            Ask {firstName(name)} anything.
            <span className="suggestions">
              {SUGGESTIONS.map((s) => (
                <button key={s} type="button" className="chip chip--toggle" onClick={() => ask(s)}>
                  {s}
                </button>
              ))}
            </span>
          </li>
        )}
        {entries.map((e) => (
          <Exchange key={e.id} entry={e} name={name} />
        ))}
        <li ref={endRef} aria-hidden="true" />
      </ol>
      <form
        className="chat__form"
        onSubmit={(e) => {
          e.preventDefault();
          ask(question);
        }}
      >
        <input
          type="text"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          placeholder={`Ask ${firstName(name)} a question`}
          aria-label="Interview question"
          data-testid="interview-input"
        />
        <button
          type="submit"
          className="btn btn--primary"
          disabled={waiting || !question.trim()}
          data-testid="interview-send"
        >
          Ask
        </button>
      </form>
      <label className="toggle">
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => setRemember(e.target.checked)}
          data-testid="interview-remember"
        />
        <span>Let the agent remember this interview</span>
        <span className="muted small">
          {remember ? 'stored as a chat memory' : 'off: the agent stays unchanged'}
        </span>
      </label>
    </section>
  );
}

function Exchange({ entry, name }: { entry: InterviewEntry; name: string }) {
  const [showUsed, setShowUsed] = useState(false);
  return (
    <>
      <li className="chat__msg chat__msg--me">
        <span className="chat__who">You{entry.remember ? ' · remembered' : ''}</span>
        <span className="chat__text">{entry.question}</span>
      </li>
      <li className="chat__msg chat__msg--them" data-testid="interview-answer">
        <span className="chat__who">{firstName(name)}</span>
        {entry.error ? (
          <span className="form-error">{entry.error}</span>
        ) : entry.result ? (
          <>
            <span className="chat__text" data-testid="interview-answer-text">
              {entry.result.answer}
            </span>
            {entry.result.used.length > 0 && (
              <button type="button" className="link small" onClick={() => setShowUsed(!showUsed)}>
                {showUsed ? 'Hide' : 'Show'}{' '}
                {entry.result.used.length === 1
                  ? 'the memory behind this answer'
                  : `the ${entry.result.used.length} memories behind this answer`}
              </button>
            )}
            {showUsed && (
              <ol className="memories memories--compact" data-testid="interview-used">
                {entry.result.used.map((m) => (
                  <MemoryItem key={m.id} memory={m} />
                ))}
              </ol>
            )}
          </>
        ) : (
          <span className="chat__text typing">
            <span className="dots" /> thinking
          </span>
        )}
      </li>
    </>
  );
}
