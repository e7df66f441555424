import { errorText } from '../sim/text';
import { parentPort, workerData } from 'node:worker_threads';
import { runEvalJob, type EvalJob } from './evalJob';

/** Messages a worker thread sends to `npm run eval`. */
export type EvalWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'warning'; message: string }
  | { type: 'result'; run: Awaited<ReturnType<typeof runEvalJob>> }
  | { type: 'error'; message: string };

const port = parentPort;
if (port) {
  const send = (m: EvalWorkerMessage) => port.postMessage(m);
  runEvalJob(
    workerData as EvalJob,
    (done, total) => send({ type: 'progress', done, total }),
    (message) => send({ type: 'warning', message }),
  ).then(
    (run) => send({ type: 'result', run }),
    (err: unknown) => send({ type: 'error', message: errorText(err) }),
  );
}
