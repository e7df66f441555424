import {
  SaveStore,
  type ExperimentStore,
  StorageFullError,
  acquireTownLock,
  autosaveId,
  isTownRunning,
  randomId,
  scenarioFromRecord,
  type MindInfo,
  type TownFile,
  type TownLock,
  type TownLockOptions,
  type TownSource,
} from '../persist';
import type { Scenario } from '../sim/scenario';
import { worldHash } from '../sim/snapshot';
import { Autosaver } from './autosaver';
import { liveEvalTown, type EvalTown } from './evalHost';
import type { SimHost } from './host';
import {
  DEFAULT_SPEED,
  type Control,
  type InitOptions,
  type PersistEvent,
  type PersistRequests,
  type SaveSummary,
  type Speed,
  type WorkerMessage,
} from '../protocol';
import { forward, type Handlers } from './requestTable';
import { ReplayHost } from './replayHost';
import { SLOT_KINDS, SaveOps, pruneAutosaves } from './saveOps';
import { errorText } from '../protocol/text';
import type { LiveTownRef } from './townCapture';
import { findAutosave, loadTownFile, newTown, openReplay, openSaveStore } from './townFiles';

export interface SessionDeps {
  post(msg: WorkerMessage): void;
  fatal(err: unknown): void;
  /** Hosts a live town (new or from a file) in a `SimHost` and attaches the mind. Not yet running. */
  startHost(source: TownSource, options: InitOptions): SimHost;
  /** What a save records about the mind in use. */
  mindInfo(): MindInfo;
  /** Opens the save store (tests pass their own database). */
  openStore?(): Promise<SaveStore>;
  /** Web Locks and the take-over channel (tests inject fakes; null: unsupported). */
  locks?: TownLockOptions['locks'];
  openChannel?: TownLockOptions['openChannel'];
}

type State = 'idle' | 'booting' | 'busy' | 'live' | 'replay' | 'closed' | 'takenOver';

interface LiveTown extends LiveTownRef {
  host: SimHost;
  lock: TownLock | null;
  autosaver: Autosaver | null;
}

/**
 * Which town this worker shows and how it is kept: opens the town on `init` (this tab's town, the
 * latest autosave, a new town, or a save in replay), holds the two-tabs lock, autosaves, answers
 * the saves panel, and hands the town over when another tab takes it.
 */
export class TownSession {
  private state: State = 'idle';
  private options: InitOptions = {};
  private store: SaveStore | null = null;
  private storeError = 'Saving is not available.';
  private ops: SaveOps | null = null;
  private live: LiveTown | null = null;
  private replay: ReplayHost | null = null;
  private replayScenario: Scenario | null = null;
  private busy: { townId: string; name: string } | null = null;

  constructor(private readonly deps: SessionDeps) {}

  /** The replay shown, if this tab shows one (it answers controls and reads). */
  get replaying(): ReplayHost | null {
    return this.replay;
  }

  private event(event: PersistEvent): void {
    this.deps.post({ type: 'persist', event });
  }

  private notice(tone: 'info' | 'error', text: string): void {
    this.event({ kind: 'notice', tone, text });
  }

  /** Opens the town once; later `init` messages are ignored. */
  init(options: InitOptions): void {
    if (this.state !== 'idle') return;
    this.state = 'booting';
    this.options = options;
    this.boot(options).catch((err: unknown) => this.deps.fatal(err));
  }

  private async boot(options: InitOptions): Promise<void> {
    await this.openStore();
    const choice = options.town ?? { kind: 'resume' };
    if (choice.kind === 'replay' && this.store) {
      try {
        await this.startReplay(choice.saveId, 'start');
        return;
      } catch (err) {
        this.notice('error', `The replay could not be opened: ${errorText(err)}`);
      }
    }
    const meta =
      choice.kind === 'resume' && this.store
        ? await findAutosave(this.store, choice.townId)
        : undefined;
    if (!meta) return this.startNew();
    const lock = await this.lock(meta.townId, 'try');
    if (lock === 'busy') {
      this.state = 'busy';
      this.busy = { townId: meta.townId, name: meta.name };
      this.event({ kind: 'busy', townId: meta.townId, name: meta.name, summary: meta.summary });
      return;
    }
    try {
      await this.openLive(meta.townId, meta.name, meta.id, lock);
    } catch (err) {
      this.notice(
        'error',
        `The last autosave could not be opened, so a new town was started (the save is kept): ${errorText(err)}`,
      );
      return this.startNew();
    }
  }

