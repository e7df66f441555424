import { describe, expect, it } from 'vitest';
import { FakeLocks } from './testing/fakeLocks';
import { acquireTownLock, isTownRunning, type ChannelLike } from './townLock';

/** BroadcastChannel between "tabs": a message reaches every other open channel. */
function channelHub() {
  const open = new Set<{ listeners: ((e: { data: unknown }) => void)[] }>();
  return (): ChannelLike => {
    const me = { listeners: [] as ((e: { data: unknown }) => void)[] };
    open.add(me);
    return {
      postMessage(data) {
        for (const other of open) if (other !== me) other.listeners.forEach((l) => l({ data }));
      },
      addEventListener(_type, listener) {
        me.listeners.push(listener);
      },
      close() {
        open.delete(me);
      },
    };
  };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('town lock', () => {
  it('lets one tab run a town and tells the next one it is busy', async () => {
    const locks = new FakeLocks();
    const openChannel = channelHub();
    const first = await acquireTownLock('t1', { locks, openChannel });
    expect(first.status).toBe('acquired');
    expect(await acquireTownLock('t1', { locks, openChannel })).toEqual({ status: 'busy' });
    expect((await acquireTownLock('t2', { locks, openChannel })).status).toBe('acquired');
    expect(await isTownRunning('t1', locks)).toBe(true);
    if (first.status === 'acquired') first.lock.release();
    await tick();
    expect(await isTownRunning('t1', locks)).toBe(false);
    expect((await acquireTownLock('t1', { locks, openChannel })).status).toBe('acquired');
  });

  it('take-over: the new tab gets the lock, the old one is told exactly once', async () => {
    const locks = new FakeLocks();
    const openChannel = channelHub();
    let lostCount = 0;
    const first = await acquireTownLock('t1', { locks, openChannel, onLost: () => lostCount++ });
    const second = await acquireTownLock('t1', { locks, openChannel, mode: 'steal' });
    expect(second.status).toBe('acquired');
    await tick();
    expect(lostCount).toBe(1);
    expect(first.status === 'acquired' && first.lock.lost).toBe(true);
    expect(second.status === 'acquired' && second.lock.lost).toBe(false);
  });

  it('a watching tab can wait for the town to be free', async () => {
    const locks = new FakeLocks();
    const first = await acquireTownLock('t1', { locks, openChannel: null });
    const waiting = acquireTownLock('t1', { locks, openChannel: null, mode: 'wait' });
    await tick();
    if (first.status === 'acquired') first.lock.release();
    expect((await waiting).status).toBe('acquired');
  });

  it('hears a take-over announced on the channel', async () => {
    const locks = new FakeLocks();
    const openChannel = channelHub();
    let lost = 0;
    await acquireTownLock('t1', { locks, openChannel, onLost: () => lost++ });
    const other = openChannel();
    other.postMessage({ type: 'taken-over', townId: 't2' });
    expect(lost).toBe(0);
    other.postMessage({ type: 'taken-over', townId: 't1' });
    other.postMessage({ type: 'taken-over', townId: 't1' });
    expect(lost).toBe(1);
  });

  it('says so when Web Locks are missing', async () => {
    expect(await acquireTownLock('t1', { locks: null })).toEqual({ status: 'unsupported' });
    expect(await isTownRunning('t1', null)).toBeNull();
  });
});
