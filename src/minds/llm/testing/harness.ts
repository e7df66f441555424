import {
  startTestServer,
  TEST_CHAT_MODEL,
  TEST_EMBEDDING_MODEL,
  type TestServer,
} from '../../../../scripts/llm-test-server';
import { LlmMind, type LlmConfigInput, type LlmMindOptions } from '../mind';

/** A distinctive fake key: tests search serialised output for it. */
export const FAKE_KEY = 'sk-test-DO-NOT-LEAK-7f3a9c2e1b';

/** Starts the in-process test server on a free port. */
export function startServer(): Promise<TestServer> {
  return startTestServer({ port: 0, latencyMs: 0 });
}

/** An LLM mind against the test server, tuned for fast tests (tiny backoff). */
export function mindFor(
  server: TestServer,
  config: Partial<LlmConfigInput> = {},
  options: LlmMindOptions = {},
): LlmMind {
  return new LlmMind(
    {
      baseURL: server.url,
      apiKey: FAKE_KEY,
      chatModel: TEST_CHAT_MODEL,
      embeddingModel: TEST_EMBEDDING_MODEL,
      embeddings: 'api',
      retryBaseMs: 5,
      retryMaxMs: 40,
      timeoutMs: 5_000,
      ...config,
    },
    options,
  );
}

/** Clears faults, latency and counters between tests. */
export function resetServer(server: TestServer): void {
  server.control({ fault: null, latencyMs: 0, resetStats: true });
}
