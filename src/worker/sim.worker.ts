/// <reference lib="webworker" />
/**
 * The simulation worker: the default town with the offline mind, hosted by SimHost. Speaks only
 * the messages in protocol.ts.
 */
import { OfflineMind } from '../minds/offline';
import { defaultScenario } from '../scenarios/default';
import { createWorld } from '../sim/world/world';
import { SimHost } from './host';
import { DEFAULT_SPEED, type PageMessage, type WorkerMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const DEFAULT_SEED = 1;
const MAX_AGENTS = 500;

let host: SimHost | null = null;

function post(msg: WorkerMessage): void {
  self.postMessage(msg);
}

function fatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  post({ type: 'fatal', message });
}

self.addEventListener('error', (e) => fatal(e.error ?? e.message));
self.addEventListener('unhandledrejection', (e) => fatal(e.reason));

self.onmessage = (e: MessageEvent<PageMessage>) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') {
      if (host) return;
      const scenario = defaultScenario();
      const { options } = msg;
      const agents = options.agents ? Math.min(MAX_AGENTS, Math.max(1, options.agents)) : undefined;
      const world = createWorld(scenario, { seed: options.seed ?? DEFAULT_SEED, agents });
      host = new SimHost(world, new OfflineMind(), post, {
        speed: options.speed ?? DEFAULT_SPEED,
        paused: options.paused ?? false,
      });
      post({
        type: 'ready',
        meta: host.meta(scenario.name, scenario.map),
        frame: host.firstFrame(),
      });
      host.run().catch(fatal);
      return;
    }
    if (!host) throw new Error('The town is not loaded yet');
    if (msg.type === 'control') host.control(msg.control);
    else host.request(msg.id, msg.request);
  } catch (err) {
    if (msg.type === 'request') {
      post({
        type: 'reply',
        id: msg.id,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
      });
    } else fatal(err);
  }
};
