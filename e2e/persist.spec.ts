import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { agents, openTab, openTown, selectFromList, snap } from './helpers';
import {
  confirmAndReload,
  openSaves,
  probe,
  row,
  rowIds,
  runFor,
  shownStep,
  waitSaved,
  waitTown,
} from './persistHelpers';

// Reloads, replays and a few hundred steps at max speed: slower than the other specs.
test.describe.configure({ timeout: 150_000 });

/** Every agent's memory count and action, with the step and world hash (one moment). */
function probeAll(page: Page) {
  return page.evaluate(async () => {
    const t = window.__town!;
    const agents: Record<string, { memories: number; action: string }> = {};
    for (const a of t.agents()) {
      const now = await t.request('agentNow', { agentId: a.id });
      agents[a.id] = { memories: now.memoryCount, action: now.action.description };
    }
    return { step: t.step(), hash: await t.worldHash(), agents };
  });
}

/** A new town, paused, with its first agent's id. */
async function start(page: Page): Promise<string> {
  await openTown(page, '?paused=1');
  return (await agents(page))[0].id;
}

test('reloading resumes the same step, positions and memories', async ({ page }, info) => {
  const id = await start(page);
  await runFor(page, 300);
  await waitSaved(page);
  const before = await probe(page, id);
  await page.reload();
  await waitTown(page);
  expect(await probe(page, id)).toEqual(before);
  await expect(page.getByTestId('save-indicator')).toHaveText(/Saved \d\d:\d\d/);
  await snap(page, info, 'resumed');
});

test('hiding the page saves a running town at once', async ({ page }) => {
  await openTown(page, '?speed=2');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  const first = Number(await page.getByTestId('save-indicator').getAttribute('data-step'));
  await expect.poll(() => shownStep(page)).toBeGreaterThan(first + 3);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect
    .poll(async () => Number(await page.getByTestId('save-indicator').getAttribute('data-step')))
    .toBeGreaterThan(first + 3);
});

test('a fork and its original continue independently', async ({ page }, info) => {
  const id = await start(page);
  await runFor(page, 100);
  const atFork = await probe(page, id);

  let dialog = await openSaves(page);
  await dialog.getByTestId('save-name-input').fill('Branch B');
  await dialog.getByTestId('save-fork').click();
  await expect(row(dialog, 'Branch B')).toHaveCount(1);
  await snap(page, info, 'saves-after-fork');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The original runs on.
  await runFor(page, 100);
  await waitSaved(page);
  const original = await probe(page, id);
  expect(original.step).toBeGreaterThan(atFork.step);

  // The fork starts where it was forked, and runs on its own.
  dialog = await openSaves(page);
  await row(dialog, 'Branch B').getByTestId('save-load').click();
  await confirmAndReload(page);
  await waitTown(page, atFork.step);
  expect((await probe(page, id)).hash).toBe(atFork.hash);
  await runFor(page, 50);
  await waitSaved(page);
  const fork = await probe(page, id);
  expect(fork.hash).not.toBe(atFork.hash);

  // The original is untouched by the fork's steps.
  dialog = await openSaves(page);
  const originalRow = dialog.locator(
    '[data-testid="save-row"][data-kind="autosave"]:not(.is-running)',
  );
  await expect(originalRow).toHaveCount(1);
  await originalRow.getByTestId('save-load').click();
  await confirmAndReload(page);
  await waitTown(page, original.step);
  expect(await probe(page, id)).toEqual(original);
});

