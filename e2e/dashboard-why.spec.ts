import { expect, test, type Page } from '@playwright/test';
import { openTab, openTown, pause, snap, step } from './helpers';

/** Runs the town at full speed for `minutes` of game time, then pauses. */
async function runFor(page: Page, minutes: number): Promise<void> {
  const from = await step(page);
  await page.getByTestId('speed-max').click();
  await page.waitForFunction((n) => window.__town!.step() >= n, from + minutes * 6, {
    timeout: 60_000,
  });
  await pause(page);
}

/** Opens the why panel on the inspected person's current action. */
async function whyOfAction(page: Page): Promise<void> {
  const link = page.getByTestId('now-action').getByTestId('why-link');
  await link.focus();
  await expect(link).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('why-chain')).toBeVisible();
}

test('a why-chain explains a current action, and its links open what they name', async ({
  page,
}, testInfo) => {
  await openTown(page);
  await runFor(page, 150);

  // Someone awake, whose chain names a memory (the plan the action comes from).
  const rows = page.locator('[data-testid^="agent-row-"]');
  const count = await rows.count();
  let found = false;
  for (let i = 0; i < count && !found; i++) {
    await rows.nth(i).getByTestId('agent-select').click();
    await openTab(page, 'now');
    await whyOfAction(page);
    found = (await page.getByTestId('why-ref-memory').count()) > 0;
    if (!found) await page.getByTestId('why-panel-close').click();
  }
  expect(found, 'nobody’s action names a memory').toBe(true);
  const panel = page.getByTestId('why-panel');
  const links = panel.getByTestId('why-chain-link');
  await expect(links.first()).toHaveAttribute('data-kind', 'action');
  await expect(links.first()).toContainText(/day \d+ at \d\d:\d\d/);
  expect(await links.count()).toBeGreaterThan(1);
  await expect(panel.getByTestId('why-chain-link').filter({ hasText: 'planned' })).not.toHaveCount(
    0,
  );
  await snap(page, testInfo, 'why-chain');

  // The raw mind call behind a "details" toggle.
  if ((await panel.getByTestId('why-call').count()) > 0) {
    await panel.getByTestId('why-details-toggle').click();
    await expect(panel.getByTestId('mind-call-detail')).toBeVisible();
    await panel.getByTestId('why-details-toggle').click();
  }

  // A memory link opens the memory tab at that memory, marked.
  const agent = await page.getByTestId('inspector').getAttribute('data-agent');
  await panel.getByTestId('why-ref-memory').first().click();
  await expect(page.getByTestId('tab-memory')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-agent', agent!);
  await expect(page.locator('.memory.is-why-focus')).toBeVisible();
  await snap(page, testInfo, 'why-memory');

  // A person link selects that person; Esc closes the panel.
  const person = panel.getByTestId('why-ref-person').first();
  await person.click();
  await expect(page.getByTestId('tab-now')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('why-panel')).toBeHidden();
});

test('a why on a conversation line names who spoke and opens the conversation', async ({
  page,
}) => {
  await openTown(page);
  await runFor(page, 180);
  const rows = page.locator('[data-testid^="agent-row-"]');
  const count = await rows.count();
  let opened = false;
  for (let i = 0; i < count && !opened; i++) {
    await rows.nth(i).getByTestId('agent-select').click();
    await openTab(page, 'conversations');
    const line = page.getByTestId('conversation').first().locator('.line').first();
    if ((await line.count()) === 0) continue;
    await line.hover();
    await line.getByTestId('why-link').click();
    opened = true;
  }
  expect(opened, 'nobody has talked yet').toBe(true);
  const first = page.getByTestId('why-chain-link').first();
  await expect(first).toHaveAttribute('data-kind', 'line');
  await expect(first).toContainText('said');
  await page.getByTestId('why-panel').getByTestId('why-ref-conversation').first().click();
  await expect(page.getByTestId('tab-conversations')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="conversation"].conv--focus')).toBeVisible();
});
