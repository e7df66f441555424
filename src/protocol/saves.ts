/** The page↔worker protocol: saves, autosave, replay and tabs. */
import type { SaveSummary } from '../persist/town';
import type { SaveMeta } from '../persist/saveStore';
import type { Speed } from './messages';

export type { SaveSummary };

// ─── Saves, autosave, replay and tabs (answered by src/worker/session.ts + saveOps.ts) ─

/** Which town `init` opens. */
export type TownChoice =
  /** This tab's town if given and still saved, else the latest autosave, else a new town. */
  | { kind: 'resume'; townId?: string }
  | { kind: 'new' }
  /** A save slot in read-only replay. */
  | { kind: 'replay'; saveId: string };

/** A save slot as the saves panel lists it: the stored metadata, less the checksum. */
export type SaveView = Omit<SaveMeta, 'checksum' | 'dataKey'> & {
  /** A save of the town running in this tab. */
  current: boolean;
};

/** The autosave indicator. */
export type SaveStatus =
  /** Saving is not possible here (no IndexedDB, or read-only replay). */
  | { state: 'off'; reason: string }
  | { state: 'idle' }
  | { state: 'saving' }
  /** `at`: ISO time; `step`: the step saved. Only after the save was written and verified. */
  | { state: 'saved'; at: string; step: number; stats?: SaveStats }
  | { state: 'failed'; message: string; storageFull: boolean };

/** How long a save took, in the worker, and how big it is. */
export interface SaveStats {
  /** The step saved. */
  step: number;
  bytes: number;
  /** Copying the town between two steps (the only part that holds the simulation up). */
  captureMs: number;
  /** JSON + gzip (sliced: the town runs on meanwhile). */
  encodeMs: number;
  /** IndexedDB write and read-back check. */
  writeMs: number;
}

/** What the replay bar shows about the recording. */
export interface ReplayInfo {
  saveId: string;
  name: string;
  firstStep: number;
  lastStep: number;
  /** Why the replay ends before the saved step, if it does. */
  stoppedEarly: string | null;
}

/** Pushed by the worker about the town's storage, its mode and the tab lock. */
export type PersistEvent =
  /** Which town this tab shows (sent before `ready`). */
  | {
      kind: 'town';
      mode: 'live' | 'replay';
      townId: string;
      name: string;
      /** `unsupported`: no Web Locks, two tabs could collide. `none`: replay holds no lock. */
      lock: 'held' | 'unsupported' | 'none';
      replay?: ReplayInfo;
    }
  /** Another tab runs this town: the page offers `viewReadOnly` or `takeOver`. */
  | { kind: 'busy'; townId: string; name: string; summary: SaveSummary | null }
  /** Another tab took this town over: it stopped here. */
  | { kind: 'takenOver' }
  | { kind: 'saveStatus'; status: SaveStatus }
  /** A save (auto or manual) failed because storage is full: offer export and deleting saves. */
  | { kind: 'storageFull'; message: string }
  | { kind: 'seekProgress'; done: number; total: number }
  /** The replay's recording changed (it stops early: a recorded answer is missing). */
  | { kind: 'replayInfo'; replay: ReplayInfo }
  | { kind: 'notice'; tone: 'info' | 'error'; text: string };

type NoArgs = Record<never, never>;

/** Requests about saves, replay and tabs. */
export interface PersistRequests {
  listSaves: { req: NoArgs; res: SaveView[] };
  /** Saves the running town into a new slot, or over slot `id`. */
  saveTown: { req: { name: string; id?: string; thumbnail?: string }; res: SaveView };
  /** Save-as at the current step into a new slot of a new town; this town runs on. */
  forkTown: { req: { name: string; thumbnail?: string }; res: SaveView };
  /** Makes slot `id` the town to resume and stops this one; the page then reloads. */
  loadSave: { req: { id: string }; res: { townId: string } };
  renameSave: { req: { id: string; name: string }; res: SaveView };
  deleteSave: { req: { id: string }; res: { deleted: true } };
  /** A town file of slot `id`, or of the running town. */
  exportTown: { req: { id?: string }; res: { fileName: string; bytes: Uint8Array } };
  /** Validates a town file and stores it as a new slot (nothing is stored if it is refused). */
  importTown: { req: { bytes: Uint8Array }; res: { save: SaveView; migratedFrom?: number } };
  /**
   * Autosaves now if anything is unsaved (page hidden or closing: encoded in one go; `sliced`:
   * the way timed autosaves encode, in slices between steps).
   */
  flushSave: { req: { sliced?: boolean }; res: { saved: boolean; stats?: SaveStats } };
  /** Saves and stops the running town before the page opens another (new town, replay). */
  closeTown: { req: NoArgs; res: { saved: boolean } };
  /** After `busy`: run the town here; the other tab stops. */
  takeOver: { req: NoArgs; res: { ok: true } };
  /** After `busy`: replay the town's last autosave, read only. */
  viewReadOnly: { req: NoArgs; res: { ok: true } };
  /** Replay: jump to a step (progress as `seekProgress` events). */
  seek: { req: { step: number }; res: { step: number } };
  /**
   * Leaves the replay and runs town `townId` again from its autosave (else the latest), paused
   * and at the speed it was left; `ready` follows, without a page reload.
   */
  exitReplay: { req: { townId?: string; paused: boolean; speed: Speed }; res: { townId: string } };
  /** Hash of the whole world shown (tests compare towns with it). */
  worldHash: { req: NoArgs; res: { hash: string; step: number } };
}
