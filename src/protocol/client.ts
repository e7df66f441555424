import type {
  Control,
  Frame,
  InitOptions,
  PageMessage,
  Request,
  RequestKind,
  RequestOf,
  ResultOf,
  TownMeta,
  WorkerMessage,
} from '.';

export interface SimClientHandlers {
  onReady(meta: TownMeta, frame: Frame): void;
  onFrame(frame: Frame): void;
  onThinking(agentIds: string[]): void;
  onFatal(message: string): void;
}

/** The page's side of the protocol; the store talks to the simulation only through this. */
export interface SimClient {
  start(options: InitOptions, handlers: SimClientHandlers): void;
  control(control: Control): void;
  request<K extends RequestKind>(kind: K, args: Omit<RequestOf<K>, 'kind'>): Promise<ResultOf<K>>;
  dispose(): void;
  /** Hears every message the worker sends (e.g. mind notices); returns an unsubscribe function. */
  listen?(listener: (msg: WorkerMessage) => void): () => void;
}

/** Spawns the simulation worker and matches replies to requests by id. */
export class WorkerSimClient implements SimClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private handlers: SimClientHandlers | null = null;
  private listeners = new Set<(msg: WorkerMessage) => void>();

  start(options: InitOptions, handlers: SimClientHandlers): void {
    this.handlers = handlers;
    try {
      this.worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch (err) {
      handlers.onFatal(`Could not start the simulation: ${String(err)}`);
      return;
    }
    this.worker.onmessage = (e: MessageEvent<WorkerMessage>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(e.message || 'The simulation worker failed to load.');
    };
    this.worker.onmessageerror = () => this.fail('A message from the simulation was unreadable.');
    this.send({ type: 'init', options });
  }

  private fail(message: string): void {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
    this.handlers?.onFatal(message);
  }

  private receive(msg: WorkerMessage): void {
    const h = this.handlers;
    if (!h) return;
    for (const fn of this.listeners) fn(msg);
    switch (msg.type) {
      case 'ready':
        h.onReady(msg.meta, msg.frame);
        break;
      case 'frame':
        h.onFrame(msg.frame);
        break;
      case 'thinking':
        h.onThinking(msg.agentIds);
        break;
      case 'reply': {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.ok) p.resolve(msg.result);
        else p.reject(new Error(msg.error));
        break;
      }
      case 'fatal':
        this.fail(msg.message);
        break;
    }
  }

  private send(msg: PageMessage): void {
    this.worker?.postMessage(msg);
  }

  control(control: Control): void {
    this.send({ type: 'control', control });
  }

  request<K extends RequestKind>(kind: K, args: Omit<RequestOf<K>, 'kind'>): Promise<ResultOf<K>> {
    const id = this.nextId++;
    return new Promise<ResultOf<K>>((resolve, reject) => {
      if (!this.worker) {
        reject(new Error('The simulation is not running'));
        return;
      }
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ type: 'request', id, request: { kind, ...args } as unknown as Request });
    });
  }

  listen(listener: (msg: WorkerMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.handlers = null;
  }
}
