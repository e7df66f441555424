import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { openTab, openTown, selectFromList, snap, step } from './helpers';
import { openSaves } from './persistHelpers';

/** The OpenAI-compatible test server (a `webServer` of playwright.config.ts). */
const LLM = 'http://127.0.0.1:8788';
/** A distinctive fake key: the tests look for it wherever it must not be. */
const FAKE_KEY = 'sk-e2e-DO-NOT-LEAK-5c7d9e1f3a';

// One test server for the file: its injected faults must not reach another test of this file, so
// these run one after the other (in one worker). They are whole scenarios: allow them time.
test.describe.configure({ mode: 'default', timeout: 180_000 });

async function control(page: Page, body: Record<string, unknown>): Promise<void> {
  const res = await page.request.post(`${LLM}/__control`, { data: body });
  expect(res.ok()).toBe(true);
}

async function chatRequests(page: Page): Promise<number> {
  const stats = (await (await page.request.get(`${LLM}/__stats`)).json()) as {
    byEndpoint: Record<string, number>;
  };
  return stats.byEndpoint.chat ?? 0;
}

/** Opens the mind dialog and switches to the test server (custom preset). */
async function useTestServer(page: Page, opts: { remember?: boolean; snapAs?: string } = {}) {
  await page.getByTestId('mind-open').click();
  const dialog = page.getByTestId('mind-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('mind-preset').selectOption('custom');
  await page.getByTestId('mind-base-url').fill(`${LLM}/v1`);
  await page.getByTestId('mind-chat-model').fill('test-chat-model');
  await page.getByTestId('mind-embeddings').selectOption('api');
  await page.getByTestId('mind-embedding-model').fill('test-embedding-model');
  await page.getByTestId('mind-api-key').fill(FAKE_KEY);
  const remember = page.getByTestId('mind-remember-key');
  if (opts.remember) await remember.check();
  else await remember.uncheck();
  await page.getByTestId('mind-test').click();
  const verdict = page.getByTestId('mind-verdict');
  await expect(verdict).toHaveAttribute('data-ok', 'true');
  await expect(verdict).toContainText('test-chat-model');
  if (opts.snapAs) await snap(page, test.info(), opts.snapAs);
  await page.getByTestId('mind-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('mind-open')).toHaveAttribute('data-mind', 'llm');
}

/** Every agent's action as the people list shows it. */
async function actions(page: Page): Promise<string[]> {
  return page.getByTestId('agent-action').allTextContents();
}

/** Everything the page keeps in IndexedDB, as text (gzip-compressed bytes unpacked). */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const asText = async (v: unknown): Promise<string> => {
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) {
        const bytes = new Uint8Array(v instanceof Uint8Array ? v : new Uint8Array(v));
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
          const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
          return new Response(stream).text();
        }
        return new TextDecoder('latin1').decode(bytes);
      }
      if (Array.isArray(v)) return (await Promise.all(v.map(asText))).join('\n');
      if (v && typeof v === 'object')
        return (
          await Promise.all(Object.entries(v).map(async ([k, x]) => `${k}:${await asText(x)}`))
        ).join('\n');
      return String(v);
    };
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out.push(`[${info.name}/${name}: ${all.length}]`, await asText(all));
      }
      db.close();
    }
    return out.join('\n');
  });
}

test.beforeEach(async ({ page }) => {
  await control(page, { fault: null, latencyMs: 0, resetStats: true });
});

test.afterEach(async ({ page }) => {
  await control(page, { fault: null, latencyMs: 0 });
});

test('switching to the LLM mind: the town keeps living and the mind log shows the calls', async ({
  page,
}, testInfo) => {
  await openTown(page, '?speed=10');
  await expect(page.getByTestId('mind-open')).toHaveAttribute('data-mind', 'offline');
  await useTestServer(page, { snapAs: 'mind-settings' });

  // The town keeps living on the model's answers.
  const step0 = await step(page);
  const actions0 = await actions(page);
  await expect.poll(() => chatRequests(page), { timeout: 30_000 }).toBeGreaterThan(5);
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(step0 + 50);
  await expect
    .poll(async () => (await actions(page)).filter((a, i) => a !== actions0[i]).length, {
      timeout: 45_000,
    })
    .toBeGreaterThan(2);

  // The mind log lists the LLM's calls, with their prompts.
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'mind');
  const llmCall = page.locator('[data-testid="mind-call"][data-mind="llm"]');
  await expect(llmCall.first()).toBeVisible({ timeout: 30_000 });
  await llmCall.first().getByTestId('mind-call-head').click();
  const detail = page.getByTestId('mind-call-detail').first();
  await expect(detail.getByTestId('call-message').first()).toBeVisible();
  await expect(detail).toContainText('model test-chat-model');
  await expect(detail).not.toContainText(FAKE_KEY);
  await snap(page, testInfo, 'mind-log');

  // "why?" on a memory opens its why-chain; "details" shows the call that produced it.
  await openTab(page, 'memory');
  const why = page.locator('[data-testid="memory-item"] [data-testid="why-link"][data-op]').first();
  await why.focus();
  await expect(why).toBeVisible();
  const op = await why.getAttribute('data-op');
  await why.click();
  const card = page.getByTestId('why-panel');
  await card.getByTestId('why-details-toggle').click();
  await expect(card.getByTestId('mind-call-detail')).toHaveAttribute('data-op', op!);
  await expect(card).toContainText(/Memories it retrieved \(\d+\)/);
  await snap(page, testInfo, 'mind-why');

  // Usage is accounted live.
  await page.getByTestId('mind-open').click();
  await page.getByTestId('mind-tab-usage').click();
  await expect
    .poll(async () =>
      Number((await page.getByTestId('usage-calls').textContent())?.replace(/,/g, '')),
    )
    .toBeGreaterThan(0);
  await expect(page.getByTestId('usage-by-kind').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('usage-by-agent')).toContainText(/[A-Z][a-z]+ [A-Z][a-z]+/);
  await snap(page, testInfo, 'mind-usage');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mind-dialog')).toBeHidden();

  // And back to the offline mind, without a reload.
  await page.getByTestId('mind-open').click();
  await page.getByTestId('mind-use-offline').click();
  await expect(page.getByTestId('mind-open')).toHaveAttribute('data-mind', 'offline');
  const step1 = await step(page);
  await expect.poll(() => step(page)).toBeGreaterThan(step1 + 10);
});

