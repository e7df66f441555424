import type { AgentNow, PlanView } from '../../protocol';
import { duration } from '../format';
import { useRequest } from '../hooks/useRequest';
import { WhyLink } from '../mindlog/WhyLink';
import { Empty, ErrorLine, Loading, Section } from './bits';

/** Who the agent is, what it does now and its plan for today. */
export function NowTab({ agentId }: { agentId: string }) {
  const { data, error, reload } = useRequest('agentNow', { agentId });
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="what they are up to" />;
  return (
    <div className="stack" data-testid="now-tab">
      <CurrentAction now={data} />
      <Section title="Today’s plan">
        {data.plan ? <Plan plan={data.plan} /> : <Empty>No plan yet — still asleep.</Empty>}
      </Section>
      <Persona now={data} />
    </div>
  );
}

function CurrentAction({ now }: { now: AgentNow }) {
  const a = now.action;
  const reflectPct = Math.min(100, (now.importanceSinceReflect / now.reflectThreshold) * 100);
  return (
    <section className="card card--hero">
      <div className="doing">
        <span className="doing__emoji emoji">{a.emoji}</span>
        <div>
          <p className="doing__what" data-testid="now-action">
            {a.description}
            <WhyLink target={{ kind: 'action' }} opId={a.opId} />
          </p>
          <p className="muted">
            {now.chatWith ? `with ${now.chatWith} · ` : ''}
            {a.address ?? now.place}
          </p>
          <p className="muted small">
            since {a.startTime.replace(/^Day \d+ /, '')} ·{' '}
            {a.minutesLeft > 0 ? `${duration(a.minutesLeft)} left` : 'about to change'}
          </p>
        </div>
      </div>
      <div
        className="meter"
        title="Reflection happens when recent importance adds up to the threshold"
      >
        <span className="meter__label">
          Next reflection {Math.round(now.importanceSinceReflect)} / {now.reflectThreshold}
        </span>
        <span className="meter__bar">
          <span style={{ width: `${reflectPct}%` }} />
        </span>
        <span className="meter__label muted">{now.memoryCount} memories</span>
      </div>
    </section>
  );
}

function Plan({ plan }: { plan: PlanView }) {
  return (
    <div className="plan">
      <h4>Day plan</h4>
      <ol className="plan__items">
        {plan.items.map((item, i) => (
          <li key={i} className={i === plan.currentItem ? 'is-current' : ''}>
            {item}
          </li>
        ))}
      </ol>
      <h4>Hour by hour</h4>
      <ol className="timeline" data-testid="plan-blocks">
        {plan.blocks.map((b, i) => (
          <li
            key={i}
            className={
              i === plan.currentBlock ? 'is-current' : i < plan.currentBlock ? 'is-past' : ''
            }
          >
            <span className="timeline__time">
              {b.start}–{b.end}
            </span>
            <span className="timeline__what">
              {b.activity}
              {b.place && <span className="muted"> · {b.place}</span>}
            </span>
            {i === plan.currentBlock && plan.decomp?.block === i && (
              <ol className="decomp" data-testid="plan-decomp">
                {plan.decomp.steps.map((s, j) => (
                  <li
                    key={j}
                    className={
                      j === plan.decomp!.current
                        ? 'is-current'
                        : j < plan.decomp!.current
                          ? 'is-past'
                          : ''
                    }
                  >
                    <span className="timeline__time">{s.start}</span>
                    <span>
                      {s.emoji && <span className="emoji">{s.emoji} </span>}
                      {s.description} <span className="muted">({s.durationMin} min)</span>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Persona({ now }: { now: AgentNow }) {
  return (
    <Section title="Who they are">
      <div className="traits">
        {now.traits.map((t) => (
          <span key={t} className="chip">
            {t}
          </span>
        ))}
      </div>
      <p>{now.learned}</p>
      <p>
        <strong>On their mind: </strong>
        {now.currently}
      </p>
      <p className="muted">{now.lifestyle}</p>
      <dl className="facts">
        <dt>Home</dt>
        <dd>{now.home}</dd>
        {now.workplace && (
          <>
            <dt>Work</dt>
            <dd>{now.workplace}</dd>
          </>
        )}
      </dl>
    </Section>
  );
}
