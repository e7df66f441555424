import { writeSection } from './results';
import { benchDay, benchRetrieval } from './sim';

/** `npm run bench`: simulation benchmarks (browser ones: `npm run bench:browser`). */
async function main(): Promise<void> {
  console.log('Running: offline mind, 25 agents x 1 game day …');
  const day = await benchDay();
  const retrieval = [1_000, 10_000, 100_000].map((n) => benchRetrieval(n));
  writeSection('sim', {
    day,
    retrieval: {
      what: 'top-10 retrieval, offline 128-d embeddings',
      targetMsAt10k: 5,
      results: retrieval,
    },
  });
  console.table([
    { benchmark: day.what, value: `${day.wallMs} ms`, target: '≤ 10000 ms', met: day.met },
    { benchmark: 'agent-steps per second', value: day.agentStepsPerSecond, target: '', met: '' },
    ...retrieval.map((r) => ({
      benchmark: `top-10 retrieval over ${r.memories.toLocaleString('en')} memories (median)`,
      value: `${r.medianMs} ms`,
      target: r.memories === 10_000 ? '≤ 5 ms' : '',
      met: r.memories === 10_000 ? r.medianMs <= 5 : '',
    })),
  ]);
  console.log('Written to bench/results.json');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
