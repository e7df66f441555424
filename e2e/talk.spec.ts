import { expect, test } from '@playwright/test';
import { openTab, openTown, pause, selectFromList, snap } from './helpers';

test('a whisper appears in the memory stream with its importance', async ({ page }, testInfo) => {
  await openTown(page);
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'talk');
  const text = 'You want to visit the library this afternoon';
  await page.getByTestId('whisper-input').fill(text);
  await page.getByTestId('whisper-send').click();
  await expect(page.getByTestId('whisper-sent')).toContainText(text);
  await expect(page.getByTestId('whisper-sent').getByTestId('importance')).toHaveText('8');

  await openTab(page, 'memory');
  await page.getByTestId('memory-search').fill('visit the library this afternoon');
  const item = page.getByTestId('memory-item').filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-type', 'thought');
  await expect(item.getByTestId('importance')).toHaveText('8');
  await snap(page, testInfo, 'inspector-memory-whisper');
});

test('an interview gets an in-character answer from its memories', async ({ page }, testInfo) => {
  await openTown(page);
  await pause(page);
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'memory');
  const countText = () => page.getByTestId('memory-count').textContent();
  await expect(page.getByTestId('memory-list')).toBeVisible();
  const memoriesBefore = await countText();

  await openTab(page, 'talk');
  await expect(page.getByTestId('interview-remember')).not.toBeChecked();
  await page.getByTestId('interview-input').fill('How is the allergy medicine at the pharmacy?');
  await page.getByTestId('interview-send').click();
  const answer = page.getByTestId('interview-answer-text').last();
  await expect(answer).toContainText(/allergy medicine/i);
  // In character and in the first person, not a "Yes." glued to a recited memory.
  await expect(answer).not.toContainText(/^Yes\./);
  await expect(answer).toContainText(/\b(I|I've|my)\b/);
  await page.getByRole('button', { name: /behind this answer/ }).click();
  await expect(page.getByTestId('interview-used').getByTestId('memory-item').first()).toContainText(
    /allergy/i,
  );
  await snap(page, testInfo, 'inspector-interview');

  // By default the interview leaves the agent unchanged.
  await openTab(page, 'memory');
  await expect(page.getByTestId('memory-list')).toBeVisible();
  expect(await countText()).toBe(memoriesBefore);
});

test('an announced event reaches the agents present', async ({ page }) => {
  await openTown(page);
  await pause(page);
  // Where is Elena now? Announce there.
  const place = await page
    .getByTestId('agent-row-elena-moreno')
    .getByTestId('agent-place')
    .textContent();
  const sector = place!.split(',')[0].trim();
  expect(sector).not.toBe('outdoors');

  await page.getByTestId('announce-open').click();
  const text = 'A brass band starts playing right outside the window.';
  await page.getByTestId('announce-text').fill(text);
  await page.getByTestId('announce-place').selectOption(sector);
  await page.getByTestId('announce-send').click();
  await expect(page.getByTestId('announce-dialog')).toBeHidden();
  await expect(page.getByTestId('notice').last()).toContainText(/Announced to \d+: .*Elena/);

  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'memory');
  await page.getByTestId('memory-search').fill('brass band');
  const item = page.getByTestId('memory-item').filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-type', 'event');
  await expect(item.getByTestId('importance')).toHaveText('7');

  // Someone elsewhere did not hear it.
  const elsewhere = await page.evaluate((sector) => {
    const rows = [...document.querySelectorAll('[data-testid^="agent-row-"]')];
    const row = rows.find(
      (r) => !r.querySelector('[data-testid="agent-place"]')?.textContent?.startsWith(sector),
    );
    return row?.getAttribute('data-testid')?.replace('agent-row-', '');
  }, sector);
  expect(elsewhere).toBeTruthy();
  await selectFromList(page, elsewhere!);
  await openTab(page, 'memory');
  await page.getByTestId('memory-search').fill('brass band');
  await expect(page.getByText('No memory matches these filters.')).toBeVisible();
});
