import { useState } from 'react';
import type { MindCallSummary } from '../../protocol';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { Empty, ErrorLine, Loading, Section } from '../inspector/bits';
import { CallBadges } from './CallBadges';
import { CallDetailView } from './CallDetailView';
import { KIND_LABEL, shortTime } from './callFormat';
import { FocusedCall } from './FocusedCall';

/** Calls listed at once (newest first). */
const LIST_LIMIT = 100;

/**
 * The agent's mind log: every question its mind was asked, newest first, with how it was
 * answered; a call opens to show its prompt, reply and the memories it used. A "why?" link
 * elsewhere opens this tab on one call.
 */
export function MindTab({ agentId }: { agentId: string }) {
  const focus = useTown((s) => (s.mindFocus?.agentId === agentId ? s.mindFocus : null));
  const [routine, setRoutine] = useState(false);
  const { data, error, reload } = useRequest('mindCalls', {
    agentId,
    limit: LIST_LIMIT,
    routine,
  });
  return (
    <div className="stack" data-testid="mind-log-tab">
      {focus && <FocusedCall key={focus.seq} focus={focus} />}
      <Section
        title="Mind log"
        extra={
          <label className="check small">
            <input
              type="checkbox"
              checked={routine}
              onChange={(e) => setRoutine(e.target.checked)}
              data-testid="mind-log-routine"
            />
            <span>importance &amp; embeddings</span>
          </label>
        }
      >
        {error ? (
          <ErrorLine error={error} retry={reload} />
        ) : !data ? (
          <Loading what="the mind log" />
        ) : data.calls.length === 0 ? (
          <Empty>
            No mind calls yet for this person. They appear as soon as the town asks this mind
            something (plans at wake-up, talk, reflection).
          </Empty>
        ) : (
          <>
            <p className="muted small mind-log__count">
              {data.mind.kind === 'llm' ? data.mind.label : 'Offline mind'} · showing{' '}
              {data.calls.length} of {data.total} calls
              {data.total > data.kept && ` (the log keeps the last ${data.kept})`}
            </p>
            <ol className="mind-log" data-testid="mind-log">
              {data.calls.map((c) => (
                <CallRow key={c.opId} call={c} agentId={agentId} />
              ))}
            </ol>
          </>
        )}
      </Section>
    </div>
  );
}

function CallRow({ call, agentId }: { call: MindCallSummary; agentId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <li
      className={`mind-call${open ? ' is-open' : ''}`}
      data-testid="mind-call"
      data-kind={call.kind}
      data-mind={call.mind}
      data-answered-by={call.answeredBy}
    >
      <button
        type="button"
        className="mind-call__head"
        data-testid="mind-call-head"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
      >
        <span className="mind-call__top">
          <span className={`tree__toggle${open ? ' is-open' : ''}`}>▸</span>
          <span className="chip">{KIND_LABEL[call.kind]}</span>
          <span className="muted small">{shortTime(call.time)}</span>
          <CallBadges call={call} />
        </span>
        <span className="mind-call__headline">{call.headline}</span>
      </button>
      {open && <CallDetail opId={call.opId} agentId={agentId} />}
    </li>
  );
}

function CallDetail({ opId, agentId }: { opId: string; agentId: string }) {
  const { data, error, reload } = useRequest('mindCall', { opId, agentId }, 0);
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (data === undefined) return <Loading what="the call" />;
  if (data === null) return <Empty>This call is no longer in the log.</Empty>;
  return <CallDetailView call={data} compact />;
}
