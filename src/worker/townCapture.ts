import {
  encodeTownFile,
  encodeTownFileAsync,
  summarizeTown,
  type MindInfo,
  type SaveSummary,
  type TownFile,
  type TownRuntime,
} from '../persist';
import { yieldToEvents } from './stepLoop';

/** The town running in this worker, as persistence sees it. */
export interface LiveTownRef {
  /** Stable id of the town (its autosave slot and its tab lock are keyed by it). */
  townId: string;
  /** The town's name (autosaves are listed under it). */
  name: string;
  /** The world, engine and recorder (so saves replay). */
  runtime: TownRuntime;
  /** Runs a function between two steps (the host's loop); without it, capture polls. */
  betweenSteps?: <T>(fn: () => T) => Promise<T>;
}

/** A captured town, encoded. */
export interface EncodedTown {
  file: TownFile;
  bytes: Uint8Array;
  summary: SaveSummary;
  /** Milliseconds copying the town (between steps) and encoding it. */
  captureMs: number;
  encodeMs: number;
}

/** How often to look again whether a step that waits on a slow mind has finished, ms. */
const IDLE_POLL_MS = 10;

/**
 * Captures the town between two steps (a step may be waiting on a slow mind; saving then would
 * capture half a step) and encodes it. `sync` encodes in one go (the page is closing: no time to
 * spare); otherwise encoding is sliced so the worker keeps stepping and answering meanwhile.
 */
export async function captureTown(
  town: LiveTownRef,
  mind: MindInfo,
  opts: { sync?: boolean; now?: Date; name?: string } = {},
): Promise<EncodedTown> {
  let captureMs = 0;
  const capture = () => {
    const t0 = performance.now();
    const captured = town.runtime.file({
      name: opts.name ?? town.name,
      savedAt: (opts.now ?? new Date()).toISOString(),
      mind,
    });
    captureMs = performance.now() - t0;
    return captured;
  };
  let file: TownFile;
  if (town.betweenSteps) file = await town.betweenSteps(capture);
  else {
    // Checked and captured in the same synchronous run: no step can start in between.
    while (town.runtime.engine.isBusy) await new Promise((r) => setTimeout(r, IDLE_POLL_MS));
    file = capture();
  }
  const summary = summarizeTown(file.world, mind);
  const t1 = performance.now();
  const bytes = opts.sync
    ? encodeTownFile(file)
    : await encodeTownFileAsync(file, { yieldToHost: yieldToEvents });
  return { file, bytes, summary, captureMs, encodeMs: performance.now() - t1 };
}
