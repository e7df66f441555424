import { expect, test } from '@playwright/test';
import { openTown, pause } from './helpers';
import { openSaves, row, runFor, shownStep, waitTown } from './persistHelpers';

test('What if…? without its source, a storyline reaches fewer people; the run can be cancelled and is kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openTown(page, '?paused=1');
  await pause(page);
  await page.getByTestId('whatif-open').click();
  const dialog = page.getByTestId('whatif');
  await expect(dialog.getByTestId('whatif-setup')).toBeVisible();

  // The first change offered: the first storyline's source forgets it.
  await dialog.getByTestId('iv-kind').selectOption('forgetStoryline');
  await dialog.getByTestId('iv-add').click();
  await expect(dialog.getByTestId('whatif-changes').locator('li')).toHaveCount(1);
  await dialog.getByTestId('whatif-hours').fill('6');
  await dialog.getByTestId('whatif-seeds').fill('1');

  // A run can be cancelled: back to the setup, the changes kept.
  await dialog.getByTestId('whatif-run').click();
  await expect(dialog.getByTestId('whatif-running')).toBeVisible();
  await dialog.getByTestId('whatif-cancel').click();
  await expect(dialog.getByTestId('whatif-setup')).toBeVisible();
  await expect(dialog.getByTestId('whatif-changes').locator('li')).toHaveCount(1);

  // Run it to the end with the dialog closed: it goes on in the background.
  await dialog.getByTestId('whatif-run').click();
  await expect(dialog.getByTestId('whatif-running')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('whatif-open')).toContainText('%');
  await page.getByTestId('whatif-open').click();
  await expect(dialog.getByTestId('whatif-done')).toBeVisible({ timeout: 90_000 });

  // The storyline's knowers (the first metric) are lower in the branch than in the control.
  const row = dialog.getByTestId('compare-metrics').locator('tr[data-metric^="knowers."]').first();
  const control = Number(await row.getByTestId('metric-control').textContent());
  const branch = Number(await row.getByTestId('metric-branch').textContent());
  expect(control).toBeGreaterThan(branch);
  await expect(dialog.getByTestId('compare-divergence')).toContainText('day 1');

  // Kept with the town: listed after starting a new experiment.
  await expect(dialog.getByTestId('whatif-kept-state')).toHaveText('Kept with this town.');
  await dialog.getByTestId('whatif-new').click();
  await expect(dialog.getByTestId('whatif-kept').locator('li')).toHaveCount(1);

  // `w` opens it again, also where the button is folded into the ⋯ menu.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('body').press('w');
  await expect(dialog.getByTestId('whatif-setup')).toBeVisible();
});

test('What if…? from a replayed moment branches that moment, not the live town', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openTown(page, '?paused=1');
  await pause(page);
  const early = await runFor(page, 120);
  await runFor(page, 240);
  const saves = await openSaves(page);
  await saves.getByTestId('save-name-input').fill('Branch me');
  await saves.getByTestId('save-new').click();
  await row(saves, 'Branch me').getByTestId('save-replay').click();
  await expect(page.getByTestId('replay-banner')).toBeVisible({ timeout: 20_000 });
  await waitTown(page);
  await page.getByTestId('replay-scrubber').fill(String(early));
  await expect.poll(() => shownStep(page), { timeout: 20_000 }).toBe(early);

  await page.getByTestId('whatif-open').click();
  const dialog = page.getByTestId('whatif');
  await expect(dialog.getByTestId('whatif-setup')).toContainText('(the replayed moment)');
  await dialog.getByTestId('iv-kind').selectOption('whisper');
  await dialog.getByTestId('iv-text').fill('You should visit the park today.');
  await dialog.getByTestId('iv-add').click();
  await dialog.getByTestId('whatif-hours').fill('1');
  await dialog.getByTestId('whatif-seeds').fill('1');
  await dialog.getByTestId('whatif-run').click();
  await expect(dialog.getByTestId('whatif-done')).toBeVisible({ timeout: 60_000 });
  // The report starts where the replay stood (one step is ten game seconds from midnight).
  const clock = (step: number) => {
    const minutes = Math.floor(step / 6);
    return `day ${Math.floor(minutes / 1440) + 1} ${String(Math.floor((minutes % 1440) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  await expect(dialog).toContainText(`from ${clock(early)}`);
});
