import { expect, test } from '@playwright/test';
import { snap } from './helpers';

// A first visit: nothing remembered (the other specs start with the welcome marked seen).
test.use({ storageState: { cookies: [], origins: [] } });

test('the welcome shows on a first visit, not after it was dismissed; ? reopens it', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?paused=1');
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toBeVisible({ timeout: 20_000 });
  await expect(welcome).toContainText('remembers');
  await expect(welcome).toContainText('Whisper');
  await expect(welcome).toContainText('Interview');
  await expect(welcome).toContainText('Announce');
  await expect(welcome).toContainText('5×');
  await expect(page.getByTestId('welcome-legend')).toContainText('😴');
  // It fits the window (its own scroll, if any, is inside the dialog).
  const box = (await welcome.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  await snap(page, info, 'welcome');

  await page.getByTestId('welcome-close').click();
  await expect(welcome).toHaveCount(0);

  await page.reload();
  await page.waitForFunction(() => window.__town !== undefined && window.__town.step() > 0);
  await expect(page.getByTestId('app')).toBeVisible();
  await expect(welcome).toHaveCount(0);

  await page.getByTestId('help-open').click();
  await expect(welcome).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(welcome).toHaveCount(0);
  await page.locator('body').press('?');
  await expect(welcome).toBeVisible();
});
