import {
  StorageFullError,
  autosaveId,
  importTownFile,
  townFileName,
  type MindInfo,
  type SaveMeta,
  type SaveStore,
} from '../persist';
import type { PersistEvent, PersistRequests, Requests, SaveView } from '../protocol';
import { errorText } from '../protocol/text';
import type { Handlers, Kinds } from './requestTable';
import { captureTown, type LiveTownRef } from './townCapture';

/** Autosaves of other towns kept (each new town gets its own; older ones are dropped). */
export const MAX_AUTOSAVES = 5;

type Res<K extends keyof Requests> = Requests[K]['res'];

/** Requests about save slots (answered by `SaveOps.handlers`). */
export type SlotRequests = Pick<
  PersistRequests,
  'listSaves' | 'saveTown' | 'forkTown' | 'renameSave' | 'deleteSave' | 'exportTown' | 'importTown'
>;
export const SLOT_KINDS: Kinds<SlotRequests> = {
  listSaves: true,
  saveTown: true,
  forkTown: true,
  renameSave: true,
  deleteSave: true,
  exportTown: true,
  importTown: true,
};

/** A slot as the page lists it. */
export function saveView(meta: SaveMeta, currentTownId: string | null): SaveView {
  const view: SaveView = {
    id: meta.id,
    townId: meta.townId,
    name: meta.name,
    kind: meta.kind,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    summary: meta.summary,
    size: meta.size,
    current: meta.townId === currentTownId,
  };
  return meta.thumbnail ? { ...view, thumbnail: meta.thumbnail } : view;
}

/**
 * The saves panel's operations on the slot store: list, save, fork, rename, delete, export and
 * import. A full disk is reported to the page (`storageFull`) as well as to the caller.
 */
export class SaveOps {
  constructor(
    private readonly store: SaveStore,
    private readonly live: () => LiveTownRef | null,
    private readonly mindInfo: () => MindInfo,
    private readonly post: (event: PersistEvent) => void,
  ) {}

  private currentId(): string | null {
    return this.live()?.townId ?? null;
  }

  private running(): LiveTownRef {
    const town = this.live();
    if (!town) throw new Error('No town is running in this tab (replay is read only).');
    return town;
  }

  /** Runs a write; a full disk also raises the page's "storage full" message. */
  private async writing<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StorageFullError)
        this.post({ kind: 'storageFull', message: errorText(err) });
      throw err;
    }
  }

  /** The slot requests. */
  handlers(): Handlers<SlotRequests> {
    return {
      listSaves: () => this.list(),
      saveTown: (r) => this.save(r),
      forkTown: (r) => this.fork(r),
      renameSave: (r) => this.rename(r),
      deleteSave: (r) => this.delete(r),
      exportTown: (r) => this.export(r),
      importTown: (r) => this.import(r),
    };
  }

  async list(): Promise<Res<'listSaves'>> {
    const current = this.currentId();
    return (await this.store.list()).map((m) => saveView(m, current));
  }

  /** Saves the running town into slot `id`, or a new slot. */
  async save(req: { name: string; id?: string; thumbnail?: string }): Promise<SaveView> {
    const town = this.running();
    const { bytes, summary } = await captureTown(town, this.mindInfo());
    const meta = await this.writing(() =>
      this.store.save({
        id: req.id,
        townId: town.townId,
        name: req.name,
        bytes,
        summary,
        thumbnail: req.thumbnail,
      }),
    );
    return saveView(meta, town.townId);
  }

  /** Save-as into a new slot of a new town; the running town goes on as it was. */
  async fork(req: { name: string; thumbnail?: string }): Promise<SaveView> {
    const town = this.running();
    // The fork is a town of its own, under its own name.
    const { bytes, summary } = await captureTown(town, this.mindInfo(), { name: req.name });
    const meta = await this.writing(() =>
      this.store.fork({ name: req.name, bytes, summary, thumbnail: req.thumbnail }, req.name),
    );
    return saveView(meta, town.townId);
  }

  async rename(req: { id: string; name: string }): Promise<SaveView> {
    const meta = await this.writing(() => this.store.rename(req.id, req.name));
    // Renaming this town's autosave renames the town (later autosaves keep the name).
    const town = this.live();
    if (town && meta.id === autosaveId(town.townId)) town.name = meta.name;
    return saveView(meta, this.currentId());
  }

  async delete(req: { id: string }): Promise<Res<'deleteSave'>> {
    await this.store.delete(req.id);
    return { deleted: true };
  }

  /** A town file of slot `id`, or of the running town as it is now. */
  async export(req: { id?: string }): Promise<Res<'exportTown'>> {
    if (req.id) {
      const slot = await this.store.load(req.id);
      return { fileName: townFileName(slot.name, slot.summary.day), bytes: slot.bytes };
    }
    const town = this.running();
    const { bytes, summary } = await captureTown(town, this.mindInfo());
    return { fileName: townFileName(town.name, summary.day), bytes };
  }

  /** Validates and stores a file as a new town; a refused file changes nothing. */
  async import(req: { bytes: Uint8Array }): Promise<Res<'importTown'>> {
    const result = await this.writing(() => importTownFile(this.store, req.bytes));
    if (!result.ok) throw new Error(result.error.message);
    const save = saveView(result.meta, this.currentId());
    return result.migratedFrom === undefined
      ? { save }
      : { save, migratedFrom: result.migratedFrom };
  }
}

/**
 * Drops the oldest autosaves beyond `MAX_AUTOSAVES`, never the one of `keepTownId` nor one a tab
 * is running (`isRunning`). Best effort: a failure leaves them for next time.
 */
export async function pruneAutosaves(
  store: SaveStore,
  keepTownId: string,
  isRunning: (townId: string) => Promise<boolean | null>,
): Promise<number> {
  const autos = (await store.list()).filter((m) => m.kind === 'autosave');
  let dropped = 0;
  for (const meta of autos.slice(MAX_AUTOSAVES)) {
    if (meta.townId === keepTownId || (await isRunning(meta.townId))) continue;
    await store.delete(meta.id);
    dropped++;
  }
  return dropped;
}
