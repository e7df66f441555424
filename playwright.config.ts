import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Serve another build folder than dist/ (parallel work: `vite build --outDir DIR`). */
const DIST = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';
/** Port of the LLM test server (`scripts/llm-test-server.ts`). */
const LLM_TEST_PORT = 8788;

/**
 * Browser tests against the built app (`npm run build` first: `vite preview` serves `dist/`),
 * in Debian's Chromium (Playwright cannot download its own browser here).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    // The welcome was seen: specs start on the town (e2e/welcome.spec.ts opts out).
    storageState: {
      cookies: [],
      origins: [
        { origin: BASE_URL, localStorage: [{ name: 'generative-town:welcome-seen', value: '1' }] },
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1${DIST}`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The OpenAI-compatible test server for e2e/llm.spec.ts (faults injected at runtime).
      command: `npx tsx scripts/llm-test-server.ts --port ${LLM_TEST_PORT}`,
      url: `http://127.0.0.1:${LLM_TEST_PORT}/v1/models`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
