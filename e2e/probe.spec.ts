import { expect, test } from '@playwright/test';
import { openTab, openTown, pause, selectFromList, snap, step } from './helpers';

test('the retrieval probe shows scored results', async ({ page }, testInfo) => {
  // Thoughts (like the seeded ones) are embedded in the first step; perceptions later, in batches.
  // Probe early in the morning, before the day's observations crowd the stream.
  await openTown(page, '?speed=5');
  await expect(page.getByTestId('clock-time')).toHaveText(/^06:(0[2-9]|[1-5]\d)/, {
    timeout: 30_000,
  });
  await pause(page);
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'memory');
  await page.getByTestId('probe-input').fill('allergy medicine delivery');
  await page.getByTestId('probe-run').click();
  const hits = page.getByTestId('probe-hit');
  await expect(hits.first()).toBeVisible();
  expect(await hits.count()).toBeGreaterThan(0);
  expect(await hits.count()).toBeLessThanOrEqual(5);
  await expect(hits.filter({ hasText: /allergy medicine/i })).not.toHaveCount(0);
  for (const kind of ['recency', 'importance', 'relevance']) {
    await expect(hits.first().getByTestId(`score-${kind}`).getByTestId('score-value')).toHaveText(
      /^\d\.\d\d$/,
    );
  }
  // Totals are sorted, best first.
  const totals = (await page.getByTestId('probe-score').allTextContents()).map(Number);
  expect(totals.length).toBeGreaterThan(0);
  expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  await snap(page, testInfo, 'inspector-probe');
});

test('each inspector tab renders for an agent', async ({ page }, testInfo) => {
  await openTown(page, '?speed=max');
  // Let time pass at max speed (talks, reflections): two game hours.
  const from = await step(page);
  await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(from + 720);
  await selectFromList(page, 'elena-moreno');
  for (const tab of ['reflections', 'conversations', 'relationships']) {
    await openTab(page, tab);
    await expect(page.getByTestId('inspector-body')).not.toContainText('Loading');
    await snap(page, testInfo, `inspector-${tab}`);
  }
  await openTab(page, 'relationships');
  await expect(page.getByTestId('relationships-tab')).toContainText('Tomas Moreno');
});