  /**
   * Loads a saved town and runs it under `lock`; if it cannot be loaded, lets go of the lock and
   * throws. `before` runs once the file is read, before the town starts.
   */
  private async openLive(
    townId: string,
    name: string,
    saveId: string,
    lock: TownLock | null,
    before?: () => void,
  ): Promise<void> {
    let file: TownFile;
    try {
      file = (await loadTownFile(this.requireStore(), saveId)).file;
    } catch (err) {
      lock?.release();
      throw err;
    }
    before?.();
    this.startLive(townId, name, lock, { kind: 'file', file });
  }

  private async openStore(): Promise<void> {
    try {
      this.store = await openSaveStore(this.deps.openStore);
      this.ops = new SaveOps(
        this.store,
        () => this.live,
        () => this.deps.mindInfo(),
        (e) => this.event(e),
      );
    } catch (err) {
      this.storeError = `Saving is not available in this browser (${errorText(err)}). The town runs, but nothing is kept.`;
      this.notice('error', this.storeError);
    }
  }

  /** The experiments kept with towns (throws when saving is not available). */
  experiments(): ExperimentStore {
    return this.requireStore().experiments();
  }

  private requireStore(): SaveStore {
    if (!this.store) throw new Error(this.storeError);
    return this.store;
  }

  /** Takes the run lock of a town: the lock, null (no Web Locks here) or 'busy'. */
  private async lock(townId: string, mode: 'try' | 'steal'): Promise<TownLock | null | 'busy'> {
    const result = await acquireTownLock(townId, {
      mode,
      locks: this.deps.locks,
      openChannel: this.deps.openChannel,
      onLost: () => this.takenOver(),
    });
    if (result.status === 'busy') return 'busy';
    return result.status === 'acquired' ? result.lock : null;
  }

  private async startNew(): Promise<void> {
    const { scenario, source, warnings } = newTown(this.options);
    const townId = randomId();
    const lock = await this.lock(townId, 'try');
    this.startLive(townId, scenario.name, lock === 'busy' ? null : lock, source);
    // After startLive: the page shows notices once the town is up.
    if (warnings.length) this.notice('info', `About this town: ${warnings.join(' ')}`);
  }

  private startLive(townId: string, name: string, lock: TownLock | null, source: TownSource): void {
    const host = this.deps.startHost(source, this.options);
    const scenario = host.runtime.scenario;
    const file = source.kind === 'file' ? source.file : null;
    const town: LiveTown = {
      townId,
      name,
      runtime: host.runtime,
      betweenSteps: (fn) => host.settled(fn),
      host,
      lock,
      autosaver: null,
    };
    this.live = town;
    this.state = 'live';
    this.event({ kind: 'town', mode: 'live', townId, name, lock: lock ? 'held' : 'unsupported' });
    if (!lock)
      this.notice(
        'info',
        'This browser cannot tell whether the town is open in another tab: open it in one tab only.',
      );
    this.deps.post({
      type: 'ready',
      meta: host.meta(scenario.name, scenario.map),
      frame: host.firstFrame(),
    });
    host.run().catch((err: unknown) => this.deps.fatal(err));
    if (!this.store) {
      this.event({ kind: 'saveStatus', status: { state: 'off', reason: this.storeError } });
      return;
    }
    const store = this.store;
    town.autosaver = new Autosaver({
      store,
      town,
      mindInfo: () => this.deps.mindInfo(),
      post: (e) => this.event(e),
      mayWrite: () => !town.lock?.lost && this.live === town,
      paused: this.options.paused ?? false,
    }).start();
    if (file) {
      this.event({
        kind: 'saveStatus',
        status: { state: 'saved', at: file.savedAt, step: file.world.step },
      });
    } else {
      // A new town is saved at once, so a reload finds it even before its first game hour.
      town.autosaver.markChanged();
      void town.autosaver
        .flush()
        .then(() => pruneAutosaves(store, townId, (id) => this.isRunning(id)))
        .catch(() => undefined);
    }
  }

