/// <reference lib="webworker" />
/**
 * The simulation worker: the town (resumed from its autosave, or new) hosted by SimHost, or a save
 * replayed by ReplayHost; TownSession decides which and keeps it saved. Speaks only the messages
 * in protocol.ts.
 */
import { EvalHost } from './evalHost';
import { SimHost } from './host';
import { MindHost, openBrowserCache } from './mindHost';
import { DEFAULT_SPEED, type PageMessage, type WorkerMessage } from '../protocol';
import { TownSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

let host: SimHost | null = null;

function post(msg: WorkerMessage): void {
  self.postMessage(msg);
}

/** Mind switching, the mind log, notices and usage; offline until the user applies an LLM. */
const minds = new MindHost(post, openBrowserCache);

function fatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  post({ type: 'fatal', message });
}

/** Which town runs here: autosave, saves, replay, the two-tabs lock. */
const session = new TownSession({
  post,
  fatal,
  mindInfo: () => minds.info(),
  startHost(world, options, engine) {
    minds.attach(world);
    host = new SimHost(world, minds.mind, post, {
      speed: options.speed ?? DEFAULT_SPEED,
      paused: options.paused ?? false,
      engine,
    });
    return host;
  },
});

/** Believability evaluations on a copy of the town shown (live or replayed). */
const evals = new EvalHost({
  post,
  town: () => session.evalTown(),
  minds: () => ({ mind: minds.mind.active, offline: minds.mind.offline }),
});

self.addEventListener('error', (e) => fatal(e.error ?? e.message));
self.addEventListener('unhandledrejection', (e) => fatal(e.reason));

self.onmessage = (e: MessageEvent<PageMessage>) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') {
      session.init(msg.options);
      return;
    }
    if (msg.type === 'request' && evals.handles(msg.request)) {
      evals.reply(msg.id, msg.request);
      return;
    }
    if (msg.type === 'request' && session.handles(msg.request)) {
      session.reply(msg.id, msg.request);
      return;
    }
    const replay = session.replaying;
    if (replay) {
      if (msg.type === 'control') replay.control(msg.control);
      else replay.request(msg.id, msg.request);
      return;
    }
    if (!host) throw new Error('The town is not loaded yet');
    if (msg.type === 'control') {
      minds.control(msg.control);
      session.control(msg.control);
      host.control(msg.control);
    } else if (minds.handles(msg.request)) minds.reply(msg.id, msg.request);
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
