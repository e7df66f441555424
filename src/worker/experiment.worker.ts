/// <reference lib="webworker" />
/**
 * One seed of a "What if…?" experiment, off the page's thread and off the town's: every branch
 * run from the town's state with the offline mind. The page starts one per seed (a few at a time)
 * and terminates it to cancel.
 */
import { runFromState } from '../eval/experiment/fromState';
import type {
  ExperimentJobEvent,
  ExperimentJobMessage,
  ExperimentTownJson,
} from '../protocol/experiment';
import type { WorldState } from '../sim/world/world';
import { errorText } from '../protocol/text';

declare const self: DedicatedWorkerGlobalScope;

const post = (e: ExperimentJobEvent) => self.postMessage(e);

self.onmessage = async (e: MessageEvent<ExperimentJobMessage>) => {
  const { town, spec, seed } = e.data;
  try {
    const json = JSON.parse(new TextDecoder().decode(town)) as ExperimentTownJson;
    const result = await runFromState(
      { map: json.map, state: json.state as WorldState, spec },
      seed,
      (done, total) => post({ type: 'progress', seed, done, total }),
    );
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'error', seed, message: errorText(err) });
  }
};
