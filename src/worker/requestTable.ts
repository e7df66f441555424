import type {
  CommandRequests,
  ReadRequests,
  Request,
  RequestKind,
  RequestOf,
  Requests,
  ResultOf,
  WorkerMessage,
} from '../protocol';
import { errorText } from '../protocol/text';
import { GRAPH_KINDS } from './dashboard/graphsReads';
import { SERIES_KINDS } from './dashboard/seriesReads';
import { WHY_KINDS } from './dashboard/whyReads';

/** Answers one kind of request. */
export type Handler<K extends RequestKind> = (
  request: RequestOf<K>,
) => ResultOf<K> | Promise<ResultOf<K>>;

/** One handler for each request kind of a group (`ReadRequests`, `MindRequests` …). */
export type Handlers<R> = { [K in keyof R & RequestKind]: Handler<K> };

/**
 * The worker's one request table: a handler for every request kind. Composed in sim.worker.ts
 * from the read, command, mind, save and evaluation handlers; the compiler refuses a table that
 * misses a kind, so a new request is one line in src/protocol/requests.ts plus its handler.
 */
export type RequestTable = Handlers<Requests>;

/** The kinds of a group, as a value (compile-checked to list every kind and nothing else). */
export type Kinds<R> = { readonly [K in keyof R & RequestKind]: true };

export const READ_KINDS: Kinds<ReadRequests> = {
  ...SERIES_KINDS,
  ...GRAPH_KINDS,
  ...WHY_KINDS,
  agentNow: true,
  memories: true,
  probe: true,
  reflections: true,
  conversations: true,
  relationships: true,
};

export const COMMAND_KINDS: Kinds<CommandRequests> = {
  whisper: true,
  interview: true,
  announce: true,
  setWeights: true,
  forgetMemory: true,
  rewriteMemory: true,
};

/** The town shown — live or replayed — answers reads and commands. */
export type TownRequests = ReadRequests & CommandRequests;
export const TOWN_KINDS: Kinds<TownRequests> = { ...READ_KINDS, ...COMMAND_KINDS };

/** Handlers that pass each request on to whatever `target()` is at the time of the request. */
export function forward<R>(kinds: Kinds<R>, target: () => Handlers<R>): Handlers<R> {
  const out: Record<string, (r: Request) => unknown> = {};
  for (const kind of Object.keys(kinds))
    out[kind] = (r) => (target() as unknown as Record<string, (r: Request) => unknown>)[kind](r);
  return out as unknown as Handlers<R>;
}

/** Handlers that refuse every request of a group with `message` (e.g. commands in a replay). */
export function refuse<R>(kinds: Kinds<R>, message: string): Handlers<R> {
  const out: Record<string, () => never> = {};
  for (const kind of Object.keys(kinds))
    out[kind] = () => {
      throw new Error(message);
    };
  return out as unknown as Handlers<R>;
}

/** Answers one request from the table with exactly one `reply` message, whatever happens. */
export function answer(
  table: Partial<RequestTable>,
  id: number,
  request: Request,
  post: (msg: WorkerMessage) => void,
): void {
  const fail = (err: unknown) => post({ type: 'reply', id, ok: false, error: errorText(err) });
  try {
    const handler = table[request.kind] as ((r: Request) => unknown) | undefined;
    if (!handler) throw new Error(`Unknown request "${request.kind}".`);
    Promise.resolve(handler(request)).then(
      (result) => post({ type: 'reply', id, ok: true, result }),
      fail,
    );
  } catch (err) {
    fail(err);
  }
}
