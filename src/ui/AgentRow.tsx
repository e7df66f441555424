import { memo } from 'react';
import type { AgentMeta } from '../protocol';
import { agentColour } from './format';
import { useTown } from './hooks/useTown';
import { Portrait } from './Portrait';

interface Props {
  meta: AgentMeta;
  index: number;
  /** Offset in the list, px (rows are placed absolutely so long lists can be windowed). */
  top: number;
}

type RowState = 'chatting' | 'asleep' | null;

const BADGE: Record<Exclude<RowState, null>, { icon: string; label: string }> = {
  chatting: { icon: '💬', label: 'chatting' },
  asleep: { icon: '💤', label: 'asleep' },
};

/**
 * One person in the list: portrait, name, what they do and where. Every row has the same layout:
 * the state (chatting, asleep) is a badge on the portrait, never taking room from the name;
 * sleepers are dimmed.
 */
export const AgentRow = memo(function AgentRow({ meta, index, top }: Props) {
  const emoji = useTown((s) => s.view?.agents[index]?.emoji ?? '');
  const action = useTown((s) => s.view?.agents[index]?.action ?? '');
  const place = useTown((s) => s.view?.agents[index]?.place ?? '');
  const chatting = useTown((s) => !!s.view?.agents[index]?.partnerId);
  // As the map draws them: lying in bed.
  const asleep = useTown((s) => !!s.view?.agents[index]?.asleep);
  const selected = useTown((s) => s.selectedId === meta.id);
  const following = useTown((s) => s.follow && s.selectedId === meta.id);
  const select = useTown((s) => s.select);
  const setFollow = useTown((s) => s.setFollow);
  const colour = agentColour(index);
  const state: RowState = chatting ? 'chatting' : asleep ? 'asleep' : null;
  const badge = state ? BADGE[state] : null;
  return (
    <li
      className={`agent-row${selected ? ' is-selected' : ''}${state ? ` is-${state}` : ''}`}
      style={{ top }}
      data-testid={`agent-row-${meta.id}`}
      data-state={state ?? 'awake'}
    >
      <button
        type="button"
        className="agent-row__main"
        data-testid="agent-select"
        onClick={() => select(meta.id, { focus: true })}
        aria-pressed={selected}
      >
        <span className="agent-row__face">
          <Portrait sprite={meta.sprite} colour={colour} label={meta.name} />
          <span className="agent-row__badge" title={badge?.label} data-testid="agent-badge">
            {badge && (
              <>
                <span aria-hidden="true">{badge.icon}</span>
                <span className="sr-only">{badge.label}</span>
              </>
            )}
          </span>
        </span>
        <span className="agent-row__text">
          <span className="agent-row__name" title={meta.name}>
            {meta.name}
          </span>
          <span className="agent-row__action" data-testid="agent-action">
            <span className="emoji">{emoji}</span> {action}
          </span>
          <span className="agent-row__place" data-testid="agent-place">
            {place}
          </span>
        </span>
      </button>
      <button
        type="button"
        className={`icon-btn agent-row__follow${following ? ' is-on' : ''}`}
        title={following ? 'Stop following' : 'Follow on the map'}
        aria-label={`Follow ${meta.name}`}
        aria-pressed={following}
        onClick={() => {
          if (!selected) select(meta.id, { focus: true });
          setFollow(!following);
        }}
      >
        ◎
      </button>
    </li>
  );
});
