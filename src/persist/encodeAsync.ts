import type { TownFile } from './format';
import { GzipSink, framedPieces } from './framing';
import { sanitizeMind, type EncodeOptions } from './townFile';

export interface EncodeAsyncOptions extends EncodeOptions {
  /** Work this long, then yield (default 8 ms). */
  sliceMs?: number;
  /** How to yield to the host's event loop (default: a zero-delay timer). */
  yieldToHost?: () => Promise<void>;
  /** Clock for slicing (default `performance.now`). */
  now?: () => number;
}

/** Containers are split into pieces down to this depth. */
const SPLIT_DEPTH = 6;
/** The same for one item of a part list (an agent: down to single memories). */
const ITEM_SPLIT_DEPTH = 3;

/**
 * `JSON.stringify` as a stream of pieces: identical text, but a big town comes out in many small
 * pieces (an agent's memory list node by node) so the work can be spread over time slices.
 */
export function* jsonPieces(value: unknown, depth = SPLIT_DEPTH): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      const v = value[i];
      // JSON writes null for undefined and functions in arrays.
      if (v === undefined || typeof v === 'function') yield 'null';
      else yield* jsonPieces(v, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(v, depth - 1);
  }
  yield '}';
}

/**
 * Same text as `encodeTownFile` (the framed layout, see `framing.ts`), produced in time slices so
 * the thread that saves (the worker) keeps stepping and answering between slices. Capture the file
 * first (that part is synchronous); the captured file is a copy, so the town may move on while
 * this runs.
 */
export async function encodeTownFileAsync(
  file: TownFile,
  opts: EncodeAsyncOptions = {},
): Promise<Uint8Array> {
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yieldToHost = opts.yieldToHost ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const sink = new GzipSink(opts.level ?? 6);
  const pieces = framedPieces(
    { ...file, mind: sanitizeMind(file.mind) },
    (value) => jsonPieces(value, ITEM_SPLIT_DEPTH),
    opts,
  );
  let sliceStart = now();
  for (const piece of pieces) {
    sink.write(piece);
    if (now() - sliceStart >= sliceMs) {
      await yieldToHost();
      sliceStart = now();
    }
  }
  return sink.end();
}
