/**
 * A local OpenAI-compatible test server for unit and e2e tests (and for trying the LLM mind with
 * no model at all). Deterministic answers for every question kind, configurable latency and
 * injectable faults.
 *
 *   npx tsx scripts/llm-test-server.ts [--port 8788] [--latency 200] [--fault 429 --fault-count 3]
 *                                      [--api-key sk-test]
 *
 * At runtime: `POST /__control {"fault": "500", "count": 2, "latencyMs": 50}` and `GET /__stats`.
 */
import { pathToFileURL } from 'node:url';
import { isFault, FAULTS } from './llmServer/faults';
import { startTestServer, type TestServerOptions } from './llmServer/server';

export {
  startTestServer,
  TEST_CHAT_MODEL,
  TEST_EMBEDDING_MODEL,
  type ControlPatch,
  type ControlState,
  type ServerStats,
  type TestServer,
  type TestServerOptions,
} from './llmServer/server';
export { FAULTS, type Fault } from './llmServer/faults';

/** Parses `--name value` flags (and `--name=value`). */
function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else out[a.slice(2)] = argv[i + 1]?.startsWith('--') ? 'true' : (argv[++i] ?? 'true');
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      'Usage: tsx scripts/llm-test-server.ts [--port 8788] [--latency ms] [--fault <fault>] [--fault-count N] [--api-key KEY]\n' +
        `Faults: ${FAULTS.join(', ')}`,
    );
    return;
  }
  const opts: TestServerOptions = {
    port: Number(args.port ?? process.env.PORT ?? 8788),
    latencyMs: Number(args.latency ?? 0),
    apiKey: args['api-key'],
  };
  if (args.fault) {
    if (!isFault(args.fault))
      throw new Error(`Unknown fault "${args.fault}" (one of ${FAULTS.join(', ')})`);
    opts.fault = args.fault;
    opts.faultCount = args['fault-count'] ? Number(args['fault-count']) : null;
  }
  const server = await startTestServer(opts);
  console.log(`LLM test server listening at ${server.url} (latency ${opts.latencyMs} ms)`);
  console.log(
    `  control: POST ${server.url.replace(/\/v1$/, '')}/__control   stats: GET …/__stats`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
