import type { ReactNode } from 'react';
import { CATEGORIES, type EvalReport, type PassRate } from '../../eval/types';
import { useTown } from '../hooks/useTown';
import { CATEGORY_LABEL, CHECK_HINT, CHECK_LABEL, CHECK_ORDER, num, pct } from './evalFormat';

type NameOf = (id: string) => string;

/** Agent names from the town, else from the answers, else the id. */
function useNameOf(report: EvalReport): NameOf {
  const agents = useTown((s) => s.meta?.agents);
  const names = new Map<string, string>();
  for (const a of agents ?? []) names.set(a.id, a.name);
  for (const i of report.interviews) names.set(i.agentId, i.agentName);
  return (id) => names.get(id) ?? id;
}

/** Pass rates per check and per category, and the town's figures. */
export function EvalSummary({ report }: { report: EvalReport }) {
  const nameOf = useNameOf(report);
  const s = report.summary;
  const checks = CHECK_ORDER.filter((c) => s.byCheck[c]).map((c) => ({
    key: c,
    label: CHECK_LABEL[c],
    hint: CHECK_HINT[c],
    rate: s.byCheck[c]!,
  }));
  const categories = CATEGORIES.filter((c) => s.byCategory[c]).map((c) => ({
    key: c,
    label: CATEGORY_LABEL[c],
    rate: s.byCategory[c]!,
  }));
  return (
    <div className="eval-summary" data-testid="eval-summary">
      <Card title="Pass rate by check">
        <RateBars items={checks} testId="eval-by-check" />
      </Card>
      <Card title="Pass rate by category">
        <RateBars items={categories} testId="eval-by-category" />
      </Card>
      <Card title="Storylines: who knows">
        <Storylines report={report} nameOf={nameOf} />
      </Card>
      <Card title="Language">
        <Language report={report} />
      </Card>
      <Card title="Behaviour">
        <Behaviour report={report} nameOf={nameOf} />
      </Card>
      <Card title="Relationships">
        <Figures
          rows={[
            [
              'Network density',
              `${num(report.density.start, 3)} → ${num(report.density.end, 3)}`,
              'share of pairs who know each other, start → end',
            ],
          ]}
        />
      </Card>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card eval-card">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function level(rate: number): string {
  return rate >= 0.8 ? 'good' : rate >= 0.5 ? 'mid' : 'bad';
}

/** A 0–1 fraction as a bar (no text). */
function Bar({ rate }: { rate: number }) {
  const w = Math.max(0, Math.min(1, Number.isFinite(rate) ? rate : 0)) * 100;
  return (
    <span className="eval-bar">
      <span
        className={`eval-bar__fill eval-bar__fill--${level(rate)}`}
        style={{ width: `${w}%` }}
      />
    </span>
  );
}

function RateBars({
  items,
  testId,
}: {
  items: { key: string; label: string; hint?: string; rate: PassRate }[];
  testId: string;
}) {
  if (!items.length) return <p className="muted small">No check applied.</p>;
  return (
    <ul className="eval-rates" data-testid={testId}>
      {items.map((it) => (
        <li key={it.key} className="eval-rate" data-key={it.key}>
          <div className="eval-rate__top">
            <span className="eval-rate__label">{it.label}</span>
            <span className="eval-rate__num">
              {pct(it.rate.rate)}{' '}
              <span className="muted">
                ({it.rate.passed}/{it.rate.total})
              </span>
            </span>
          </div>
          <Bar rate={it.rate.rate} />
          {it.hint && <div className="eval-rate__hint">{it.hint}</div>}
        </li>
      ))}
    </ul>
  );
}

/** Label, value and an optional note per row. */
function Figures({ rows }: { rows: [string, ReactNode, ReactNode?][] }) {
  return (
    <table className="eval-figures">
      <tbody>
        {rows.map(([label, value, note]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="eval-figures__value">{value}</td>
            <td className="eval-figures__note">{note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Storylines({ report, nameOf }: { report: EvalReport; nameOf: NameOf }) {
  const list = Object.values(report.storylines);
  if (!list.length) return <p className="muted small">This town has no storylines.</p>;
  return (
    <ul className="eval-stories">
      {list.map((st) => (
        <li key={st.id} data-testid={`eval-story-${st.id}`}>
          <div className="eval-rate__top">
            <b>{st.id}</b>
            <span className="muted small">seeded with {nameOf(st.seedAgentId)}</span>
          </div>
          <div className="eval-story__row">
            <span>Told</span>
            <Bar rate={st.toldFraction} />
            <span className="eval-rate__num">{pct(st.toldFraction)}</span>
          </div>
          <div className="eval-story__row">
            <span>Saw only</span>
            <Bar rate={st.sawOnlyFraction} />
            <span className="eval-rate__num">{pct(st.sawOnlyFraction)}</span>
          </div>
          <p className="muted small">
            Longest chain: {st.hops} hop{st.hops === 1 ? '' : 's'} · {st.chains.length} telling
            {st.chains.length === 1 ? '' : 's'}
            {st.chains.length > 0 &&
              ` (first: ${nameOf(st.chains[0].from)} → ${nameOf(st.chains[0].to)}, day ${st.chains[0].day} ${st.chains[0].clock})`}
            {st.attendance &&
              ` · came: ${st.attendance.invitedPresent} of ${st.attendance.invited} invited, ${st.attendance.uninvitedPresent} uninvited`}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Language({ report }: { report: EvalReport }) {
  const l = report.language;
  return (
    <>
      <Figures
        rows={[
          [
            'Conversation lines',
            l.utterances,
            `${l.conversations} conversations, ${num(l.meanConversationLength, 1)} lines each`,
          ],
          ['Lines repeated word for word', pct(l.duplicateRate), 'names masked'],
          [
            'Distinct words / pairs',
            `${num(l.distinct1)} / ${num(l.distinct2)}`,
            `distinct-1 / distinct-2 over ${l.sampleTokens} words`,
          ],
          ['Sentence shapes', l.shapes, 'different sentence patterns'],
          ['Questions answered', pct(l.questionsAnswered), `of ${l.questionsAsked} asked in talk`],
          ['Ending variety', pct(l.endingVariety), 'distinct closing lines'],
          ['Plans repeated', pct(l.plans.duplicateRate), `${l.plans.count} plans`],
          [
            'Reflections repeated',
            pct(l.reflections.duplicateRate),
            `${l.reflections.count} reflections`,
          ],
        ]}
      />
      {l.topRepeats.length > 0 && (
        <>
          <h4>Most repeated lines</h4>
          <ol className="eval-repeats">
            {l.topRepeats.slice(0, 3).map((r) => (
              <li key={r.text}>
                <span>“{r.text}”</span> <span className="muted">×{r.count}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function Behaviour({ report, nameOf }: { report: EvalReport; nameOf: NameOf }) {
  const b = report.behaviour;
  if (!b)
    return (
      <p className="muted small" data-testid="eval-no-behaviour">
        Measured only when running ahead: behaviour needs the copy’s days recorded.
      </p>
    );
  const names = (ids: string[]) =>
    ids.length ? ids.slice(0, 4).map(nameOf).join(', ') + (ids.length > 4 ? ', …' : '') : '';
  return (
    <div data-testid="eval-behaviour">
      <Figures
        rows={[
          [
            'Asleep at home at night',
            pct(b.night.rate),
            `${b.night.asleepAtHome} of ${b.night.observed} nights`,
          ],
          ['At work in work hours', pct(b.work.rate), `${b.work.atWork} of ${b.work.observed}`],
          [
            'Visits to closed places',
            b.closedVisits ? pct(b.closedVisits.rate) : '–',
            b.closedVisits
              ? `${b.closedVisits.closed} of ${b.closedVisits.visits} visits`
              : 'the map gives no opening hours',
          ],
          [
            'Generic work actions',
            pct(b.genericWork.rate),
            b.genericWork.examples.slice(0, 2).join('; '),
          ],
          ['Stuck episodes', b.stuck.episodes, names(b.stuck.agents)],
          [
            'Days spent at home',
            `${b.homebound.homebound} of ${b.homebound.agentDays}`,
            names(b.homebound.agents),
          ],
          [
            'Plans day to day',
            num(b.planVariation.meanSimilarity),
            b.planVariation.pairs
              ? `similarity (1 = identical), ${b.planVariation.pairs} pairs`
              : 'needs two days',
          ],
          [
            'Joint plans done together',
            pct(b.joint.rate),
            `${b.joint.together} of ${b.joint.planned}`,
          ],
        ]}
      />
    </div>
  );
}
