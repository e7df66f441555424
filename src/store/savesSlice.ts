import {
  DEFAULT_SPEED,
  type PersistEvent,
  type ReplayInfo,
  type SaveStatus,
  type SaveSummary,
  type SaveView,
  type WorkerMessage,
} from '../protocol';
import { browserNav, type PageNav } from './pageNav';
import type { SliceContext } from './types';

/** The town this tab shows. */
export interface TownInfo {
  townId: string;
  name: string;
  mode: 'live' | 'replay';
  lock: 'held' | 'unsupported' | 'none';
}

/** A town another tab is running (this tab waits for the person's choice). */
export interface BusyTown {
  townId: string;
  name: string;
  summary: SaveSummary | null;
}

export interface SavesSlice {
  /** The town shown; null while it opens. */
  town: TownInfo | null;
  /** Set when another tab runs the town this tab tried to open. */
  busyTown: BusyTown | null;
  /** Another tab took this town over: it stopped here. */
  takenOver: boolean;
  saveStatus: SaveStatus;
  /** A save failed for lack of storage (shown until dismissed or a save succeeds). */
  storageFull: string | null;
  /** The recording shown, in replay. */
  replay: ReplayInfo | null;
  /** A seek in progress (replay). */
  seekProgress: { done: number; total: number } | null;
  savesOpen: boolean;
  setSavesOpen(open: boolean): void;
  listSaves(): Promise<SaveView[]>;
  /** Saves the running town into a new slot, or over slot `id`. */
  saveTown(name: string, opts?: { id?: string; thumbnail?: string }): Promise<SaveView>;
  /** Ctrl+S: saves over this town's "Quick save" slot (made on first use). */
  quickSave(thumbnail?: string): Promise<SaveView>;
  /** Save-as into a new town; this one runs on. */
  forkTown(name: string, thumbnail?: string): Promise<SaveView>;
  /** Continues from a save (the page reloads). */
  loadSave(id: string): Promise<void>;
  renameSave(id: string, name: string): Promise<SaveView>;
  deleteSave(id: string): Promise<void>;
  /** A town file of slot `id`, or of the running town. */
  exportTown(id?: string): Promise<{ fileName: string; bytes: Uint8Array }>;
  /** Stores a town file as a new slot; rejects with what is wrong with it. */
  importTown(bytes: Uint8Array): Promise<SaveView>;
  /** Opens a save in read-only replay (the page reloads). */
  openReplay(id: string): Promise<void>;
  /** Back to the live town as it was left (no reload; reloads only if the worker cannot). */
  exitReplay(): Promise<void>;
  /** Replay: jumps to a step. */
  seek(step: number): Promise<number>;
  /** Starts a new town; the current one stays saved (the page reloads). */
  newTown(): Promise<void>;
  takeOver(): Promise<void>;
  viewReadOnly(): Promise<void>;
  dismissStorageFull(): void;
}

/** Name of the slot Ctrl+S writes. */
export const QUICK_SAVE_NAME = 'Quick save';

/**
 * Saves, autosave status, replay and the two-tabs state, as the page sees them. Listens to the
 * worker's `persist` messages; actions that open another town remember it for this tab and reload.
 */
export function createSavesSlice(
  { set, get, client }: SliceContext,
  nav: PageNav = browserNav(),
): SavesSlice {
  const quickSlots = new Map<string, string>();

  const apply = (e: PersistEvent) => {
    switch (e.kind) {
      case 'town':
        if (e.mode === 'live') nav.write({ ...nav.read(), townId: e.townId });
        set({
          town: { townId: e.townId, name: e.name, mode: e.mode, lock: e.lock },
          replay: e.replay ?? null,
          busyTown: null,
        });
        break;
      case 'busy':
        set({ busyTown: { townId: e.townId, name: e.name, summary: e.summary } });
        break;
      case 'takenOver':
        set({ takenOver: true });
        break;
      case 'saveStatus':
        set((s) => ({
          saveStatus: e.status,
          storageFull: e.status.state === 'saved' ? null : s.storageFull,
        }));
        break;
      case 'storageFull':
        set({ storageFull: e.message });
        break;
      case 'seekProgress':
        set({ seekProgress: e.done >= e.total ? null : { done: e.done, total: e.total } });
        break;
      case 'replayInfo':
        set({ replay: e.replay });
        break;
      case 'notice':
        get().notify(e.tone, e.text);
        break;
    }
  };
  client.listen?.((msg: WorkerMessage) => {
    if (msg.type === 'persist') apply(msg.event);
  });

  /** Opens another town: remembered for this tab, then the page reloads. */
  const reloadInto = (next: Parameters<PageNav['write']>[0]['next']) => {
    nav.write({ ...nav.read(), next });
    nav.reload();
  };

  return {
    town: null,
    busyTown: null,
    takenOver: false,
    saveStatus: { state: 'idle' },
    storageFull: null,
    replay: null,
    seekProgress: null,
    savesOpen: false,
    setSavesOpen(open) {
      set({ savesOpen: open });
    },
    listSaves() {
      return client.request('listSaves', {});
    },
    saveTown(name, opts = {}) {
      return client.request('saveTown', { name, ...opts });
    },
    async quickSave(thumbnail) {
      const townId = get().town?.townId;
      if (!townId || get().town?.mode !== 'live') throw new Error('No town is running here.');
      let id = quickSlots.get(townId);
      if (!id) {
        const saves = await client.request('listSaves', {});
        id = saves.find(
          (s) => s.kind === 'manual' && s.townId === townId && s.name === QUICK_SAVE_NAME,
        )?.id;
      }
      const save = await client.request('saveTown', { name: QUICK_SAVE_NAME, id, thumbnail });
      quickSlots.set(townId, save.id);
      return save;
    },
    forkTown(name, thumbnail) {
      return client.request('forkTown', { name, thumbnail });
    },
    async loadSave(id) {
      const { townId } = await client.request('loadSave', { id });
      nav.write({ ...nav.read(), townId });
      reloadInto({ kind: 'resume', townId });
    },
    renameSave(id, name) {
      return client.request('renameSave', { id, name });
    },
    async deleteSave(id) {
      await client.request('deleteSave', { id });
    },
    exportTown(id) {
      return client.request('exportTown', id ? { id } : {});
    },
    async importTown(bytes) {
      return (await client.request('importTown', { bytes })).save;
    },
    async openReplay(id) {
      const frame = get().frame;
      await client.request('closeTown', {});
      // Remember how the live town was left, so leaving the replay restores it.
      if (frame && get().town?.mode === 'live')
        nav.write({ ...nav.read(), live: { paused: !frame.running, speed: frame.speed } });
      reloadInto({ kind: 'replay', saveId: id });
    },
    async exitReplay() {
      const { townId, live } = nav.read();
      try {
        await client.request('exitReplay', {
          townId,
          paused: live?.paused ?? false,
          speed: live?.speed ?? get().frame?.speed ?? DEFAULT_SPEED,
        });
      } catch {
        // E.g. another tab runs the town now: a reload shows the choice.
        reloadInto({ kind: 'resume', townId });
      }
    },
    seek(step) {
      return client.request('seek', { step }).then((r) => r.step);
    },
    async newTown() {
      await client.request('closeTown', {});
      reloadInto({ kind: 'new' });
    },
    async takeOver() {
      await client.request('takeOver', {});
    },
    async viewReadOnly() {
      await client.request('viewReadOnly', {});
    },
    dismissStorageFull() {
      set({ storageFull: null });
    },
  };
}
