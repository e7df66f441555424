import { useEffect, useRef, useState } from 'react';
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
  const focusId = useTown((s) => s.focusConversationId);
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="conversations" />;
  if (data.length === 0)
    return <Empty>No conversations yet. People talk when they meet during the day.</Empty>;
  return (
    <div className="stack" data-testid="conversations-tab">
      {data.map((c, i) => (
        <Conversation
          key={c.id}
          conv={c}
          initiallyOpen={i < OPEN_FIRST}
          focused={c.id === focusId}
        />
      ))}
    </div>
  );
}

function Conversation({
  conv,
  initiallyOpen,
  focused,
}: {
  conv: ConversationView;
  initiallyOpen: boolean;
  /** Opened from elsewhere (the told-by graph): open, scroll to it and mark it. */
  focused: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen || focused);
  const select = useTown((s) => s.select);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  return (
    <section
      ref={ref}
      className={`card conv${focused ? ' conv--focus' : ''}`}
      data-testid="conversation"
      data-conversation={conv.id}
    >
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
                  <WhyLink
                    target={{ kind: 'line', conversationId: conv.id, index: i }}
                    opId={l.opId}
                  />
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
