import { parentPort, workerData } from 'node:worker_threads';
import { runExperimentSeed, type SeedResult } from '../eval/experiment/run';
import type { ExperimentSpec } from '../eval/experiment/spec';
import { errorText } from '../sim/text';

/** Messages a worker thread sends to `npm run experiment`. */
export type ExperimentWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: SeedResult }
  | { type: 'error'; message: string };

/** One seed of an experiment: all its branches run in one thread (they share the base run). */
export interface ExperimentJob {
  spec: ExperimentSpec;
  seed: number;
}

const port = parentPort;
if (port) {
  const send = (m: ExperimentWorkerMessage) => port.postMessage(m);
  const job = workerData as ExperimentJob;
  runExperimentSeed(job.spec, job.seed, {
    onProgress: (done, total) => send({ type: 'progress', done, total }),
  }).then(
    (result) => send({ type: 'result', result }),
    (err: unknown) => send({ type: 'error', message: errorText(err) }),
  );
}
