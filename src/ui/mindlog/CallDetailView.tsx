import type { MemoryBrief } from '../../sim/mind';
import type { MindCallDetail } from '../../protocol';
import { Importance, TypeChip } from '../inspector/bits';
import { CallBadges } from './CallBadges';
import { ageLabel, KIND_LABEL, pretty } from './callFormat';

/**
 * One mind call in full: the memories it was given, the request, the prompt as sent, the reply
 * and what the engine took from it. Everything is rendered as text (model output is data).
 * `compact`: inside a log row that already shows the kind and badges.
 */
export function CallDetailView({
  call,
  compact = false,
}: {
  call: MindCallDetail;
  compact?: boolean;
}) {
  const asked = [
    call.model && `model ${call.model}`,
    call.requests > 1 && `${call.requests} HTTP requests`,
    call.repaired && 'repaired once',
  ].filter(Boolean);
  return (
    <div className="call-detail" data-testid="mind-call-detail" data-op={call.opId}>
      {!compact && (
        <p className="call-detail__meta">
          <strong>{KIND_LABEL[call.kind]}</strong> <CallBadges call={call} />
        </p>
      )}
      <p className="muted small">
        {call.time}
        {call.agentName && ` · asked for ${call.agentName}`} · op <code>{call.opId}</code>
        {asked.length > 0 && ` · ${asked.join(' · ')}`}
      </p>
      {call.fallback && (
        <p className="call-detail__fallback" data-testid="call-fallback-reason">
          The offline mind answered instead: {call.fallback}
        </p>
      )}
      {call.answeredBy === 'budget' && (
        <p className="call-detail__fallback" data-testid="call-budget-reason">
          The offline mind answered: the LLM budget of this game hour or day was reached (near the
          limit only the people you watch and interviews keep the LLM).
        </p>
      )}
      {call.error && <p className="muted small">Last problem: {call.error}</p>}
      <Memories memories={call.memories} />
      <Block title="Request" text={pretty(call.request)} />
      {call.messages.length > 0 ? (
        <section className="call-detail__section">
          <h4>Prompt sent</h4>
          {call.messages.map((m, i) => (
            <div key={i} className={`msg msg--${m.role}`} data-testid="call-message">
              <span className="msg__role">{m.role}</span>
              <pre>{m.content}</pre>
            </div>
          ))}
        </section>
      ) : (
        <p className="muted small">
          {call.mind === 'llm' && call.answeredBy !== 'budget'
            ? 'No prompt was sent (answered without a request).'
            : 'The offline mind answers by rules and templates: no prompt was sent.'}
        </p>
      )}
      {call.replyText && <Block title="Reply" text={call.replyText} testId="call-reply" />}
      <Block title="What the town took from it" text={pretty(call.result)} />
    </div>
  );
}

function Memories({ memories }: { memories: MemoryBrief[] }) {
  return (
    <section className="call-detail__section">
      <h4>Memories it retrieved ({memories.length})</h4>
      {memories.length === 0 ? (
        <p className="muted small">None — this question is not grounded in memories.</p>
      ) : (
        <ul className="call-memories" data-testid="call-memories">
          {memories.map((m) => (
            <li key={m.id}>
              <TypeChip type={m.type} /> <span>{m.description}</span>{' '}
              <span className="muted small">{ageLabel(m.ageMinutes)}</span>{' '}
              <Importance value={m.importance} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Block({ title, text, testId }: { title: string; text: string; testId?: string }) {
  return (
    <section className="call-detail__section">
      <h4>{title}</h4>
      <pre className="call-detail__pre" data-testid={testId}>
        {text}
      </pre>
    </section>
  );
}
