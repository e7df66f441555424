/**
 * One tab runs a town; others may watch it read-only or take it over. Built on the Web Locks API
 * (pages and workers, all current browsers): the lock is held for as long as the tab runs the
 * town and is released automatically if the tab closes or crashes.
 */

/** The subset of `LockManager` used here (injectable for tests). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
  query?(): Promise<{ held?: { name?: string }[] }>;
}

/** The subset of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** A held run lock. */
export interface TownLock {
  readonly townId: string;
  /** True once another tab took the town over (the holder must stop running it). */
  readonly lost: boolean;
  /** Lets another tab run the town (call when closing the town in this tab). */
  release(): void;
}

export type TownLockResult =
  /** This tab runs the town. */
  | { status: 'acquired'; lock: TownLock }
  /** Another tab runs it: offer a read-only view or "take over" (`mode: 'steal'`). */
  | { status: 'busy' }
  /** No Web Locks here (very old browser): run it, but warn that two tabs could collide. */
  | { status: 'unsupported' };

export interface TownLockOptions {
  /**
   * 'try' (default): take the lock only if free. 'steal': take it from the tab holding it, which
   * is told through `onLost`. 'wait': queue until the other tab lets go (abort with `signal`).
   */
  mode?: 'try' | 'steal' | 'wait';
  signal?: AbortSignal;
  /** Called once if another tab takes the town over while this one holds it. */
  onLost?: () => void;
  locks?: LockManagerLike | null;
  /** Opens the channel used to tell a holder it was taken over (null: none). */
  openChannel?: (() => ChannelLike) | null;
}

/** Name of the BroadcastChannel carrying take-over notices. */
export const LOCK_CHANNEL = 'generative-town:locks';

function lockName(townId: string): string {
  return `generative-town:run:${townId}`;
}

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

function defaultChannel(): (() => ChannelLike) | null {
  return typeof BroadcastChannel === 'function' ? () => new BroadcastChannel(LOCK_CHANNEL) : null;
}

/** Tries to become the tab that runs `townId`. */
export function acquireTownLock(
  townId: string,
  opts: TownLockOptions = {},
): Promise<TownLockResult> {
  const locks = opts.locks === undefined ? defaultLocks() : opts.locks;
  if (!locks) return Promise.resolve({ status: 'unsupported' });
  const openChannel = opts.openChannel === undefined ? defaultChannel() : opts.openChannel;
  const mode = opts.mode ?? 'try';
  const options =
    mode === 'steal'
      ? { steal: true }
      : mode === 'wait'
        ? { signal: opts.signal }
        : { ifAvailable: true };

  return new Promise<TownLockResult>((resolve, reject) => {
    let acquired = false;
    let lost = false;
    let releaseHeld: () => void = () => undefined;
    const held = new Promise<void>((r) => (releaseHeld = r));
    const channel = openChannel?.() ?? null;
    const loseIt = () => {
      if (lost) return;
      lost = true;
      channel?.close();
      opts.onLost?.();
    };
    const lock: TownLock = {
      townId,
      get lost() {
        return lost;
      },
      release() {
        channel?.close();
        releaseHeld();
      },
    };
    channel?.addEventListener('message', (event) => {
      const msg = event.data as { type?: string; townId?: string } | null;
      if (acquired && msg?.type === 'taken-over' && msg.townId === townId) loseIt();
    });
    locks
      .request(lockName(townId), options, async (granted) => {
        if (!granted) {
          channel?.close();
          resolve({ status: 'busy' });
          return;
        }
        acquired = true;
        // A holder that lost its lock through `steal` is told by its rejected request below;
        // the channel message also reaches code that only watches the channel.
        if (mode === 'steal') channel?.postMessage({ type: 'taken-over', townId });
        resolve({ status: 'acquired', lock });
        await held;
      })
      .catch((err: unknown) => {
        // Stolen: the request of the old holder rejects (AbortError).
        if (acquired) loseIt();
        else {
          channel?.close();
          reject(err);
        }
      });
  });
}

/** Whether some tab holds the run lock of `townId` (null: cannot tell here). */
export async function isTownRunning(
  townId: string,
  locks: LockManagerLike | null = defaultLocks(),
): Promise<boolean | null> {
  if (!locks?.query) return null;
  const { held = [] } = await locks.query();
  return held.some((l) => l.name === lockName(townId));
}