  private isRunning(townId: string): Promise<boolean | null> {
    return isTownRunning(townId, this.deps.locks);
  }

  private async startReplay(saveId: string, at: 'start' | 'end'): Promise<void> {
    const speed = this.options.speed ?? DEFAULT_SPEED;
    const { host, slot, file, mindName } = await openReplay(
      this.requireStore(),
      saveId,
      this.deps.post,
      speed,
    );
    this.replay = host;
    this.replayScenario = scenarioFromRecord(file.scenario);
    this.state = 'replay';
    this.event({
      kind: 'town',
      mode: 'replay',
      townId: slot.townId,
      name: slot.name,
      lock: 'none',
      replay: host.info,
    });
    this.event({ kind: 'saveStatus', status: { state: 'off', reason: 'A replay is read only.' } });
    this.deps.post({
      type: 'ready',
      meta: host.meta(file.scenario.name, file.scenario.map, mindName),
      frame: host.firstFrame(),
    });
    host.run().catch((err: unknown) => this.deps.fatal(err));
    if (at === 'end') void host.seek(host.info.lastStep);
  }

  /** Another tab took the town: stop stepping and saving at once. */
  private takenOver(): void {
    const town = this.live;
    if (this.state !== 'live' || !town) return;
    this.state = 'takenOver';
    town.autosaver?.stop();
    town.host.stop();
    this.event({ kind: 'takenOver' });
  }

  /** The town shown, for an evaluation on a copy of it (null while none runs here). */
  evalTown(): EvalTown | null {
    const replay = this.replay;
    if (replay && this.replayScenario) {
      const scenario = this.replayScenario;
      return { scenario, copy: async () => replay.copyWorld() };
    }
    const town = this.live;
    if (this.state !== 'live' || !town) return null;
    const { scenario, world } = town.runtime;
    return liveEvalTown(scenario, world, (fn) => town.host.settled(fn));
  }

  /** The page paused or resumed (a paused town is saved soon after its last change). */
  control(c: Control): void {
    const autosaver = this.live?.autosaver;
    if (!autosaver) return;
    if (c.kind === 'play') autosaver.setPaused(false);
    else if (c.kind === 'pause' || c.kind === 'step') autosaver.setPaused(true);
  }

  private saves(): SaveOps {
    if (!this.ops) throw new Error(this.storeError);
    return this.ops;
  }

  /** Saves, autosave, replay and tabs. */
  handlers(): Handlers<PersistRequests> {
    return {
      ...forward(SLOT_KINDS, () => this.saves().handlers()),
      loadSave: (r) => this.loadSave(r.id),
      flushSave: async (r) => {
        const autosaver = this.live?.autosaver;
        const saved = (await autosaver?.flush({ sync: !r.sliced })) ?? false;
        return saved && autosaver?.lastStats ? { saved, stats: autosaver.lastStats } : { saved };
      },
      closeTown: () => this.close(),
      takeOver: () => this.takeOver(),
      viewReadOnly: async () => {
        if (this.state !== 'busy' || !this.busy) throw new Error('No other tab runs this town.');
        await this.startReplay(autosaveId(this.busy.townId), 'end');
        return { ok: true };
      },
      seek: async (r) => {
        if (!this.replay) throw new Error('Seeking works only in a replay.');
        return { step: await this.replay.seek(r.step) };
      },
      exitReplay: (r) => this.exitReplay(r),
      worldHash: () => this.worldHash(),
    };
  }

