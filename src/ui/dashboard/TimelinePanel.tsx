import { useState } from 'react';
import type { Moment, MomentKind } from '../../protocol/graphs';
import { errorText } from '../../protocol/text';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { Empty, ErrorLine, Loading } from '../inspector/bits';

/** Moments listed at most (newest first). */
const LIMIT = 150;

export const TIMELINE_KINDS: { kind: MomentKind; icon: string; label: string }[] = [
  { kind: 'news', icon: '💬', label: 'News told' },
  { kind: 'accepted', icon: '✅', label: 'Accepted' },
  { kind: 'declined', icon: '✖️', label: 'Not going' },
  { kind: 'replan', icon: '🔀', label: 'Plan change' },
  { kind: 'reflection', icon: '💡', label: 'Reflection' },
  { kind: 'announcement', icon: '📣', label: 'Announcement' },
  { kind: 'whisper', icon: '🤫', label: 'Whisper' },
];

const ICON = Object.fromEntries(TIMELINE_KINDS.map((k) => [k.kind, k])) as Record<
  MomentKind,
  (typeof TIMELINE_KINDS)[number]
>;

/**
 * The town's notable moments, newest first, filtered by person, place, storyline and kind. A
 * click jumps the camera to the person (and, in a replay, the clock to the moment).
 */
export function TimelinePanel() {
  const meta = useTown((s) => s.meta);
  const [agentId, setAgentId] = useState('');
  const [place, setPlace] = useState('');
  const [storylineId, setStorylineId] = useState('');
  const [off, setOff] = useState<ReadonlySet<MomentKind>>(new Set(['replan']));
  const kinds = TIMELINE_KINDS.map((k) => k.kind).filter((k) => !off.has(k));
  const { data, error, reload } = useRequest('timeline', {
    ...(agentId ? { agentId } : {}),
    ...(place ? { place } : {}),
    ...(storylineId ? { storylineId } : {}),
    kinds,
    limit: LIMIT,
  });
  const toggle = (k: MomentKind) =>
    setOff((cur) => {
      const next = new Set(cur);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  return (
    <div className="timeline">
      <div className="timeline__filters">
        <select
          value={agentId}
          onChange={(e) => setAgentId(e.target.value)}
          aria-label="Person"
          data-testid="timeline-person"
        >
          <option value="">Everyone</option>
          {[...(meta?.agents ?? [])]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
        <select
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          aria-label="Place"
          data-testid="timeline-place"
        >
          <option value="">Everywhere</option>
          {(data?.places ?? []).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <select
          value={storylineId}
          onChange={(e) => setStorylineId(e.target.value)}
          aria-label="Storyline"
          data-testid="timeline-story"
        >
          <option value="">Any storyline</option>
          {(data?.storylines ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="timeline__kinds" role="group" aria-label="Kinds of moment">
        {TIMELINE_KINDS.map((k) => (
          <button
            key={k.kind}
            type="button"
            className={`chip chip--toggle${off.has(k.kind) ? '' : ' is-on'}`}
            aria-pressed={!off.has(k.kind)}
            onClick={() => toggle(k.kind)}
            data-testid={`timeline-kind-${k.kind}`}
          >
            {k.icon} {k.label}
          </button>
        ))}
      </div>
      {error && <ErrorLine error={error} retry={reload} />}
      {!data && !error && <Loading what="moments" />}
      {data && data.moments.length === 0 && (
        <Empty>No moments like this yet. Let the town run: people talk, plan and reflect.</Empty>
      )}
      {data && data.moments.length > 0 && (
        <>
          <p className="muted small">
            {data.total > data.moments.length
              ? `The latest ${data.moments.length} of ${data.total} moments`
              : `${data.total} moments`}
          </p>
          <ol className="timeline__list" data-testid="timeline-list">
            {data.moments.map((m) => (
              <MomentRow key={m.id} m={m} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function MomentRow({ m }: { m: Moment }) {
  const meta = useTown((s) => s.meta);
  const agentIndex = useTown((s) => s.agentIndex);
  const select = useTown((s) => s.select);
  const replay = useTown((s) => s.town?.mode === 'replay');
  const seek = useTown((s) => s.seek);
  const notify = useTown((s) => s.notify);
  const name = (id: string) => meta?.agents[agentIndex[id] ?? -1]?.name ?? id;
  const k = ICON[m.kind];
  const who =
    m.kind === 'news' && m.people.length === 2
      ? `${name(m.people[0]!)} → ${name(m.people[1]!)}`
      : m.people.map(name).join(', ') + (m.morePeople ? ` and ${m.morePeople} more` : '');
  const go = () => {
    select(m.people[0] ?? null, { focus: true });
    if (replay) seek(m.step).catch((err: unknown) => notify('error', errorText(err)));
  };
  return (
    <li>
      <button
        type="button"
        className={`moment moment--${m.kind}`}
        onClick={go}
        title={replay ? 'Show this moment on the map (and go back to it)' : 'Show on the map'}
        data-testid="timeline-moment"
        data-moment={m.id}
        data-kind={m.kind}
        data-agent={m.people[0]}
        data-people={m.people.join(' ')}
      >
        <span className="moment__icon" aria-hidden>
          {k.icon}
        </span>
        <span className="moment__body">
          <span className="moment__head">
            <span className="moment__time">{m.time}</span>
            <span className="moment__kind">{k.label}</span>
            {m.place && <span className="muted">· {m.place}</span>}
          </span>
          <span className="moment__who">{who}</span>
          <span className="moment__text">{m.text}</span>
        </span>
      </button>
    </li>
  );
}
