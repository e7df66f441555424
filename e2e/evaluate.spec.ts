import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTown, snap, topBarAction } from './helpers';
import { runFor, shownStep } from './persistHelpers';

// A projector-sized screen: the panel must read well at 1280×720.
test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 120_000 });

/** The clock as shown and the world's hash: what an evaluation must not change. */
async function townNow(page: Page) {
  return {
    clock: await page.getByTestId('clock').textContent(),
    step: await shownStep(page),
    hash: await page.evaluate(() => window.__town!.worldHash()),
  };
}

test('Evaluate now checks every answer and leaves the paused town as it was', async ({
  page,
}, info) => {
  await openTown(page, '?paused=1');
  await runFor(page, 120);
  const before = await townNow(page);

  await (await topBarAction(page, 'eval-open')).click();
  const dialog = page.getByTestId('eval-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('eval-now').click();
  await expect(dialog.getByTestId('eval-results')).toBeVisible({ timeout: 30_000 });

  const rate = dialog.getByTestId('eval-pass-rate');
  await expect(rate).toContainText(/\d+%/);
  await expect(rate).toContainText(/of \d+ checks passed/);
  expect(Number(await rate.getAttribute('data-total'))).toBeGreaterThan(50);
  await expect(dialog.getByTestId('eval-by-check').locator('li').first()).toContainText(/\d+%/);
  await expect(dialog.getByTestId('eval-no-behaviour')).toBeVisible();
  await snap(page, info, 'evaluate-summary');

  await dialog.getByTestId('eval-tab-answers').click();
  const answers = dialog.getByTestId('eval-answer');
  expect(await answers.count()).toBeGreaterThan(50);
  // Each check shows its mark and its reason as text.
  const check = dialog.getByTestId('eval-check').first();
  await expect(check).toBeVisible();
  await expect(check).toContainText(/^[✓✗]/);
  await expect(check).toContainText(/ — \S+/);
  await snap(page, info, 'evaluate-answers');

  await dialog.getByTestId('eval-only-failed').check();
  const failed = await answers.count();
  for (const flag of await answers.evaluateAll((els) => els.map((e) => e.dataset.failed)))
    expect(flag).toBe('true');
  await expect(dialog.getByTestId('eval-shown')).toContainText(`${failed} of`);
  if (failed) await snap(page, info, 'evaluate-failed');

  // The town did not move and its world is the same.
  expect(await townNow(page)).toEqual(before);

  const download = page.waitForEvent('download');
  await dialog.getByTestId('eval-export-json').click();
  const file = info.outputPath('report.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/evaluation.*\.json$/);
  const report = JSON.parse(readFileSync(file, 'utf8')) as { version: number; interviews: [] };
  expect(report.version).toBe(1);
  expect(report.interviews.length).toBe(
    await dialog
      .getByTestId('eval-tab-answers')
      .evaluate((el) => Number(/\((\d+)\)/.exec(el.textContent ?? '')?.[1])),
  );

  // The HTML report and the CSV are rendered in the page from the same report.
  for (const [kind, head] of [
    ['html', '<!DOCTYPE html>'],
    ['csv', 'seed,'],
  ] as const) {
    const next = page.waitForEvent('download');
    await dialog.getByTestId(`eval-export-${kind}`).click();
    const path = info.outputPath(`report.${kind}`);
    await (await next).saveAs(path);
    expect((await next).suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
    expect(readFileSync(path, 'utf8').startsWith(head)).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await townNow(page)).toEqual(before);
});

test('`e` opens the panel; running ahead shows progress, cancels, and the town runs on', async ({
  page,
}, info) => {
  await openTown(page, '?speed=10');
  await topBarAction(page, 'eval-open');
  await snap(page, info, 'topbar');
  await page.locator('body').press('e');
  const dialog = page.getByTestId('eval-dialog');
  await expect(dialog).toBeVisible();

  await dialog.getByTestId('eval-days').fill('2');
  await dialog.getByTestId('eval-ahead').click();
  const progress = dialog.getByTestId('eval-progress');
  await expect(progress).toContainText(/Running a copy ahead: \d+ of 48 game hours/);
  // The worker keeps stepping the town while the copy runs.
  const during = await shownStep(page);
  await expect.poll(() => shownStep(page)).toBeGreaterThan(during + 5);
  await snap(page, info, 'evaluate-progress');
  await dialog.getByTestId('eval-cancel').click();
  await expect(dialog.getByTestId('eval-cancelled')).toBeVisible();
  await expect(progress).toBeHidden();

  // A short run to the end shows behaviour figures.
  await dialog.getByTestId('eval-days').fill('1');
  await dialog.getByTestId('eval-ahead').click();
  await expect(dialog.getByTestId('eval-results')).toBeVisible({ timeout: 90_000 });
  await expect(dialog.getByTestId('eval-behaviour')).toBeVisible();
  await expect(dialog.getByTestId('eval-results')).toContainText(/Ran 1 day ahead on a copy/);
  await snap(page, info, 'evaluate-ahead');
});
