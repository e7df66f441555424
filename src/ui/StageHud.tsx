import { firstName } from './format';
import { useTown } from './hooks/useTown';

/** On-map hints: who the camera follows, and how to move around. */
export function StageHud() {
  const following = useTown((s) =>
    s.follow && s.selectedId ? s.meta?.agents[s.agentIndex[s.selectedId]]?.name : undefined,
  );
  const setFollow = useTown((s) => s.setFollow);
  return (
    <>
      {following && (
        <button
          type="button"
          className="follow-chip"
          onClick={() => setFollow(false)}
          data-testid="follow-chip"
        >
          ◎ Following {firstName(following)} <span className="muted">· F to stop</span>
        </button>
      )}
      <div className="hints" aria-hidden="true">
        <span>
          <kbd>drag</kbd> pan
        </span>
        <span>
          <kbd>wheel</kbd> zoom
        </span>
        <span>
          <kbd>arrows</kbd> move
        </span>
        <span>
          <kbd>0</kbd> whole town
        </span>
        <span>
          <kbd>click</kbd> select
        </span>
        <span>
          <kbd>Space</kbd> pause
        </span>
      </div>
    </>
  );
}
