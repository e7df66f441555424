import { expect, test } from '@playwright/test';
import { openTown, pause, waitFrames } from './helpers';

const shownStep = async (page: import('@playwright/test').Page) =>
  Number(await page.getByTestId('clock-step').getAttribute('data-step'));

test('pause stops the clock and step advances it by exactly one step', async ({ page }) => {
  await openTown(page);
  await pause(page);
  const paused = await shownStep(page);
  const clock = await page.getByTestId('clock-time').textContent();
  // The map keeps drawing (about 1.5 s of frames) and the clock stays.
  await waitFrames(page, 90);
  expect(await shownStep(page)).toBe(paused);
  await expect(page.getByTestId('clock-time')).toHaveText(clock!);

  await page.getByTestId('step').click();
  await expect.poll(() => shownStep(page)).toBe(paused + 1);
  await waitFrames(page, 48);
  expect(await shownStep(page)).toBe(paused + 1);

  // Keyboard: "." steps once, Space plays again.
  await page.locator('body').press('.');
  await expect.poll(() => shownStep(page)).toBe(paused + 2);
  await page.locator('body').press(' ');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Pause');
  await expect.poll(() => shownStep(page)).toBeGreaterThan(paused + 2);
});

test('speed buttons change how fast the clock runs', async ({ page }) => {
  await openTown(page);
  await page.getByTestId('speed-max').click();
  await expect(page.getByTestId('speed-max')).toHaveAttribute('aria-checked', 'true');
  const a = await shownStep(page);
  // More than 60 steps within 1.5 s.
  await expect.poll(() => shownStep(page), { timeout: 1500 }).toBeGreaterThan(a + 60);
  await page.locator('body').press('[');
  await expect(page.getByTestId('speed-30')).toHaveAttribute('aria-checked', 'true');
});

test('Max asks once how far to run, then pauses there by itself', async ({ page }) => {
  // Not openTown: it answers the question for the other specs.
  await page.goto('/?paused=1');
  await page.waitForFunction(() => window.__town !== undefined && window.__town.step() > 0);
  await page.getByTestId('speed-max').click();
  await expect(page.getByTestId('max-run-dialog')).toBeVisible();
  await expect(page.getByTestId('speed-max')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('max-run-morning').click();
  await expect(page.getByTestId('speed-max')).toHaveAttribute('aria-checked', 'true');

  const day = await page.getByTestId('clock-day').textContent();
  const before = await page.getByTestId('clock-time').textContent();
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('max-run-change')).toContainText('07:00');
  // It stops at the next 07:00 (within the last batch of steps), paused.
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Play', {
    timeout: 45_000,
  });
  const after = (await page.getByTestId('clock-time').textContent())!;
  const nextDay = before! >= '07:00';
  expect(after >= '07:00' && after < '07:30').toBe(true);
  if (!nextDay) await expect(page.getByTestId('clock-day')).toHaveText(day!);

  // Asked once: Max again runs without asking.
  await page.getByTestId('speed-5').click();
  await page.getByTestId('speed-max').click();
  await expect(page.getByTestId('speed-max')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('max-run-dialog')).toHaveCount(0);
});
