import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectTown, createTownStore, initOptionsFromUrl } from './store/store';
import { App } from './ui/App';
import { loadGame } from './ui/gameLoader';
import { TownStoreContext } from './ui/hooks/useTown';
import { WorkerSimClient } from './worker/client';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/panel.css';
import './ui/styles/inspector.css';
import './ui/styles/memory.css';
import './ui/styles/threads.css';

const client = new WorkerSimClient();
const store = createTownStore(client);
connectTown(store, client, initOptionsFromUrl(window.location.search));
// The map view downloads while the worker builds the town.
void loadGame().catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TownStoreContext.Provider value={store}>
      <App />
    </TownStoreContext.Provider>
  </StrictMode>,
);
