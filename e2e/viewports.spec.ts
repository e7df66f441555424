import { expect, test, type Page } from '@playwright/test';
import { openTown, snap } from './helpers';

/** Every control of the top bar (in the "⋯" menu at narrow widths). */
const CONTROLS = [
  'play-pause',
  'step',
  'speed-1',
  'speed-2',
  'speed-5',
  'speed-10',
  'speed-30',
  'speed-max',
  'saves-open',
  'mind-open',
  'eval-open',
  'whatif-open',
  'present-open',
  'dashboard-open',
  'announce-open',
  'help-open',
];

const SIZES: [number, number][] = [
  [1024, 768],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
];

/** Nothing scrolls the page sideways (nor down: the app is one screen). */
async function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const el = document.scrollingElement!;
    return { width: el.scrollWidth - innerWidth, height: el.scrollHeight - innerHeight };
  });
}

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} nothing overflows and every top-bar control is reachable`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height });
    await openTown(page, '?paused=1');
    expect(await pageOverflow(page)).toEqual({ width: 0, height: 0 });

    const more = page.getByTestId('topbar-more');
    for (const id of CONTROLS) {
      const control = page.getByTestId(id);
      const inMenu = !(await control.isVisible());
      if (inMenu) {
        await more.click();
        await expect(more).toHaveAttribute('aria-expanded', 'true');
      }
      await expect(control, `${id} at ${width}×${height}`).toBeVisible();
      const box = (await control.boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(height);
      // Visible, enabled, not covered: a click would reach it.
      await control.click({ trial: true });
      if (inMenu) {
        await more.click();
        await expect(control).toBeHidden();
      }
    }
    // The inspector leaves the map most of the width.
    const side = (await page.getByTestId('inspector-empty').boundingBox())!.width;
    const stage = (await page.getByTestId('stage').boundingBox())!.width;
    expect(side).toBeLessThan(width / 3);
    expect(stage).toBeGreaterThan(side);
    await snap(page, info, `viewport-${width}x${height}`);
  });
}

test('the menu opens a dialog that stays open after the menu closes', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openTown(page, '?paused=1');
  await page.getByTestId('topbar-more').click();
  await page.getByTestId('saves-open').click();
  await expect(page.getByTestId('topbar-more')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('saves-dialog')).toBeVisible();
  expect(await pageOverflow(page)).toEqual({ width: 0, height: 0 });
});

test('the side panel collapses (i), resizes by keys and by drag, and keeps its width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTown(page, '?paused=1');
  const panel = page.getByTestId('inspector-empty');
  const stage = page.getByTestId('stage');
  const width = async () => (await panel.boundingBox())!.width;
  const w0 = await width();
  const stage0 = (await stage.boundingBox())!.width;

  await page.locator('body').press('i');
  await expect(panel).toHaveCount(0);
  await expect.poll(async () => (await stage.boundingBox())!.width).toBeGreaterThan(stage0 + 300);
  await page.getByTestId('side-toggle').click();
  await expect(panel).toBeVisible();

  const bar = page.getByTestId('side-resize');
  await bar.focus();
  await bar.press('ArrowLeft');
  await bar.press('ArrowLeft');
  await expect.poll(width).toBe(w0 + 48);

  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(width).toBeGreaterThan(w0 + 48 + 50);
  const dragged = await width();

  await page.reload();
  await expect(panel).toBeVisible({ timeout: 20_000 });
  expect(await width()).toBe(dragged);

  // Hidden, then someone is picked: the inspector shows again.
  await page.locator('body').press('i');
  await expect(panel).toHaveCount(0);
  await page.getByTestId('agent-select').first().click();
  await expect(page.getByTestId('inspector')).toBeVisible();
});