test('export then import gives the same world; bad files are refused', async ({ page }, info) => {
  const id = await start(page);
  await runFor(page, 120);
  const exported = await probe(page, id);

  const dialog = await openSaves(page);
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-current').click();
  const file = info.outputPath('exported.town');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/-day-1\.town$/);
  const bytes = readFileSync(file);

  const before = await rowIds(dialog);
  const input = dialog.getByTestId('import-input');
  await input.setInputFiles({
    name: 'broken.town',
    mimeType: 'application/gzip',
    buffer: bytes.subarray(0, Math.floor(bytes.length / 2)),
  });
  await expect(dialog.getByTestId('import-error')).toContainText('“broken.town” was not imported');
  await expect(dialog.getByTestId('import-error')).toContainText(/truncated/i);
  await snap(page, info, 'import-error');
  expect(await rowIds(dialog)).toEqual(before);

  // A file from a newer version, dropped on the list.
  await dialog.getByTestId('import-zone').evaluate((zone) => {
    const json = JSON.stringify({ schemaVersion: 99, kind: 'generative-town' });
    const data = new DataTransfer();
    data.items.add(new File([json], 'future.town', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
  });
  await expect(dialog.getByTestId('import-error')).toContainText('“future.town”');
  await expect(dialog.getByTestId('import-error')).toContainText(/newer version \(99\)/);
  // A hostile one: a prototype-polluting key inside an otherwise plausible town.
  await input.setInputFiles({
    name: 'hostile.town',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"schemaVersion":1,"kind":"generative-town","__proto__":{"polluted":true},"name":"x"}',
    ),
  });
  await expect(dialog.getByTestId('import-error')).toContainText('“hostile.town”');
  expect(await rowIds(dialog)).toEqual(before);

  await input.setInputFiles(file);
  await expect(dialog.getByTestId('save-row')).toHaveCount(before.length + 1);
  const imported = dialog
    .locator('[data-testid="save-row"]')
    .filter({ hasNot: page.getByTestId('save-badge') });
  await expect(imported).toHaveCount(1);
  await imported.getByTestId('save-load').click();
  await confirmAndReload(page);
  await waitTown(page, exported.step);
  expect((await probe(page, id)).hash).toBe(exported.hash);
});

test('replay: scrub to a step, inspect that moment, read only', async ({ page }, info) => {
  await start(page);
  await runFor(page, 200);
  const earlyAll = await probeAll(page);
  await runFor(page, 400);
  const lateAll = await probeAll(page);
  // Someone whose memory grew in between, so the two moments look different in the inspector.
  const id =
    Object.keys(lateAll.agents).find(
      (a) => lateAll.agents[a].memories > earlyAll.agents[a].memories,
    ) ?? Object.keys(lateAll.agents)[0];
  const early = { step: earlyAll.step, hash: earlyAll.hash, ...earlyAll.agents[id] };
  const late = { step: lateAll.step, hash: lateAll.hash, ...lateAll.agents[id] };

  let dialog = await openSaves(page);
  await dialog.getByTestId('save-name-input').fill('Replay me');
  await dialog.getByTestId('save-new').click();
  await expect(row(dialog, 'Replay me')).toHaveCount(1);
  await row(dialog, 'Replay me').getByTestId('save-replay').click();

  await expect(page.getByTestId('replay-banner')).toBeVisible({ timeout: 20_000 });
  await waitTown(page);
  await expect(page.getByTestId('announce-open')).toBeDisabled();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'off');

  await page.getByTestId('replay-scrubber').fill(String(early.step));
  await expect.poll(() => shownStep(page), { timeout: 20_000 }).toBe(early.step);
  await expect(page.getByTestId('replay-time')).toHaveAttribute('data-step', String(early.step));
  await selectFromList(page, id);
  await expect(page.getByTestId('now-action')).toContainText(early.action);
  await openTab(page, 'memory');
  await expect(page.getByTestId('memory-tab')).toContainText(`${early.memories} memories`);
  expect(await probe(page, id)).toMatchObject({ step: early.step, hash: early.hash });
  await snap(page, info, 'replay-early');

  await page.getByTestId('replay-scrubber').fill(String(late.step));
  await expect.poll(() => shownStep(page), { timeout: 20_000 }).toBe(late.step);
  await expect(page.getByTestId('memory-tab')).toContainText(`${late.memories} memories`);
  expect((await probe(page, id)).hash).toBe(late.hash);

  // Play from the start, at any speed, and back; commands are off.
  await page.getByTestId('replay-scrubber').fill(String(early.step));
  await expect.poll(() => shownStep(page)).toBe(early.step);
  await page.getByTestId('speed-30').click();
  await page.getByTestId('replay-play').click();
  await expect.poll(() => shownStep(page), { timeout: 30_000 }).toBeGreaterThan(early.step + 10);
  await page.getByTestId('replay-play').click();
  await expect(page.getByTestId('replay-play')).toHaveAttribute('aria-label', 'Play replay');
  await openTab(page, 'talk');
  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(page.getByTestId('read-only').locator('textarea').first()).toBeDisabled();
  await snap(page, info, 'replay-talk-read-only');

  // Exit: back to the live town where it was, still paused, without reloading the page.
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  await page.getByTestId('replay-exit').click();
  await expect(page.getByTestId('replay-banner')).toHaveCount(0);
  await waitTown(page, late.step);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Play');
  await expect(page.getByTestId('save-indicator')).not.toHaveAttribute('data-state', 'off');
  await expect(page.getByTestId('announce-open')).toBeEnabled();
  dialog = await openSaves(page);
  await expect(row(dialog, 'Replay me')).toHaveCount(1);
});

