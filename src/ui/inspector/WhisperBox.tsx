import { useState, type FormEvent } from 'react';
import type { MemoryView } from '../../protocol';
import { firstName } from '../format';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { ErrorLine, Importance } from './bits';

/** Plant an inner voice: stored as a high-importance thought that can change plans. */
export function WhisperBox({ agentId, name }: { agentId: string; name: string }) {
  const whisper = useTown((s) => s.whisper);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<MemoryView | null>(null);
  const send = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    void send.run(async () => {
      setSent(await whisper(agentId, text.trim()));
      setText('');
    });
  };

  return (
    <section className="card whisper" data-testid="whisper">
      <header className="card__head">
        <h3>Whisper</h3>
        <span className="muted small">an inner voice</span>
      </header>
      <form onSubmit={submit} className="whisper__form">
        <textarea
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={`e.g. You want to visit the library this afternoon`}
          aria-label={`Whisper to ${name}`}
          data-testid="whisper-input"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <button
          type="submit"
          className="btn btn--primary"
          disabled={send.pending || !text.trim()}
          data-testid="whisper-send"
        >
          {send.pending ? 'Whispering…' : 'Whisper'}
        </button>
      </form>
      {send.error && <ErrorLine error={send.error} />}
      {sent && (
        <p className="whisper__sent" data-testid="whisper-sent">
          ✓ {firstName(name)} now thinks “{sent.description}” <Importance value={sent.importance} />
          <span className="muted small">
            {' '}
            · a thought at {sent.time}; plans will be reconsidered
          </span>
        </p>
      )}
    </section>
  );
}
