import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { PageRect } from '../src/game/testHook';
import { agents, openTown, snap } from './helpers';

/** Mean luminance (0–255) of the map's canvas as drawn now. */
async function mapLuminance(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('[data-testid="game"] canvas').first().screenshot());
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4)
    sum += 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
  return sum / (png.data.length / 4);
}

/**
 * Runs the town at Max until the clock is in [from, to) (minutes of the day; wraps past
 * midnight), then pauses. The page itself pauses on the first frame inside the window (a round
 * trip from the test would let Max run hours past it), and the test checks where it stopped.
 */
async function runUntil(page: Page, from: number, to: number): Promise<number> {
  const playPause = page.getByTestId('play-pause');
  await page.getByTestId('speed-max').click();
  if ((await playPause.getAttribute('aria-label')) === 'Play') await playPause.click();
  await page.evaluate(
    ([a, b]) =>
      new Promise<void>((resolve) => {
        const tick = () => {
          const m = window.__town?.clock()?.minuteOfDay ?? -1;
          if (a < b ? m >= a && m < b : m >= a || m < b) {
            (document.querySelector('[data-testid="play-pause"]') as HTMLElement).click();
            resolve();
          } else requestAnimationFrame(tick);
        };
        tick();
      }),
    [from, to],
  );
  await expect(playPause).toHaveAttribute('aria-label', 'Play');
  // Let the last frames arrive and the map redraw.
  await page.waitForTimeout(600);
  return (await page.evaluate(() => window.__town!.clock()!.minuteOfDay)) as number;
}

const inWindow = (m: number, from: number, to: number) =>
  from < to ? m >= from && m < to : m >= from || m < to;

function overlapping(rects: PageRect[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i];
      const b = rects[j];
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        out.push([a.id, b.id]);
    }
  return out;
}

test('night is darker than noon, with lamps lit and sleepers lying down', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await openTown(page);
  const noonAt = await runUntil(page, 11 * 60, 14 * 60);
  // Max can overshoot by a while on a slow machine: still full day up to mid-afternoon.
  expect(inWindow(noonAt, 11 * 60, 15 * 60)).toBe(true);
  const noon = await page.evaluate(() => window.__town!.lighting());
  expect(noon.lamps).toBe(0);
  expect(noon.lampCount).toBeGreaterThan(0);
  expect(noon.windowCount).toBeGreaterThan(0);
  const noonLum = await mapLuminance(page);
  await snap(page, info, 'noon');

  const nightAt = await runUntil(page, 22 * 60 + 30, 3 * 60);
  expect(inWindow(nightAt, 22 * 60, 4 * 60)).toBe(true);
  const night = await page.evaluate(() => window.__town!.lighting());
  expect(night.lamps).toBe(1);
  const nightLum = await mapLuminance(page);
  await snap(page, info, 'night');
  expect(nightLum).toBeLessThan(noonLum * 0.7);
  // Around midnight most of the town is in bed, drawn lying down.
  expect((await agents(page)).filter((a) => a.asleep).length).toBeGreaterThan(5);
});

test('in a crowd, no two name labels overlap at the default zoom', async ({ page }, info) => {
  // Twice the people in the same homes: pairs share rooms and beds.
  await openTown(page, '?agents=50&paused=1');
  await page.waitForFunction(() => window.__town!.nameLabels().length > 0);
  const seen = (await agents(page)).filter((a) => a.onScreen);
  let close = 0;
  for (let i = 0; i < seen.length; i++)
    for (let j = i + 1; j < seen.length; j++)
      if (
        Math.abs(seen[i].pageX - seen[j].pageX) < 30 &&
        Math.abs(seen[i].pageY - seen[j].pageY) < 14
      )
        close++;
  // The test needs people whose names would cover each other if drawn where they stand.
  expect(close, 'people standing close together in the first view').toBeGreaterThan(0);
  const labels = await page.evaluate(() => window.__town!.nameLabels());
  expect(labels.length).toBeGreaterThanOrEqual(4);
  expect(overlapping(labels)).toEqual([]);
  await snap(page, info, 'crowd');

  // The selected person's name always shows, still without overlaps.
  const picked = seen[0].id;
  await page.getByTestId(`agent-row-${picked}`).getByTestId('agent-select').click();
  await expect
    .poll(async () => (await page.evaluate(() => window.__town!.nameLabels())).map((l) => l.id))
    .toContain(picked);
  expect(overlapping(await page.evaluate(() => window.__town!.nameLabels()))).toEqual([]);
});

test('the minimap moves the camera; "whole town" shows all of it with place names', async ({
  page,
}, info) => {
  await openTown(page, '?paused=1');
  const map = page.getByTestId('minimap-map');
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  const world = await page.evaluate(() => window.__town!.world());
  const centre = async () => {
    const v = await page.evaluate(() => window.__town!.view());
    return { x: v.x + v.width / 2, y: v.y + v.height / 2 };
  };
  const before = await centre();
  // A click 30 % across and 65 % down the minimap centres the view on that point of the town.
  await map.click({ position: { x: box.width * 0.3, y: box.height * 0.65 } });
  const after = await centre();
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(100);
  const tolerance = (world.width / box.width) * 3;
  expect(Math.abs(after.x - world.width * 0.3)).toBeLessThan(tolerance);
  expect(Math.abs(after.y - world.height * 0.65)).toBeLessThan(tolerance);

  await page.getByTestId('zoom-fit').click();
  const whole = await page.evaluate(() => window.__town!.view());
  expect(whole.x).toBeLessThanOrEqual(1);
  expect(whole.y).toBeLessThanOrEqual(1);
  expect(whole.x + whole.width).toBeGreaterThanOrEqual(world.width - 1);
  expect(whole.y + whole.height).toBeGreaterThanOrEqual(world.height - 1);
  const places = await page.evaluate(() => window.__town!.placeLabels());
  expect(places.length).toBeGreaterThanOrEqual(5);
  expect(overlapping(places)).toEqual([]);
  await snap(page, info, 'whole-town');
});

test('the hover tooltip stays inside the map at its right edge', async ({ page }) => {
  await openTown(page, '?paused=1');
  const stage = (await page.getByTestId('stage').boundingBox())!;
  const right = stage.x + stage.width;
  const seen = (await agents(page)).filter((a) => a.onScreen);
  const far = seen.reduce((a, b) => (b.pageX > a.pageX ? b : a));
  // Drag the map (from its left side, clear of the minimap) until that person is near the edge.
  const shift = right - 30 - far.pageX;
  const from = { x: stage.x + 80, y: stage.y + stage.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + shift / 2, from.y, { steps: 4 });
  await page.mouse.move(from.x + shift, from.y, { steps: 4 });
  await page.mouse.up();
  const moved = (await agents(page)).find((a) => a.id === far.id)!;
  expect(moved.pageX, 'the person is near the right edge').toBeGreaterThan(right - 60);
  await page.mouse.move(moved.pageX, moved.pageY);
  const tip = page.getByTestId('hover-tooltip');
  await expect(tip).toBeVisible();
  await expect
    .poll(async () => {
      const box = (await tip.boundingBox())!;
      return (
        box.x >= stage.x &&
        box.x + box.width <= right &&
        box.y + box.height <= stage.y + stage.height
      );
    })
    .toBe(true);
});
