import { expect, test } from '@playwright/test';
import { openTab, openTown, pause, selectFromList } from './helpers';

test('editing the past: see what rests on a memory, rewrite it, forget another', async ({
  page,
}) => {
  await openTown(page);
  await pause(page);
  await selectFromList(page, 'elena-moreno');
  await openTab(page, 'memory');
  const items = page.getByTestId('memory-item');
  await expect(items.first()).toBeVisible();
  const count = page.getByTestId('memory-count');
  const before = await count.textContent();

  // Rewrite the first memory: the dialog shows what rests on it first.
  const first = items.first();
  const id = await first.getAttribute('data-memory-id');
  await first.hover();
  await first.getByTestId('memory-edit').click();
  const dialog = page.getByTestId('edit-memory');
  await expect(dialog.getByTestId('edit-memory-dependents')).not.toContainText('Loading');
  const words = 'A parcel of old photographs arrived from her cousin.';
  await dialog.getByTestId('edit-memory-text').fill(words);
  await dialog.getByTestId('edit-memory-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-memory-id="${id}"]`)).toContainText(words);

  // Forget another one: it leaves the stream.
  const second = items.nth(1);
  const gone = await second.getAttribute('data-memory-id');
  await second.hover();
  await second.getByTestId('memory-edit').click();
  await page.getByTestId('edit-memory-forget').click();
  await expect(page.getByTestId('edit-memory')).toBeHidden();
  await expect(page.locator(`[data-memory-id="${gone}"]`)).toHaveCount(0);
  await expect(count).not.toHaveText(before!);
});
