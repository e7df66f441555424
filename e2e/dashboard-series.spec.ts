import { expect, test, type Page } from '@playwright/test';
import { openTown, pause } from './helpers';

/** Opens the dashboard on its "Over time" tab and waits for the first answer. */
async function openSeries(page: Page): Promise<void> {
  await page.getByTestId('dashboard-open').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByTestId('dashboard-tab-series').click();
  await expect(page.getByTestId('series-panel')).toBeVisible();
}

async function stepShown(page: Page): Promise<number> {
  return Number(await page.getByTestId('series-panel').getAttribute('data-step'));
}

async function conversations(page: Page): Promise<number> {
  return Number(await page.getByTestId('series-talk').getAttribute('data-total'));
}

test('the series charts render and their values change while the town runs', async ({ page }) => {
  await openTown(page);
  await openSeries(page);

  // One small chart per storyline, and the town-wide charts, each drawn by uPlot on a canvas.
  const stories = page.getByTestId('series-story');
  await expect(stories.first()).toBeVisible();
  expect(await stories.count()).toBeGreaterThan(0);
  for (const id of ['series-density', 'series-conversations'])
    await expect(page.getByTestId(id).locator('canvas').first()).toBeVisible();
  await expect(stories.first().locator('canvas').first()).toBeVisible();
  await expect(stories.first().locator('.u-legend')).toContainText('Only saw');
  await expect(page.getByTestId('series-occupancy').locator('tbody tr').first()).toBeVisible();

  // Run fast: the series follow the town (more hours drawn, more conversations counted).
  const fromStep = await stepShown(page);
  const fromTalk = await conversations(page);
  const fromPoints = Number(await page.getByTestId('series-density').getAttribute('data-points'));
  await page.getByTestId('speed-max').click();
  await expect.poll(() => conversations(page), { timeout: 45_000 }).toBeGreaterThan(fromTalk);
  await expect
    .poll(
      async () => Number(await page.getByTestId('series-density').getAttribute('data-points')),
      {
        timeout: 45_000,
      },
    )
    .toBeGreaterThan(fromPoints);
  expect(await stepShown(page)).toBeGreaterThan(fromStep);

  // Paused, the panel settles on the step the clock shows.
  await pause(page);
  await expect
    .poll(
      async () =>
        Number(await page.getByTestId('clock-step').getAttribute('data-step')) ===
        (await stepShown(page)),
    )
    .toBe(true);
  const heatRows = await page.getByTestId('series-occupancy').locator('tbody tr').count();
  expect(heatRows).toBeGreaterThan(1);
});
