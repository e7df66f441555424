import { expect, test } from '@playwright/test';
import { agents, openTown, pause, selectFromList, snap, waitStill } from './helpers';

test('selecting an agent from the list shows its inspector', async ({ page }, testInfo) => {
  await openTown(page);
  await selectFromList(page, 'elena-moreno');
  await expect(page.getByTestId('inspector-name')).toHaveText('Elena Moreno');
  await expect(page.getByTestId('now-action')).not.toBeEmpty();
  await expect(page.getByTestId('plan-blocks').locator('li').first()).toBeVisible();
  await snap(page, testInfo, 'inspector-now');
});

test('clicking an agent on the map shows its inspector', async ({ page }) => {
  await openTown(page);
  await pause(page);
  await waitStill(page); // let the last slide finish
  const all = await agents(page);
  const visible = all.filter((a) => a.onScreen);
  // An agent with nobody drawn close to it, so the click is unambiguous.
  const target = visible.find((a) =>
    all.every((b) => b.id === a.id || Math.hypot(b.pageX - a.pageX, b.pageY - a.pageY) > 40),
  );
  expect(target, 'an agent alone in view').toBeTruthy();
  await page.mouse.click(target!.pageX, target!.pageY);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-agent', target!.id);
  await expect(page.getByTestId(`agent-row-${target!.id}`)).toHaveClass(/is-selected/);
});

test('hovering an agent shows its name and action', async ({ page }) => {
  await openTown(page);
  await pause(page);
  await waitStill(page);
  const target = (await agents(page)).find((a) => a.onScreen)!;
  await page.mouse.move(target.pageX, target.pageY);
  await expect(page.getByTestId('hover-tooltip')).toBeVisible();
});
