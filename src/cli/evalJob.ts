import type { CustomQuestion } from '../eval/battery';
import { fallbackMind } from '../minds/fallback';
import { evaluateRun } from '../eval/evaluate';
import type { RunEvaluation } from '../eval/types';
import { configFromEnv, LlmMind } from '../minds/llm';
import { createLlmJudge } from '../minds/llm/judge';
import { FileLlmCache } from '../minds/llm/nodeFileCache';
import { OfflineMind } from '../minds/offline';
import type { Ablations } from '../sim/config';
import type { Mind } from '../sim/mind';
import { loadScenario } from './scenarioArgs';

/** One seed under one condition: everything a worker thread needs, as plain JSON. */
export interface EvalJob {
  /** A bundled town id (default "default"). */
  town?: string;
  map?: string;
  personas?: string;
  seed: number;
  days: number;
  agents?: number;
  mind: 'offline' | 'llm';
  ablate?: Ablations;
  condition: string;
  questions: CustomQuestion[];
  judge: boolean;
  /** Minutes of the day to interview at (empty: the end of each game day). */
  moments: number[];
}

/** Runs one job in this thread; `onProgress` and `onWarning` report back to the caller. */
export async function runEvalJob(
  job: EvalJob,
  onProgress: (done: number, total: number) => void,
  onWarning: (message: string) => void,
): Promise<RunEvaluation> {
  const scenario = loadScenario(job);
  const offline = new OfflineMind();
  let mind: Mind = offline;
  if (job.mind === 'llm') {
    const llm = new LlmMind(configFromEnv(process.env), { cache: new FileLlmCache('.llm-cache') });
    llm.onNotice((n) => onWarning(`[${n.level}] ${n.message}`));
    mind = llm;
  }
  const judge = job.judge ? createLlmJudge(configFromEnv(process.env), onWarning) : undefined;
  return evaluateRun({
    scenario,
    mind,
    fallback: job.mind === 'llm' ? fallbackMind(offline) : undefined,
    seed: job.seed,
    days: job.days,
    agents: job.agents,
    ablate: job.ablate,
    condition: job.condition,
    questions: job.questions,
    judge,
    moments: job.moments,
    onProgress,
  });
}
