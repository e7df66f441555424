import { AgentList } from './AgentList';
import { GameView } from './GameView';
import { useShortcuts } from './hooks/useShortcuts';
import { useTown } from './hooks/useTown';
import { Inspector } from './inspector/Inspector';
import { ErrorScreen, LoadingScreen } from './StatusScreens';
import { TopBar } from './TopBar';

/** The page: top bar, people on the left, the town in the middle, the inspector on the right. */
export function App() {
  const status = useTown((s) => s.status);
  const error = useTown((s) => s.error);
  useShortcuts();
  if (status === 'loading') return <LoadingScreen />;
  return (
    <div className="app" data-testid="app">
      <TopBar />
      <AgentList />
      <GameView />
      <Inspector />
      {status === 'error' && <ErrorScreen message={error ?? 'Unknown error'} />}
    </div>
  );
}
