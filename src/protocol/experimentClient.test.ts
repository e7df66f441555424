import { describe, expect, it } from 'vitest';
import type {
  ExperimentJobEvent,
  ExperimentJobMessage,
  ExperimentSpec,
  SeedResult,
} from './experiment';
import { EXPERIMENT_CANCELLED_MESSAGE, runExperimentInWorkers } from './experimentClient';

const spec = (seeds: number[]): ExperimentSpec => ({
  town: 't',
  seeds,
  startAfterHours: 0,
  spanHours: 1,
  branches: [
    { name: 'control', interventions: [] },
    { name: 'b', interventions: [] },
  ],
});

/** A worker stand-in: answers each run when the test says so. */
class FakeWorker {
  static live = 0;
  static maxLive = 0;
  static all: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<ExperimentJobEvent>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  job: ExperimentJobMessage | null = null;
  terminated = false;
  constructor() {
    FakeWorker.live++;
    FakeWorker.maxLive = Math.max(FakeWorker.maxLive, FakeWorker.live);
    FakeWorker.all.push(this);
  }
  postMessage(job: ExperimentJobMessage) {
    this.job = job;
  }
  terminate() {
    if (!this.terminated) FakeWorker.live--;
    this.terminated = true;
  }
  emit(e: ExperimentJobEvent) {
    this.onmessage?.({ data: e } as MessageEvent<ExperimentJobEvent>);
  }
  finish() {
    const seed = this.job!.seed;
    this.emit({ type: 'progress', seed, done: 360 * 2, total: 360 * 2 });
    this.emit({ type: 'done', result: { seed, runs: [], divergences: [] } as SeedResult });
  }
}

const spawn = () => new FakeWorker() as unknown as Worker;

function reset() {
  FakeWorker.live = 0;
  FakeWorker.maxLive = 0;
  FakeWorker.all = [];
}

describe('experiments in background workers', () => {
  it('runs a few seeds at a time, reports progress, and gives results in seed order', async () => {
    reset();
    const progress: number[] = [];
    const run = runExperimentInWorkers(
      { town: new Uint8Array([1]) },
      spec([5, 6, 7]),
      (p) => progress.push(p.done),
      spawn,
    );
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1]!.finish();
    expect(FakeWorker.all).toHaveLength(3);
    FakeWorker.all[2]!.finish();
    FakeWorker.all[0]!.finish();
    const results = await run.results;
    expect(results.map((r) => r.seed)).toEqual([5, 6, 7]);
    expect(FakeWorker.maxLive).toBe(2);
    expect(FakeWorker.live).toBe(0);
    expect(progress.at(-1)).toBe(360 * 2 * 3);
  });

  it('cancels: every worker stops and the run rejects as cancelled', async () => {
    reset();
    const run = runExperimentInWorkers(
      { town: new Uint8Array() },
      spec([1, 2, 3]),
      () => {},
      spawn,
    );
    run.cancel();
    await expect(run.results).rejects.toThrow(EXPERIMENT_CANCELLED_MESSAGE);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('fails with the seed and the message of the first failure', async () => {
    reset();
    const run = runExperimentInWorkers({ town: new Uint8Array() }, spec([1, 2]), () => {}, spawn);
    FakeWorker.all[1]!.emit({ type: 'error', seed: 2, message: 'no person with id "x"' });
    await expect(run.results).rejects.toThrow('Seed 2: no person with id "x"');
    expect(FakeWorker.live).toBe(0);
  });
});
