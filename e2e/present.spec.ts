import { expect, test } from '@playwright/test';
import { openTown } from './helpers';

test('presentation mode: map only, the clock, captions of who says what, keyboard to leave', async ({
  page,
}) => {
  await openTown(page);
  await page.locator('body').press('p');
  await expect(page.getByTestId('present')).toBeVisible();
  await expect(page.getByTestId('inspector-empty')).toBeHidden();
  await expect(page.getByTestId('present-clock')).toContainText(/\d\d:\d\d/);
  // Faster, so the town's first conversations come soon; the camera follows the action to them.
  await page.locator('body').press(']');
  await page.locator('body').press(']');
  const caption = page.getByTestId('present-captions').locator('p').first();
  await expect(caption).toBeVisible({ timeout: 60_000 });
  await expect(caption).toHaveText(/^\S+( to \S+)?: .+/);
  await expect(page.getByTestId('present-ticker').locator('li').first()).toHaveText(/^\d\d:\d\d /);
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('present')).toBeHidden();
  await expect(page.getByTestId('inspector-empty')).toBeVisible();
});
