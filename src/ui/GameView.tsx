import { useEffect, useRef } from 'react';
import { loadGame } from './gameLoader';
import { HoverTooltip } from './HoverTooltip';
import { useTown, useTownStore } from './hooks/useTown';
import { Notices } from './Notices';
import { ReplayBar } from './replay/ReplayBar';
import { StageHud } from './StageHud';
import { Presentation } from './present/Presentation';
import './styles/map.css';

/** The Phaser town view with its React overlays (tooltip, hints, notices). */
export function GameView() {
  const store = useTownStore();
  const hostRef = useRef<HTMLDivElement>(null);
  const sceneReady = useTown((s) => s.sceneReady);
  const presenting = useTown((s) => s.presenting);

  useEffect(() => {
    const el = hostRef.current;
    if (!el) return;
    let destroy: (() => void) | null = null;
    let cancelled = false;
    // Phaser is most of the page's code: load it while the panel is already usable.
    loadGame()
      .then(({ createGame }) => {
        if (!cancelled) destroy = createGame(el, store);
      })
      .catch((err: unknown) =>
        store.setState({ status: 'error', error: `The map view failed to load: ${String(err)}` }),
      );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [store]);

  return (
    <main className="stage" data-testid="stage">
      <div className="stage__canvas" ref={hostRef} data-testid="game" />
      {!sceneReady && (
        <div className="stage__loading">
          <span>
            <span className="spinner" /> Drawing the town…
          </span>
        </div>
      )}
      <HoverTooltip />
      {presenting ? <Presentation /> : <StageHud />}
      <Notices />
      <ReplayBar />
    </main>
  );
}
