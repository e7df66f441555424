import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { DataManifest } from '../src/eval/data';
import { csvRecords } from '../src/eval/data/testing/parseCsv';
import { agents, openTown, snap } from './helpers';
import { openSaves, row, runFor, shownStep, waitTown } from './persistHelpers';

// A replay needs a save, a reload and a seek: slower than a plain spec.
test.describe.configure({ timeout: 150_000 });

/** Presses ⬇ Data in the dashboard and returns the downloaded zip's name and files. */
async function download(page: Page) {
  if (!(await page.getByTestId('dashboard').isVisible()))
    await page.getByTestId('dashboard-open').click();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('data-export').click();
  const file = await downloading;
  const zip = readFileSync(await file.path());
  const files = Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(zip))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  await expect(page.getByTestId('data-export-done')).toBeVisible();
  const manifest = JSON.parse(files['manifest.json'] ?? 'null') as DataManifest;
  return { name: file.suggestedFilename(), files, manifest };
}

/** Every file of the manifest parses, with its columns and row count. */
function expectParses(files: Record<string, string>, manifest: DataManifest): void {
  expect(manifest.files.length).toBeGreaterThan(5);
  for (const f of manifest.files) {
    const { header, records } = csvRecords(files[`${f.name}.csv`] ?? '');
    expect(header, f.name).toEqual(f.columns);
    expect(records.length, f.name).toBe(f.rows);
    const json = JSON.parse(files[`${f.name}.json`] ?? '') as { data: unknown[] };
    expect(json.data.length, f.name).toBe(f.rows);
  }
}

/** The town's memory count, summed over everyone (from the worker, as the inspector reads it). */
function memoryTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t = window.__town!;
    let n = 0;
    for (const a of t.agents()) n += (await t.request('agentNow', { agentId: a.id })).memoryCount;
    return n;
  });
}

test('⬇ Data downloads a zip whose files parse and match the town', async ({ page }, info) => {
  await openTown(page, '?paused=1');
  const step = await runFor(page, 300);
  await page.getByTestId('dashboard-open').click();
  await expect(page.getByTestId('data-export')).toBeVisible();
  const { name, files, manifest } = await download(page);
  await snap(page, info, 'data-export-done');

  expect(name).toMatch(/^[a-z0-9-]+-day1-data\.zip$/);
  expect(manifest.step).toBe(step);
  expectParses(files, manifest);
  const people = csvRecords(files['people.csv']!).records;
  const town = await agents(page);
  expect(people.length).toBe(town.length);
  expect(people.map((p) => p.id).sort()).toEqual(town.map((a) => a.id).sort());
  expect(csvRecords(files['memories.csv']!).records.length).toBe(await memoryTotal(page));
});

test('in a replay the export is of the replayed moment', async ({ page }) => {
  await openTown(page, '?paused=1');
  await runFor(page, 200);
  const early = await shownStep(page);
  await runFor(page, 200);
  const dialog = await openSaves(page);
  await dialog.getByTestId('save-name-input').fill('Data replay');
  await dialog.getByTestId('save-new').click();
  await expect(row(dialog, 'Data replay')).toHaveCount(1);
  await row(dialog, 'Data replay').getByTestId('save-replay').click();
  await expect(page.getByTestId('replay-banner')).toBeVisible({ timeout: 20_000 });
  await waitTown(page);
  await page.getByTestId('replay-scrubber').fill(String(early));
  await expect.poll(() => shownStep(page), { timeout: 20_000 }).toBe(early);

  const { files, manifest } = await download(page);
  expect(manifest.step).toBe(early);
  expectParses(files, manifest);
  expect(csvRecords(files['memories.csv']!).records.length).toBe(await memoryTotal(page));
});
