import { useState } from 'react';
import type { ConversationView } from '../../protocol';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { WhyLink } from '../mindlog/WhyLink';
import { Empty, ErrorLine, Loading } from './bits';

/** How many conversations start expanded. */
const OPEN_FIRST = 2;

/** Transcripts of the agent's conversations, newest first. */
export function ConversationsTab({ agentId }: { agentId: string }) {
  const { data, error, reload } = useRequest('conversations', { agentId });
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="conversations" />;
  if (data.length === 0)
    return <Empty>No conversations yet. People talk when they meet during the day.</Empty>;
  return (
    <div className="stack" data-testid="conversations-tab">
      {data.map((c, i) => (
        <Conversation key={c.id} conv={c} initiallyOpen={i < OPEN_FIRST} />
      ))}
    </div>
  );
}

function Conversation({ conv, initiallyOpen }: { conv: ConversationView; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const select = useTown((s) => s.select);
  return (
    <section className="card conv" data-testid="conversation">
      <header className="card__head conv__head">
        <button
          type="button"
          className="conv__toggle"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          <span className={`tree__toggle${open ? ' is-open' : ''}`}>▸</span>
          <span>
            with <strong>{conv.partner}</strong>
          </span>
        </button>
        <span className="muted small">
          {conv.start} · {conv.place}
          {conv.ongoing && <span className="pill pill--live">live</span>}
        </span>
      </header>
      {open && (
        <>
          <ol className="transcript">
            {conv.lines.map((l, i) => (
              <li key={i} className={`line${l.mine ? ' line--mine' : ''}`}>
                <span className="line__who">
                  {l.speaker} <span className="muted">{l.time.replace(/^Day \d+ /, '')}</span>
                </span>
                <span className="line__text">
                  {l.text}
                  <WhyLink opId={l.opId} />
                </span>
              </li>
            ))}
            {conv.ongoing && <li className="line line--typing">…</li>}
          </ol>
          <button
            type="button"
            className="link small"
            onClick={() => select(conv.partnerId, { focus: true })}
          >
            Inspect {conv.partner} →
          </button>
        </>
      )}
    </section>
  );
}
