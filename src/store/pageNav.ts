import type { Speed, TownChoice } from '../protocol';

/** What this tab remembers across reloads (sessionStorage: per tab, kept on reload). */
export interface TabSession {
  /** The town this tab runs (a reload resumes it, even if another tab saved later). */
  townId?: string;
  /** What to open on the next load (a one-shot set right before reloading: load, new, replay). */
  next?: TownChoice;
  /** How the live town was left when a replay opened (exiting the replay restores it). */
  live?: { paused: boolean; speed: Speed };
}

/** The page's navigation, injectable for tests. */
export interface PageNav {
  read(): TabSession;
  write(session: TabSession): void;
  reload(): void;
}

const SESSION_KEY = 'generative-town:tab';

/** `sessionStorage` and `location.reload`, or an in-memory stand-in where they do not exist. */
export function browserNav(): PageNav {
  let memory: TabSession = {};
  const storage = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  return {
    read() {
      try {
        return storage ? (JSON.parse(storage.getItem(SESSION_KEY) ?? '{}') as TabSession) : memory;
      } catch {
        return {};
      }
    },
    write(session) {
      memory = session;
      try {
        storage?.setItem(SESSION_KEY, JSON.stringify(session));
      } catch {
        // Storage disabled: the in-memory copy still serves this page.
      }
    },
    reload() {
      if (typeof location !== 'undefined') location.reload();
    },
  };
}
