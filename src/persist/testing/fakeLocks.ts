import type { LockManagerLike } from '../townLock';

/** Web Locks semantics that matter here: ifAvailable, steal (old holder rejects), queueing. */
export class FakeLocks implements LockManagerLike {
  private held = new Map<string, { done: Promise<unknown>; steal: (err: unknown) => void }>();

  async request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown> {
    const current = this.held.get(name);
    if (current && options.ifAvailable) return callback(null);
    if (current && options.steal) {
      this.held.delete(name);
      current.steal(new DOMException('Lock broken by another request', 'AbortError'));
    }
    while (this.held.has(name)) {
      if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      await Promise.race([
        this.held.get(name)!.done.catch(() => undefined),
        new Promise((r) => setTimeout(r, 5)),
      ]);
    }
    return new Promise((resolve, reject) => {
      const done = callback({ name });
      this.held.set(name, { done, steal: reject });
      done.then((v) => {
        if (this.held.get(name)?.done === done) this.held.delete(name);
        resolve(v);
      }, reject);
    });
  }

  async query() {
    return { held: [...this.held.keys()].map((name) => ({ name })) };
  }
}