test('two tabs: the second views read-only or takes over', async ({ page, context }, info) => {
  const id = await start(page);
  await runFor(page, 80);
  await waitSaved(page);
  const saved = await probe(page, id);

  const second = await context.newPage();
  await second.goto('/?paused=1');
  await expect(second.getByTestId('other-tab')).toBeVisible();
  await expect(second.getByTestId('other-tab')).toContainText('This town is open in another tab');
  await snap(second, info, 'other-tab');
  await second.getByTestId('view-read-only').click();
  await expect(second.getByTestId('replay-banner')).toBeVisible();
  await waitTown(second, saved.step);
  expect((await probe(second, id)).hash).toBe(saved.hash);

  const third = await context.newPage();
  await third.goto('/?paused=1');
  await third.getByTestId('take-over').click();
  await waitTown(third, saved.step);
  await expect(page.getByTestId('taken-over')).toBeVisible();
  await snap(page, info, 'taken-over');
  expect((await probe(third, id)).hash).toBe(saved.hash);
  // The new holder runs and saves it.
  await runFor(third, 30);
  await waitSaved(third);
});

test('a full disk says so, offers a way out, and never shows the save as done', async ({
  page,
}, info) => {
  await start(page);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  // The disk fills up: IndexedDB writes in the worker fail the way browsers fail them.
  const worker = page.workers()[0];
  await worker.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    store.realPut = store.put;
    store.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await runFor(page, 20);
  await expect(page.getByTestId('storage-full')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('storage-full')).toContainText('Storage is full');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'failed');
  await snap(page, info, 'storage-full');

  // Ways out: export the town now, or manage the saves.
  const download = page.waitForEvent('download');
  await page
    .getByTestId('storage-full')
    .getByRole('button', { name: /Export now/ })
    .click();
  expect((await download).suggestedFilename()).toMatch(/\.town$/);
  await page.getByTestId('storage-full').getByRole('button', { name: 'Manage saves' }).click();
  const dialog = page.getByTestId('saves-dialog');
  await expect(dialog).toContainText('Storage is full');
  await dialog.getByTestId('save-new').click();
  await expect(dialog.getByTestId('saves-error')).toContainText(/storage is full/i);
  await expect(dialog.getByTestId('save-row')).toHaveCount(1);

  // Room again: the next save goes through and the warning goes away.
  await worker.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    store.put = store.realPut;
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('notice').filter({ hasText: 'Quick-saved' })).toBeVisible();
});

test('quick save, rename and delete (with confirmation)', async ({ page }) => {
  await start(page);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('notice').filter({ hasText: 'Quick-saved' })).toBeVisible();
  await page.getByTestId('step').click();
  await page.keyboard.press('Control+s');
  const dialog = await openSaves(page);
  await expect(row(dialog, 'Quick save')).toHaveCount(1);

  await row(dialog, 'Quick save').getByTestId('save-rename').click();
  await dialog.getByTestId('save-rename-input').fill('Before lunch');
  await dialog.getByTestId('save-rename-input').press('Enter');
  await expect(row(dialog, 'Before lunch')).toHaveCount(1);

  await row(dialog, 'Before lunch').getByTestId('save-delete').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Delete “Before lunch”?');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(row(dialog, 'Before lunch')).toHaveCount(1);
  await row(dialog, 'Before lunch').getByTestId('save-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(row(dialog, 'Before lunch')).toHaveCount(0);
  await expect(dialog.getByTestId('save-row')).toHaveCount(1);
});
