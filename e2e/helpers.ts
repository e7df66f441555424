import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { AgentProbe } from '../src/game/testHook';

/** sessionStorage key of the Max question's answer (src/store/maxRun.ts). */
export const MAX_RUN_KEY = 'generative-town:max-run';

/**
 * Opens the town and waits until the map is drawn and the test hook is installed. Max runs until
 * stopped, instead of asking how far (the welcome is marked seen by playwright.config's storageState).
 */
export async function openTown(page: Page, query = ''): Promise<void> {
  // On the context: pages the test opens later (a second tab) answer the same way.
  await page.context().addInitScript((key) => {
    if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, 'stopped');
  }, MAX_RUN_KEY);
  await page.goto(`/${query}`);
  await expect(page.getByTestId('app')).toBeVisible();
  await page.waitForFunction(() => window.__town !== undefined && window.__town.step() > 0);
}

export async function step(page: Page): Promise<number> {
  return page.evaluate(() => window.__town!.step());
}

export async function agents(page: Page): Promise<AgentProbe[]> {
  return page.evaluate(() => window.__town!.agents());
}

/**
 * A town-wide action of the top bar (`eval-open`, `saves-open` …), ready to click: below 1440 px
 * wide these live in the "⋯" menu, which is opened first.
 */
export async function topBarAction(page: Page, testId: string): Promise<Locator> {
  const action = page.getByTestId(testId);
  if (!(await action.isVisible())) await page.getByTestId('topbar-more').click();
  await expect(action).toBeVisible();
  return action;
}

/** Pauses and waits until the worker confirms it. */
export async function pause(page: Page): Promise<void> {
  const button = page.getByTestId('play-pause');
  if ((await button.getAttribute('aria-label')) === 'Pause') await button.click();
  await expect(button).toHaveAttribute('aria-label', 'Play');
}

export async function selectFromList(page: Page, id: string): Promise<void> {
  await page.getByTestId(`agent-row-${id}`).getByTestId('agent-select').click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-agent', id);
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

/** Waits until the map has drawn `frames` more frames (time passing, measured by the page). */
export async function waitFrames(page: Page, frames: number): Promise<void> {
  const from = await page.evaluate(() => window.__town!.renderedFrames());
  await page.waitForFunction((n) => window.__town!.renderedFrames() >= n, from + frames);
}

/** Waits until no agent is drawn moving: two looks in a row find everyone where they were. */
export async function waitStill(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify((await agents(page)).map((a) => [a.pageX, a.pageY]));
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

/** Saves a screenshot as a test artifact: test-results/<test>/<name>.png. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}