  /**
   * Makes a slot the town to resume and closes this one (the page reloads next). A manual save
   * becomes its town's autosave: loading goes back to it. Refused (nothing changed) if another
   * tab runs that town.
   */
  private async loadSave(id: string): Promise<{ townId: string }> {
    const store = this.requireStore();
    const { slot, file } = await loadTownFile(store, id);
    const town = this.live;
    if (slot.townId !== town?.townId && (await this.isRunning(slot.townId)))
      throw new Error('That town is open in another tab. Use that tab, or close it first.');
    if (town && town.townId !== slot.townId) await town.autosaver?.flush();
    town?.autosaver?.stop();
    try {
      if (slot.kind === 'manual')
        await store.saveAutosave({
          townId: slot.townId,
          name: file.name,
          bytes: slot.bytes,
          summary: slot.summary,
          thumbnail: slot.thumbnail,
        });
    } catch (err) {
      if (this.live === town) town?.autosaver?.start();
      if (err instanceof StorageFullError)
        this.event({ kind: 'storageFull', message: err.message });
      throw err;
    }
    this.closeLive();
    return { townId: slot.townId };
  }

  /**
   * Leaves the replay for the live town, in this worker (the page does not reload): its autosave
   * (written when the replay was opened) runs again, paused and at the speed it was left.
   */
  private async exitReplay(r: {
    townId?: string;
    paused: boolean;
    speed: Speed;
  }): Promise<{ townId: string }> {
    const replay = this.replay;
    if (this.state !== 'replay' || !replay) throw new Error('No replay is shown here.');
    const meta = await findAutosave(this.requireStore(), r.townId);
    if (!meta) throw new Error('There is no saved town to go back to.');
    const lock = await this.lock(meta.townId, 'try');
    if (lock === 'busy') throw new Error('That town is open in another tab.');
    await this.openLive(meta.townId, meta.name, meta.id, lock, () => {
      replay.stop();
      this.replay = null;
      this.replayScenario = null;
      this.options = { ...this.options, paused: r.paused, speed: r.speed };
    });
    return { townId: meta.townId };
  }

  /**
   * Stores a new town (the scenario editor's, encoded) as the first autosave of a new town id and
   * closes the town shown, as `loadSave` does; the page then reloads into it. Its id.
   */
  async adoptTown(town: {
    name: string;
    bytes: Uint8Array;
    summary: SaveSummary;
  }): Promise<string> {
    const store = this.requireStore();
    const townId = randomId();
    try {
      await store.saveAutosave({ townId, ...town });
    } catch (err) {
      if (err instanceof StorageFullError)
        this.event({ kind: 'storageFull', message: err.message });
      throw err;
    }
    await this.close();
    return townId;
  }

  /** Saves and stops the running town (the page opens another next). */
  private async close(): Promise<{ saved: boolean }> {
    const saved = (await this.live?.autosaver?.flush()) ?? false;
    this.closeLive();
    this.replay?.stop();
    this.replay = null;
    this.state = 'closed';
    return { saved };
  }

  private closeLive(): void {
    const town = this.live;
    if (!town) return;
    town.autosaver?.stop();
    town.host.stop();
    town.lock?.release();
    this.live = null;
    this.state = 'closed';
  }

  /** Runs the town another tab runs: that tab stops; this one continues from its last autosave. */
  private async takeOver(): Promise<{ ok: true }> {
    const busy = this.busy;
    if (this.state !== 'busy' || !busy) throw new Error('No other tab runs this town.');
    const lock = await this.lock(busy.townId, 'steal');
    if (lock === 'busy') throw new Error('The other tab did not let go of the town. Try again.');
    await this.openLive(busy.townId, busy.name, autosaveId(busy.townId), lock, () => {
      this.busy = null;
    });
    return { ok: true };
  }

  private async worldHash(): Promise<{ hash: string; step: number }> {
    if (this.replay) return this.replay.worldHash();
    const town = this.live;
    if (!town) throw new Error('No town is running.');
    const world = town.runtime.world;
    return town.host.settled(() => ({ hash: worldHash(world), step: world.step }));
  }
}