test('faults give one clear notice each, fallbacks, and no crash', async ({ page }, testInfo) => {
  await openTown(page, '?speed=10');
  await useTestServer(page);
  const notices = page.getByTestId('mind-notice');

  // Not one of these is a hard failure, so the circuit breaker stays shut between them.
  await control(page, { fault: 'malformed', count: 100_000 });
  await expect(notices.filter({ hasText: /JSON/ })).toHaveCount(1, { timeout: 30_000 });
  await control(page, { fault: '500', count: 100_000 });
  await expect(page.locator('[data-testid="mind-notice"][data-kind="server"]')).toHaveCount(1, {
    timeout: 30_000,
  });
  await control(page, { fault: '401', count: 100_000 });
  const auth = page.locator('[data-testid="mind-notice"][data-kind="auth"]');
  await expect(auth).toHaveCount(1, { timeout: 30_000 });
  await expect(auth).toContainText(/API key/i);
  await expect(auth).not.toContainText(FAKE_KEY);
  await expect(page.getByTestId('mind-open').getByTestId('mind-alert')).toBeVisible();
  // Let the newest notice finish fading in.
  await expect
    .poll(() => notices.evaluateAll((els) => els.flatMap((e) => e.getAnimations()).length))
    .toBe(0);
  await snap(page, testInfo, 'mind-notices');

  // Many failed calls, but one notice per kind.
  const kinds = await notices.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  expect(new Set(kinds).size).toBe(kinds.length);

  // The town kept going on offline answers, and the log says so.
  const step0 = await step(page);
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(step0 + 20);
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'mind');
  // Importance ratings come every few steps for anyone awake: some surely fell back.
  await page.getByTestId('mind-log-routine').check();
  await expect(page.getByTestId('call-fallback').first()).toBeVisible({ timeout: 45_000 });
  await page.getByTestId('mind-open').click();
  await page.getByTestId('mind-tab-usage').click();
  await expect
    .poll(async () => Number(await page.getByTestId('usage-fallbacks').textContent()))
    .toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('error-screen')).toHaveCount(0);
  await expect(page.getByTestId('taken-over')).toHaveCount(0);

  // Dismissed, a notice stays away while the problem lasts (no flood).
  await auth.getByRole('button', { name: 'Dismiss' }).click();
  const dismissedAt = await step(page);
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(dismissedAt + 15);
  await expect(auth).toHaveCount(0);
});

test('the key stays out of storage, the URL, saved and exported towns', async ({ page }) => {
  await openTown(page, '?speed=10');
  await useTestServer(page);
  await expect.poll(() => chatRequests(page), { timeout: 30_000 }).toBeGreaterThan(5);
  // Let replies reach the IndexedDB cache.
  await expect.poll(async () => /llmCache: [1-9]/.test(await indexedDbText(page))).toBe(true);

  const localDump = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(localDump).toContain('test-chat-model'); // the settings are kept …
  expect(localDump).not.toContain(FAKE_KEY); // … the key is not ("remember" is off)
  expect(page.url()).not.toContain(FAKE_KEY);
  const idb = await indexedDbText(page);
  expect(idb).toMatch(/llmCache: [1-9]/); // replies are cached …
  expect(idb).not.toContain(FAKE_KEY); // … without the key, and no save holds it

  // An exported town records which mind ran it, never the key.
  const saves = await openSaves(page);
  const download = page.waitForEvent('download');
  await saves.getByTestId('export-current').click();
  const file = test.info().outputPath('llm-town.town');
  await (await download).saveAs(file);
  const exported = gunzipSync(readFileSync(file)).toString('utf8');
  expect(exported).toContain('test-chat-model');
  expect(exported).not.toContain(FAKE_KEY);
  await page.keyboard.press('Escape');
  await expect(saves).toBeHidden();

  // After a reload the offline mind is back; the key is still in this tab's session.
  await page.reload();
  await expect(page.getByTestId('mind-open')).toHaveAttribute('data-mind', 'offline');
  await page.getByTestId('mind-open').click();
  await expect(page.getByTestId('mind-api-key')).toHaveValue(FAKE_KEY);
  await page.keyboard.press('Escape');

  // "Remember on this device" keeps it in localStorage; unticking removes it again.
  await useTestServer(page, { remember: true });
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toContain(FAKE_KEY);
  await useTestServer(page, { remember: false });
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(FAKE_KEY);
});
