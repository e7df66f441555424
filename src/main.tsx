import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectTown, createTownStore } from './store/store';
import { flushOnHide, pageInitOptions } from './store/townSession';
import { App } from './ui/App';
import { loadGame } from './ui/gameLoader';
import { TownStoreContext } from './ui/hooks/useTown';
import { WorkerSimClient } from './protocol/client';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/topbar.css';
import './ui/styles/panel.css';
import './ui/styles/inspector.css';
import './ui/styles/memory.css';
import './ui/styles/threads.css';
import './ui/styles/mind.css';
import './ui/styles/saves.css';
import './ui/styles/evaluate.css';
import './ui/styles/dashboard.css';
import './ui/styles/why.css';
import './ui/styles/present.css';

const client = new WorkerSimClient();
const store = createTownStore(client);
// Resumes this tab's town (or the latest autosave) unless the URL or a reload asks for another.
connectTown(store, client, pageInitOptions());
flushOnHide(client);
// The map view downloads while the worker builds the town.
void loadGame().catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TownStoreContext.Provider value={store}>
      <App />
    </TownStoreContext.Provider>
  </StrictMode>,
);
