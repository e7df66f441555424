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

/** One person in the list: portrait, name, what they do and where. */
export const AgentRow = memo(function AgentRow({ meta, index, top }: Props) {
  const emoji = useTown((s) => s.view?.agents[index]?.emoji ?? '');
  const action = useTown((s) => s.view?.agents[index]?.action ?? '');
  const place = useTown((s) => s.view?.agents[index]?.place ?? '');
  const chatting = useTown((s) => !!s.view?.agents[index]?.partnerId);
  const selected = useTown((s) => s.selectedId === meta.id);
  const following = useTown((s) => s.follow && s.selectedId === meta.id);
  const select = useTown((s) => s.select);
  const setFollow = useTown((s) => s.setFollow);
  const colour = agentColour(index);
  return (
    <li
      className={`agent-row${selected ? ' is-selected' : ''}`}
      style={{ top }}
      data-testid={`agent-row-${meta.id}`}
    >
      <button
        type="button"
        className="agent-row__main"
        data-testid="agent-select"
        onClick={() => select(meta.id, { focus: true })}
        aria-pressed={selected}
      >
        <Portrait sprite={meta.sprite} colour={colour} label={meta.name} />
        <span className="agent-row__text">
          <span className="agent-row__name">
            {meta.name}
            {chatting && <span className="pill pill--chat">chatting</span>}
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
