import { OfflineMind } from '../src/minds/offline';
import { encodeTownFileAsync } from '../src/persist/encodeAsync';
import { TownRuntime } from '../src/persist/runtime';
import { decodeTownFile, encodeTownFile } from '../src/persist/townFile';
import { STEPS_PER_DAY } from '../src/sim/clock';
import type { Scenario } from '../src/sim/scenario';
import { smallScenario } from '../src/sim/testing/smallTown';

/** One autosave measurement of a town at some game day. */
export interface AutosaveSample {
  day: number;
  memories: number;
  /** Capturing the world (`getState`: cloning plus base64 of the embedding matrices). */
  captureMs: number;
  /** JSON text in lines (`persist/framing.ts`) + UTF-8 + gzip. */
  encodeMs: number;
  /**
   * Capture + encode as one synchronous chunk: the pause a save would cause on the thread it
   * runs on (the main-thread pause, were it done there; in the app it runs in the worker).
   */
  blockingMs: number;
  compressedBytes: number;
  uncompressedBytes: number;
  /** Reading it back (gunzip + parse + validation), as on load or import. */
  decodeMs: number;
  /**
   * The same encode time-sliced (`encodeTownFileAsync`, 8 ms slices): wall time and the longest
   * slice (GC pauses included), i.e. what the worker blocks for once the capture is done.
   */
  slicedEncodeMs: number;
  longestSliceMs: number;
}

async function loadScenario(): Promise<{ scenario: Scenario; note?: string }> {
  try {
    const { defaultScenario } = await import('../src/scenarios/default');
    return { scenario: defaultScenario() };
  } catch (err) {
    return {
      scenario: smallScenario(),
      note: `default town unavailable (${(err as Error).message}); measured the small test town`,
    };
  }
}

/** The unpacked size a gzip file records in its trailer (mod 2³²). */
function gzipSize(bytes: Uint8Array): number {
  const n = bytes.length;
  return (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Autosave cost for the default town (offline mind) after 1 and 2 game days: time to capture and
 * encode the town file, its size, and the longest single blocking chunk. Median of `repeats`.
 */
export async function benchAutosave(
  opts: { days?: number[]; repeats?: number; seed?: number } = {},
) {
  const days = opts.days ?? [1, 2];
  const repeats = opts.repeats ?? 3;
  const { scenario, note } = await loadScenario();
  const town = TownRuntime.open({ kind: 'new', scenario, seed: opts.seed ?? 1 }, new OfflineMind());
  const engine = town.engine;
  const samples: AutosaveSample[] = [];
  let ran = 0;
  for (const day of days) {
    for (; ran < day * STEPS_PER_DAY; ran++) await engine.tick();
    const runs: Omit<AutosaveSample, 'day' | 'memories'>[] = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      const file = town.file({
        name: 'bench',
        savedAt: new Date().toISOString(),
        mind: { kind: 'offline' },
      });
      const t1 = performance.now();
      const bytes = encodeTownFile(file);
      const t2 = performance.now();
      const decoded = decodeTownFile(bytes);
      const t3 = performance.now();
      if (!decoded.ok) throw decoded.error;
      let longestSlice = 0;
      let sliceStart = performance.now();
      await encodeTownFileAsync(file, {
        yieldToHost: async () => {
          longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
          await new Promise((r) => setTimeout(r, 0));
          sliceStart = performance.now();
        },
      });
      const t4 = performance.now();
      longestSlice = Math.max(longestSlice, t4 - sliceStart);
      runs.push({
        captureMs: t1 - t0,
        encodeMs: t2 - t1,
        blockingMs: t2 - t0,
        compressedBytes: bytes.length,
        uncompressedBytes: gzipSize(bytes),
        decodeMs: t3 - t2,
        slicedEncodeMs: t4 - t3,
        longestSliceMs: longestSlice,
      });
    }
    const pick = (k: keyof (typeof runs)[number]) => Math.round(median(runs.map((x) => x[k])));
    samples.push({
      day,
      memories: engine.world.agents.reduce((n, a) => n + a.memory.size, 0),
      captureMs: pick('captureMs'),
      encodeMs: pick('encodeMs'),
      blockingMs: pick('blockingMs'),
      compressedBytes: runs[0].compressedBytes,
      uncompressedBytes: runs[0].uncompressedBytes,
      decodeMs: pick('decodeMs'),
      slicedEncodeMs: pick('slicedEncodeMs'),
      longestSliceMs: pick('longestSliceMs'),
    });
  }
  return {
    what: `autosave of the ${scenario.id} town (${engine.world.agents.length} agents, offline mind)`,
    ...(note ? { note } : {}),
    samples,
    /** The target for the main thread; saving runs in the worker, so it does not apply there. */
    mainThreadTargetMs: 50,
    longestBlockingMs: Math.max(...samples.map((s) => s.blockingMs)),
  };
}
