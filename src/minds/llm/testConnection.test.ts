import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_CHAT_MODEL,
  TEST_EMBEDDING_MODEL,
  type TestServer,
} from '../../../scripts/llm-test-server';
import { FAKE_KEY, resetServer } from './testing/harness';
import { testConnection } from './testConnection';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ port: 0, apiKey: FAKE_KEY });
});
afterAll(() => server.close());
beforeEach(() => resetServer(server));

const base = () => ({ baseURL: server.url, apiKey: FAKE_KEY, chatModel: TEST_CHAT_MODEL });

describe('testConnection', () => {
  it('reports models, latency and embedding size when all is well', async () => {
    const v = await testConnection({
      ...base(),
      embeddings: 'api',
      embeddingModel: TEST_EMBEDDING_MODEL,
    });
    expect(v.ok).toBe(true);
    expect(v.message).toMatch(/answered in \d+ ms/);
    expect(v.details).toMatchObject({ modelListed: true, embeddingDims: 64 });
    expect(v.details.models).toContain(TEST_CHAT_MODEL);
  });

  it('works in JSON mode and warns about unlisted models', async () => {
    const v = await testConnection({
      ...base(),
      chatModel: 'other',
      structuredOutput: 'json_object',
    });
    expect(v.ok).toBe(true);
    expect(v.details.warnings[0]).toMatch(/does not list "other"/);
  });

  it('says to check the key on 401, without showing it', async () => {
    const v = await testConnection({ ...base(), apiKey: `${FAKE_KEY}x` });
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/Check the key/);
    expect(JSON.stringify(v)).not.toContain(FAKE_KEY);
  });

  it('says to check the model on 404 and asks if the server runs when unreachable', async () => {
    server.control({ fault: '404', endpoint: 'chat' });
    const nf = await testConnection(base());
    expect(nf.message).toMatch(/Check the model name/);
    const gone = await testConnection({ ...base(), baseURL: 'http://127.0.0.1:9/v1' });
    expect(gone.message).toContain('Is it running at http://127.0.0.1:9/v1?');
  });

  it('rejects a broken config before any request', async () => {
    const v = await testConnection({ baseURL: 'ftp://x', chatModel: 'm' });
    expect(v).toMatchObject({ ok: false });
    expect(server.stats().requests).toBe(0);
  });
});
