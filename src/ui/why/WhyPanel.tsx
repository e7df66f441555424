import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { WhyCall, WhyChain, WhyMemory, WhyPart, WhyRef } from '../../protocol/why';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { ErrorLine, Loading, TypeChip } from '../inspector/bits';
import { CallDetailView } from '../mindlog/CallDetailView';
import { ageLabel, KIND_LABEL } from '../mindlog/callFormat';
import { useWhy, type WhyQuestion } from './whyStore';

/** The why panel, floating over the map's edge while a question is open (Esc closes it). */
export function WhyPanel() {
  const question = useWhy((s) => s.question);
  const close = useWhy((s) => s.close);
  useEffect(() => {
    if (!question) return;
    const onKey = (e: KeyboardEvent) => {
      // A dialog opened over the panel closes first.
      if (e.key === 'Escape' && !document.querySelector('.dialog-backdrop')) {
        e.stopPropagation();
        close();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [question, close]);
  if (!question) return null;
  // Into the page's root, so dialogs (same stacking context, higher z-index) open above it.
  return createPortal(
    <Panel key={question.seq} question={question} close={close} />,
    document.querySelector('.app') ?? document.body,
  );
}

function Panel({ question, close }: { question: WhyQuestion; close: () => void }) {
  // Asked once: the chain explains the moment the link was clicked.
  const { data, error, reload } = useRequest(
    'whyChain',
    { agentId: question.agentId, target: question.target },
    0,
  );
  let body;
  if (error) body = <ErrorLine error={error} retry={reload} />;
  else if (data === undefined) body = <Loading what="the reasons" />;
  else if (data === null)
    body = (
      <p className="empty" data-testid="why-gone">
        That is no longer in the town’s record.
      </p>
    );
  else body = <Chain chain={data} />;
  return (
    <section
      className="why-panel"
      role="dialog"
      aria-label={data?.title ?? 'Why?'}
      data-testid="why-panel"
    >
      <header className="why-panel__head">
        <h3>{data?.title ?? 'Why?'}</h3>
        <button
          type="button"
          className="why-panel__close"
          onClick={close}
          aria-label="Close"
          data-testid="why-panel-close"
          autoFocus
        >
          ×
        </button>
      </header>
      <div className="why-panel__body">{body}</div>
    </section>
  );
}

function Chain({ chain }: { chain: WhyChain }) {
  return (
    <>
      <ol className="why-chain" data-testid="why-chain">
        {chain.links.map((l, i) => (
          <li
            key={i}
            className={`why-chain__link why-chain__link--${l.kind}`}
            style={{ marginLeft: `${l.depth * 14}px` }}
            data-testid="why-chain-link"
            data-kind={l.kind}
          >
            {l.when && <span className="why-chain__when">{l.when}</span>}
            <span className="why-chain__text">
              {l.parts.map((p, j) => (
                <Part key={j} part={p} />
              ))}
            </span>
          </li>
        ))}
      </ol>
      {chain.call ? (
        <CallSection call={chain.call} />
      ) : (
        chain.opId && (
          <p className="muted small" data-testid="why-no-call">
            The mind call behind it is not in this page’s log (the log keeps each person’s recent
            decisions, and a replay has none).
          </p>
        )
      )}
    </>
  );
}

/** One run of a link's sentence: text, or a button that opens what it names. */
function Part({ part }: { part: WhyPart }) {
  const open = useOpenRef();
  if (typeof part === 'string') return <>{part}</>;
  return (
    <button
      type="button"
      className={`why-ref why-ref--${part.ref.kind}`}
      onClick={() => open(part.ref)}
      data-testid={`why-ref-${part.ref.kind}`}
    >
      {part.text}
    </button>
  );
}

/** Opens what a link names: a person, a memory, a conversation or a mind call. */
function useOpenRef(): (ref: WhyRef) => void {
  const select = useTown((s) => s.select);
  const setTab = useTown((s) => s.setTab);
  const setSideView = useTown((s) => s.setSideView);
  const showMindCall = useTown((s) => s.showMindCall);
  const openConversation = useTown((s) => s.openConversation);
  const setFocus = useWhy((s) => s.setFocus);
  return (ref) => {
    setSideView('inspector');
    switch (ref.kind) {
      case 'person':
        select(ref.agentId, { focus: true });
        setTab('now');
        return;
      case 'memory':
        setFocus({ agentId: ref.agentId, memoryId: ref.memoryId });
        select(ref.agentId);
        setTab('memory');
        return;
      case 'conversation':
        openConversation(ref.agentId, ref.conversationId);
        return;
      case 'call':
        if (ref.agentId) showMindCall(ref.agentId, ref.opId);
    }
  };
}

function CallSection({ call }: { call: WhyCall }) {
  const [details, setDetails] = useState(false);
  return (
    <section className="why-call" data-testid="why-call">
      <h4>
        The mind was asked: {KIND_LABEL[call.kind]}{' '}
        <span className="muted small">· {call.when}</span>
      </h4>
      {call.memoryCount === 0 ? (
        <p className="muted small">It was given no memories.</p>
      ) : (
        <>
          <p className="muted small">
            {call.memoryCount > call.memories.length
              ? `The ${call.memories.length} strongest of the ${call.memoryCount} memories it was given`
              : `The ${call.memoryCount} memor${call.memoryCount === 1 ? 'y' : 'ies'} it was given`}
            {call.memories.every((m) => m.retrieved) ? (
              <>, with the scores retrieval gave them when it chose them:</>
            ) : (
              <>
                , scored against each other as retrieval scores them
                {call.relevanceTo
                  ? ` (relevance: closeness in meaning to ${call.relevanceTo})`
                  : ''}
                :
              </>
            )}
          </p>
          <ul className="why-memories" data-testid="why-memories">
            {call.memories.map((m) => (
              <Memory key={m.id} m={m} ownerId={call.ownerId} />
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="link small"
        onClick={() => setDetails(!details)}
        aria-expanded={details}
        data-testid="why-details-toggle"
      >
        {details ? 'Hide details' : 'Details: the raw mind call'}
      </button>
      {details && <RawCall call={call} />}
    </section>
  );
}

function Memory({ m, ownerId }: { m: WhyMemory; ownerId: string | null }) {
  const open = useOpenRef();
  const text =
    m.kept && ownerId ? (
      <button
        type="button"
        className="why-ref why-ref--memory"
        onClick={() => open({ kind: 'memory', agentId: ownerId, memoryId: m.id })}
      >
        {m.description}
      </button>
    ) : (
      <span>{m.description}</span>
    );
  return (
    <li
      className="why-memory"
      data-testid="why-memory"
      data-scores={m.retrieved ? 'retrieval' : 'estimate'}
    >
      <div className="why-memory__text">
        <TypeChip type={m.type} /> {text}{' '}
        <span className="muted small">
          rated {m.rating || '–'} · {ageLabel(m.ageMinutes)}
        </span>
      </div>
      <div className="why-scores">
        <Score label="recency" value={m.recency} />
        <Score label="importance" value={m.importance} />
        <Score label="relevance" value={m.relevance} />
      </div>
    </li>
  );
}

function Score({ label, value }: { label: string; value: number | null }) {
  return (
    <span
      className={`why-score why-score--${label}`}
      title={value === null ? `${label}: not measured` : `${label} ${value.toFixed(2)}`}
    >
      <span className="why-score__label">{label}</span>
      <span className="why-score__bar">
        <span style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
      </span>
      <span className="why-score__value">{value === null ? '–' : value.toFixed(2)}</span>
    </span>
  );
}

function RawCall({ call }: { call: WhyCall }) {
  const { data, error, reload } = useRequest(
    'mindCall',
    { opId: call.opId, agentId: call.agentId ?? undefined },
    0,
  );
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (data === undefined) return <Loading what="the call" />;
  if (data === null) return <p className="muted small">That call is no longer in the log.</p>;
  return <CallDetailView call={data} />;
}
