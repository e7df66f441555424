/// <reference lib="webworker" />
/**
 * The simulation worker: the town (resumed from its autosave, or new) hosted by SimHost, or a save
 * replayed by ReplayHost; TownSession decides which and keeps it saved. Speaks only the messages
 * of src/protocol, and answers every request through one table (`RequestTable`).
 */
import { observeOccupancy } from './dashboard/occupancySampler';
import { EvalHost } from './evalHost';
import { experimentHandlers } from './experimentSetup';
import { SimHost } from './host';
import { MindHost, openBrowserCache } from './mindHost';
import { DEFAULT_SPEED, type PageMessage, type WorkerMessage } from '../protocol';
import { errorText } from '../protocol/text';
import { TOWN_KINDS, answer, forward, type RequestTable } from './requestTable';
import { ScenarioOps } from './scenarioOps';
import { TownSession } from './session';
import { setWhyCalls } from './dashboard/whyReads';

declare const self: DedicatedWorkerGlobalScope;

let host: SimHost | null = null;

function post(msg: WorkerMessage): void {
  self.postMessage(msg);
}

/** Mind switching, the mind log, notices and usage; offline until the user applies an LLM. */
const minds = new MindHost(post, openBrowserCache);

function fatal(err: unknown): void {
  post({ type: 'fatal', message: errorText(err) });
}

/** Which town runs here: autosave, saves, replay, the two-tabs lock. */
const session = new TownSession({
  post,
  fatal,
  mindInfo: () => minds.info(),
  startHost(source, options) {
    host = new SimHost(source, minds.mind, minds.mind.offline, post, {
      speed: options.speed ?? DEFAULT_SPEED,
      paused: options.paused ?? false,
    });
    minds.attach(host.engine);
    const live = host;
    live.engine.observe((e) => e.type === 'stepped' && observeOccupancy(live.world));
    return host;
  },
});

/** Believability evaluations on a copy of the town shown (live or replayed). */
const evals = new EvalHost({
  post,
  town: () => session.evalTown(),
  minds: () => ({ mind: minds.mind.active, offline: minds.mind.offline }),
});

/** The scenario editor: bundled towns, maps, checks, export, and new towns from a draft. */
const scenarios = new ScenarioOps({
  mindInfo: () => minds.info(),
  adoptTown: (town) => session.adoptTown(town),
});

// Why-chains read the live town's mind calls (a replay's op ids are not in this log).
setWhyCalls(() => (session.replaying ? null : minds.recorder));

/** The town shown: the replay if this tab shows one, else the live town. */
function shown() {
  const town = session.replaying ?? host;
  if (!town) throw new Error('The town is not loaded yet');
  return town;
}

/** Every request kind has exactly one handler here (the compiler checks it). */
const table: RequestTable = {
  ...session.handlers(),
  ...evals.handlers(),
  ...experimentHandlers(
    () => session.evalTown(),
    () => session.experiments(),
  ),
  ...minds.handlers(),
  ...scenarios.handlers(),
  ...forward(TOWN_KINDS, () => shown().handlers()),
};

self.addEventListener('error', (e) => fatal(e.error ?? e.message));
self.addEventListener('unhandledrejection', (e) => fatal(e.reason));

self.onmessage = (e: MessageEvent<PageMessage>) => {
  const msg = e.data;
  switch (msg.type) {
    case 'init':
      session.init(msg.options);
      return;
    case 'request':
      minds.watch(msg.request);
      answer(table, msg.id, msg.request, post);
      return;
    case 'control':
      try {
        const town = shown();
        if (town === host) {
          minds.control(msg.control);
          session.control(msg.control);
        }
        town.control(msg.control);
      } catch (err) {
        fatal(err);
      }
  }
};
