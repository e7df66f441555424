import { expect, type Locator, type Page } from '@playwright/test';
import { pause } from './helpers';

/** The step the clock shows. */
export async function shownStep(page: Page): Promise<number> {
  return Number(await page.getByTestId('clock-step').getAttribute('data-step'));
}

/** From paused: runs at max speed for at least `steps` steps, then pauses. Returns the step. */
export async function runFor(page: Page, steps: number): Promise<number> {
  const from = await shownStep(page);
  await page.getByTestId('speed-max').click();
  await page.getByTestId('play-pause').click();
  await expect.poll(() => shownStep(page), { timeout: 30_000 }).toBeGreaterThan(from + steps);
  await pause(page);
  // The paused frame may trail the last batch by one message.
  await expect.poll(() => page.evaluate(() => window.__town!.step())).toBe(await shownStep(page));
  return shownStep(page);
}

/** Waits until the autosave indicator says the current step is saved. */
export async function waitSaved(page: Page): Promise<void> {
  const step = await shownStep(page);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-step', String(step), {
    timeout: 20_000,
  });
}

/** Confirms the open confirmation dialog, which reloads the page (load a save), and waits for it. */
export async function confirmAndReload(page: Page): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 30_000 });
  await page.getByTestId('confirm-ok').click();
  await loaded;
}

/** Waits for the town after a reload (the page reloads itself on load, replay, new town). */
export async function waitTown(page: Page, step?: number): Promise<void> {
  await expect(page.getByTestId('app')).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(
    (s) =>
      window.__town !== undefined &&
      (s === null ? window.__town.step() > 0 : window.__town.step() === s),
    step ?? null,
    { timeout: 20_000 },
  );
}

export interface TownProbe {
  step: number;
  hash: string;
  memories: number;
  action: string;
  tiles: [string, number, number][];
}

/** What the page's test hook says about the town now (one agent in detail). */
export function probe(page: Page, agentId: string): Promise<TownProbe> {
  return page.evaluate(async (id) => {
    const t = window.__town!;
    const now = await t.request('agentNow', { agentId: id });
    return {
      step: t.step(),
      hash: await t.worldHash(),
      memories: now.memoryCount,
      action: now.action.description,
      tiles: t.agents().map((a) => [a.id, a.tileX, a.tileY] as [string, number, number]),
    };
  }, agentId);
}

/** Opens the saves dialog and waits for its list. */
export async function openSaves(page: Page): Promise<Locator> {
  await page.getByTestId('saves-open').click();
  const dialog = page.getByTestId('saves-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Reading saves…')).toHaveCount(0);
  return dialog;
}

/** A save row by its name. */
export function row(dialog: Locator, name: string): Locator {
  return dialog
    .getByTestId('save-row')
    .filter({ has: dialog.page().getByTestId('save-name').getByText(name, { exact: false }) });
}

export async function rowIds(dialog: Locator): Promise<string[]> {
  return dialog
    .getByTestId('save-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-save-id') ?? ''));
}
