import { lazy, Suspense } from 'react';
import { AgentList } from './AgentList';
import { GameView } from './GameView';
import { useShortcuts } from './hooks/useShortcuts';
import { useTown } from './hooks/useTown';
import { Inspector } from './inspector/Inspector';
import { PersistOverlays } from './saves/PersistOverlays';
import { BootScreen } from './saves/TabScreens';
import { ErrorScreen } from './StatusScreens';
import { TopBar } from './TopBar';

/** The dashboard's code (and its chart and graph libraries) loads only when it is first opened. */
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

/**
 * The page: top bar, people on the left, the town in the middle, on the right the inspector or
 * the town's dashboard.
 */
export function App() {
  const status = useTown((s) => s.status);
  const error = useTown((s) => s.error);
  const view = useTown((s) => s.sideView);
  const presenting = useTown((s) => s.presenting);
  const layout = presenting
    ? 'app app--present'
    : view === 'dashboard'
      ? 'app app--dashboard'
      : 'app';
  useShortcuts();
  // Loading, or the choice to make when another tab runs this town.
  if (status === 'loading') return <BootScreen />;
  return (
    <div className={layout} data-testid="app">
      <TopBar />
      <AgentList />
      <GameView />
      {view === 'dashboard' ? (
        <Suspense
          fallback={<aside className="dashboard dashboard--loading">Loading the dashboard…</aside>}
        >
          <Dashboard />
        </Suspense>
      ) : (
        <Inspector />
      )}
      <PersistOverlays />
      {status === 'error' && <ErrorScreen message={error ?? 'Unknown error'} />}
    </div>
  );
}
