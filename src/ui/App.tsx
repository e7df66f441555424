import { AgentList } from './AgentList';
import { GameView } from './GameView';
import { useShortcuts } from './hooks/useShortcuts';
import { useTown } from './hooks/useTown';
import { Inspector } from './inspector/Inspector';
import { PersistOverlays } from './saves/PersistOverlays';
import { BootScreen } from './saves/TabScreens';
import { ErrorScreen } from './StatusScreens';
import { TopBar } from './TopBar';

/** The page: top bar, people on the left, the town in the middle, the inspector on the right. */
export function App() {
  const status = useTown((s) => s.status);
  const error = useTown((s) => s.error);
  useShortcuts();
  // Loading, or the choice to make when another tab runs this town.
  if (status === 'loading') return <BootScreen />;
  return (
    <div className="app" data-testid="app">
      <TopBar />
      <AgentList />
      <GameView />
      <Inspector />
      <PersistOverlays />
      {status === 'error' && <ErrorScreen message={error ?? 'Unknown error'} />}
    </div>
  );
}
