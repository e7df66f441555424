import { lazy, Suspense, useCallback, useRef, useState, type CSSProperties } from 'react';
import { AgentList } from './AgentList';
import { EditorHost } from './editor/EditorHost';
import { GameView } from './GameView';
import { useShortcuts } from './hooks/useShortcuts';
import { useTown } from './hooks/useTown';
import { Inspector } from './inspector/Inspector';
import { SideHandle } from './layout/SideHandle';
import { useSidePanel } from './layout/useSidePanel';
import { PersistOverlays } from './saves/PersistOverlays';
import { BootScreen } from './saves/TabScreens';
import { ErrorScreen } from './StatusScreens';
import { TopBar } from './TopBar';
import { Welcome } from './welcome/Welcome';
import { markWelcomeSeen, welcomeSeen } from './welcome/welcomeSeen';

/** The dashboard's code (and its chart and graph libraries) loads only when it is first opened. */
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

/**
 * The page: top bar, people on the left, the town in the middle, on the right the inspector or
 * the town's dashboard (collapsible and resizable); the welcome on a first visit.
 */
export function App() {
  const status = useTown((s) => s.status);
  const error = useTown((s) => s.error);
  const view = useTown((s) => s.sideView);
  const presenting = useTown((s) => s.presenting);
  const townSeq = useTown((s) => s.townSeq);
  const otherTab = useTown((s) => s.busyTown !== null || s.takenOver);
  const appRef = useRef<HTMLDivElement>(null);
  const panel = useSidePanel();
  const [welcome, setWelcome] = useState(() => !welcomeSeen());
  const closeWelcome = useCallback(() => {
    markWelcomeSeen();
    setWelcome(false);
  }, []);
  const openHelp = useCallback(() => setWelcome(true), []);
  useShortcuts({ onHelp: openHelp, onToggleSide: panel.toggle });

  const layout = presenting ? 'app app--present' : 'app';
  // Presentation mode lays the page out by its own class; else the side panel's width is ours.
  const style = presenting ? undefined : ({ '--side-w': `${panel.width}px` } as CSSProperties);
  // Loading, or the choice to make when another tab runs this town.
  if (status === 'loading') return <BootScreen />;
  return (
    <div
      className={panel.collapsed ? `${layout} is-side-collapsed` : layout}
      style={style}
      ref={appRef}
      data-testid="app"
    >
      <TopBar onHelp={openHelp} />
      {/* A town shown anew (back from a replay) starts its views afresh. */}
      <AgentList key={`people-${townSeq}`} />
      <GameView key={`stage-${townSeq}`} />
      {!presenting && <SideHandle panel={panel} view={view} appRef={appRef} />}
      {panel.collapsed ? null : view === 'dashboard' ? (
        <Suspense
          fallback={<aside className="dashboard dashboard--loading">Loading the dashboard…</aside>}
        >
          <Dashboard key={`dashboard-${townSeq}`} />
        </Suspense>
      ) : (
        <Inspector key={`inspector-${townSeq}`} />
      )}
      <PersistOverlays />
      <EditorHost />
      {welcome && status === 'ready' && !otherTab && !presenting && (
        <Welcome onClose={closeWelcome} />
      )}
      {status === 'error' && <ErrorScreen message={error ?? 'Unknown error'} />}
    </div>
  );
}
