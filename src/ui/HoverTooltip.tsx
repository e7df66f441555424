import { useTown } from './hooks/useTown';

/** Name and current action of the agent under the pointer. */
export function HoverTooltip() {
  const hover = useTown((s) => s.hover);
  const index = useTown((s) => (s.hover ? s.agentIndex[s.hover.id] : undefined));
  const name = useTown((s) => (index !== undefined ? s.meta?.agents[index]?.name : undefined));
  const emoji = useTown((s) => (index !== undefined ? s.view?.agents[index]?.emoji : ''));
  const action = useTown((s) => (index !== undefined ? s.view?.agents[index]?.action : ''));
  if (!hover || !name) return null;
  return (
    <div
      className="tooltip"
      style={{
        transform: `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 16)}px)`,
      }}
      data-testid="hover-tooltip"
      role="tooltip"
    >
      <strong>{name}</strong>
      <span>
        <span className="emoji">{emoji}</span> {action}
      </span>
    </div>
  );
}
