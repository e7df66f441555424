import { benchLlm } from './llm';
import { writeSection } from './results';

/** `npm run bench:llm`: LLM mind request counts and wall time against the local test server. */
async function main(): Promise<void> {
  const days = Number(process.argv[2] ?? 1);
  const res = await benchLlm({ days });
  writeSection('llm', res);
  console.log('');
  console.table({
    'chat completions / agent-day': `${res.chatCompletionsPerAgentDay} (target ≤ 150)`,
    'embedding requests / agent-day': `${res.embeddingRequestsPerAgentDay} (target ≤ 50)`,
    'wall time': `${(res.wallMs / 1000).toFixed(1)} s at 200 ms latency`,
    'effective concurrency': res.effectiveConcurrency,
    'max in flight': res.maxInFlight,
    fallbacks: res.fallbacks,
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
