/**
 * Runs a "What if…?" experiment in background workers, one seed per worker and a few at a time,
 * with progress and cancel. The page hands each worker the town's bytes as they came from the
 * simulation worker (`experimentSetup`) and gets back each seed's result.
 */
import type { SeedResult } from '../eval/experiment/run';
import { STEPS_PER_HOUR } from '../sim/clock';
import type { ExperimentSpec } from '../eval/experiment/spec';
import type { ExperimentJobEvent, ExperimentJobMessage, ExperimentSetup } from './experiment';

/** The error message of an experiment that was cancelled. */
export const EXPERIMENT_CANCELLED_MESSAGE = 'The experiment was cancelled.';

export interface ExperimentProgress {
  /** Game steps simulated of all (every seed and branch). */
  done: number;
  total: number;
  /** Seeds finished. */
  seedsDone: number;
}

export interface ExperimentRun {
  /** Every seed's result, in the spec's seed order; rejects on the first failure or a cancel. */
  results: Promise<SeedResult[]>;
  cancel(): void;
}

/** Workers at once: the town keeps its own thread, so one fewer than the cores, at least two. */
export function experimentParallelism(seeds: number): number {
  const cores = typeof navigator === 'undefined' ? 2 : (navigator.hardwareConcurrency ?? 2);
  return Math.max(1, Math.min(seeds, 4, Math.max(2, cores - 1)));
}

/** Starts one experiment worker (a seam for tests). */
export type SpawnWorker = () => Worker;

const spawnDefault: SpawnWorker = () =>
  new Worker(new URL('../worker/experiment.worker.ts', import.meta.url), { type: 'module' });

export function runExperimentInWorkers(
  setup: Pick<ExperimentSetup, 'town'>,
  spec: ExperimentSpec,
  onProgress: (p: ExperimentProgress) => void,
  spawn: SpawnWorker = spawnDefault,
): ExperimentRun {
  const perSeed = Math.round(spec.spanHours * STEPS_PER_HOUR);
  const totalSteps = perSeed * spec.branches.length * spec.seeds.length;
  const doneBySeed = new Map<number, number>();
  const results = new Map<number, SeedResult>();
  const live = new Set<Worker>();
  const queue = [...spec.seeds];
  let settled = false;
  let rejectRun: (e: Error) => void = () => {};
  const report = () => {
    let done = 0;
    for (const d of doneBySeed.values()) done += d;
    onProgress({ done, total: totalSteps, seedsDone: results.size });
  };
  const stopAll = () => {
    for (const w of live) w.terminate();
    live.clear();
    queue.length = 0;
  };
  const promise = new Promise<SeedResult[]>((resolve, reject) => {
    rejectRun = (e) => {
      if (settled) return;
      settled = true;
      stopAll();
      reject(e);
    };
    const next = () => {
      const seed = queue.shift();
      if (seed === undefined) return;
      let worker: Worker;
      try {
        worker = spawn();
      } catch (err) {
        rejectRun(new Error(`Could not start an experiment worker: ${String(err)}`));
        return;
      }
      live.add(worker);
      worker.onmessage = (e: MessageEvent<ExperimentJobEvent>) => {
        const ev = e.data;
        if (ev.type === 'progress') {
          doneBySeed.set(ev.seed, ev.done);
          report();
        } else if (ev.type === 'error') {
          rejectRun(new Error(`Seed ${ev.seed}: ${ev.message}`));
        } else {
          results.set(ev.result.seed, ev.result);
          worker.terminate();
          live.delete(worker);
          report();
          if (results.size === spec.seeds.length) {
            settled = true;
            resolve(spec.seeds.map((s) => results.get(s)!));
          } else next();
        }
      };
      worker.onerror = (e) => rejectRun(new Error(`An experiment worker failed: ${e.message}`));
      const msg: ExperimentJobMessage = { type: 'run', town: setup.town, spec, seed };
      worker.postMessage(msg);
    };
    for (let i = 0; i < experimentParallelism(spec.seeds.length); i++) next();
  });
  return { results: promise, cancel: () => rejectRun(new Error(EXPERIMENT_CANCELLED_MESSAGE)) };
}
