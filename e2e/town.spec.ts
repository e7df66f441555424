import { expect, test } from '@playwright/test';
import { agents, openTown, snap, step } from './helpers';

test('the town loads and agents are visibly moving within seconds', async ({ page }, testInfo) => {
  const started = Date.now();
  await openTown(page);
  const shownAfterMs = Date.now() - started;
  await expect(page.getByTestId('agent-list').locator('li')).toHaveCount(25);
  const startStep = await step(page);
  const before = await agents(page);
  expect(before.filter((a) => a.onScreen).length).toBeGreaterThan(0);

  // Someone walks to another tile, and the clock moves on.
  await expect
    .poll(
      async () => {
        const now = await agents(page);
        return now.filter((a, i) => a.tileX !== before[i].tileX || a.tileY !== before[i].tileY)
          .length;
      },
      // Walking starts within 3 s of the town being on screen.
      { timeout: 3_000, intervals: [100] },
    )
    .toBeGreaterThan(0);
  const movedAfterMs = Date.now() - started;
  testInfo.annotations.push({
    type: 'timing',
    description: `town shown ${shownAfterMs} ms, first agent moved ${movedAfterMs} ms after navigation`,
  });
  console.log(`town shown after ${shownAfterMs} ms, first movement after ${movedAfterMs} ms`);
  await expect.poll(() => step(page)).toBeGreaterThan(startStep);
  await expect(page.getByTestId('clock-time')).toHaveText(/^\d\d:\d\d$/);
  await expect(page.getByTestId('inspector-empty')).toBeVisible();

  // Let the town run on a little before the picture.
  const shotStep = await step(page);
  await expect.poll(() => step(page)).toBeGreaterThan(shotStep + 7);
  await snap(page, testInfo, 'town');
});

test('a worker failure shows a clear error with a reload button', async ({ page }) => {
  await page.route(/sim\.worker.*\.js/, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/');
  await expect(page.getByTestId('error-screen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the town' })).toBeVisible();
});
