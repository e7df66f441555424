import { expect, test, type Page } from '@playwright/test';
import { agents, openTown, snap } from './helpers';

/** Opens the dashboard on one of its tabs. */
async function openDashboardTab(page: Page, tab: 'people' | 'toldBy' | 'timeline') {
  await page.getByTestId('dashboard-open').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByTestId(`dashboard-tab-${tab}`).click();
  await expect(page.getByTestId(`dashboard-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

/** Page coordinates of a graph node (the container carries its Cytoscape graph as `__cy`). */
async function nodeAt(page: Page, testId: string, id: string): Promise<{ x: number; y: number }> {
  const graph = page.getByTestId(testId);
  const box = (await graph.boundingBox())!;
  const pos = await graph.evaluate((el, nodeId) => {
    const cy = (el as HTMLElement & { __cy?: import('cytoscape').Core }).__cy;
    const p = cy?.getElementById(nodeId).renderedPosition();
    return p ? { x: p.x, y: p.y } : null;
  }, id);
  if (!pos) throw new Error(`No node "${id}" in ${testId}`);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

/** Long main-thread tasks (ms) during `ms` of running with the current view (logged, not asserted). */
async function longTasks(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (wait) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        const obs = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) out.push(Math.round(e.duration));
        });
        obs.observe({ type: 'longtask' });
        setTimeout(() => {
          obs.disconnect();
          resolve(out);
        }, wait);
      }),
    ms,
  );
}

/** Waits until a graph's layout has settled (node positions stop changing). */
async function waitLaidOut(page: Page, testId: string) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.getByTestId(testId).evaluate((el) => {
          const cy = (el as HTMLElement & { __cy?: import('cytoscape').Core }).__cy;
          return JSON.stringify(cy?.nodes().map((n) => n.renderedPosition()) ?? []);
        });
        const still = now === last && now !== '[]';
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

test('relationship graph: one node per person; clicking one inspects them', async ({
  page,
}, testInfo) => {
  await openTown(page, '?speed=5');
  const people = await agents(page);
  await openDashboardTab(page, 'people');
  const graph = page.getByTestId('people-graph');
  await expect(graph).toHaveAttribute('data-nodes', String(people.length));
  const nodes = await graph.evaluate(
    (el) => (el as HTMLElement & { __cy?: import('cytoscape').Core }).__cy?.nodes().length ?? 0,
  );
  expect(nodes).toBe(people.length);
  await expect.poll(async () => Number(await graph.getAttribute('data-edges'))).toBeGreaterThan(0);
  await waitLaidOut(page, 'people-graph');
  console.log('long tasks, 25 people, relationships open:', await longTasks(page, 5000));
  await snap(page, testInfo, 'relationships');

  const target = people[3]!.id;
  const at = await nodeAt(page, 'people-graph', target);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-agent', target);
});

test('told-by graph fills as news spreads; a telling opens its conversation', async ({
  page,
}, testInfo) => {
  await openTown(page, '?speed=max');
  await openDashboardTab(page, 'toldBy');
  const graph = page.getByTestId('toldby-graph');
  await expect(graph).toBeVisible();
  await expect
    .poll(async () => Number(await graph.getAttribute('data-edges')), { timeout: 45_000 })
    .toBeGreaterThan(0);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Play');
  await waitLaidOut(page, 'toldby-graph');
  await snap(page, testInfo, 'told-by');

  // The list row and the edge do the same; the edge is clicked on the canvas via its midpoint.
  const first = page.getByTestId('toldby-edge').first();
  await expect(first).toBeVisible();
  const edge = await graph.evaluate((el) => {
    const cy = (el as HTMLElement & { __cy?: import('cytoscape').Core }).__cy!;
    const e = cy.edges('[conversationId]').first();
    return e.nonempty()
      ? { mid: e.renderedMidpoint(), to: e.data('to') as string, conv: e.data('conversationId') }
      : null;
  });
  if (!edge) throw new Error('No telling with a conversation');
  const box = (await graph.boundingBox())!;
  await page.mouse.click(box.x + edge.mid.x, box.y + edge.mid.y);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-agent', edge.to);
  await expect(page.getByTestId('tab-conversations')).toHaveAttribute('aria-selected', 'true');
  const conv = page.locator(`[data-conversation="${edge.conv as string}"]`);
  await expect(conv).toBeVisible();
  await expect(conv).toHaveClass(/conv--focus/);
  await snap(page, testInfo, 'told-by-conversation');
});

test('timeline lists moments; a click selects the person', async ({ page }, testInfo) => {
  await openTown(page, '?speed=max');
  await openDashboardTab(page, 'timeline');
  const moments = page.getByTestId('timeline-moment');
  await expect(moments.first()).toBeVisible({ timeout: 45_000 });
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Play');
  await snap(page, testInfo, 'timeline');

  // The list may still take in the last step's moments: click the row by its id, not its place.
  const id = (await moments.first().getAttribute('data-moment'))!;
  const row = page.locator(`[data-moment="${id}"]`);
  const who = (await row.getAttribute('data-agent'))!;
  await row.click();
  await expect(page.getByTestId(`agent-row-${who}`)).toHaveClass(/is-selected/);

  // Filtering by that person keeps only moments they are in.
  await page.getByTestId('timeline-person').selectOption(who);
  await expect(moments.first()).toBeVisible();
  await expect
    .poll(() =>
      moments.evaluateAll(
        (els, id) =>
          els.every((el) => (el.getAttribute('data-people') ?? '').split(' ').includes(id)),
        who,
      ),
    )
    .toBe(true);
});

test('200 people: the relationship graph draws everyone', async ({ page }, testInfo) => {
  await openTown(page, '?agents=200&speed=2');
  console.log('long tasks, 200 people, no dashboard:', await longTasks(page, 5000));
  await openDashboardTab(page, 'people');
  const graph = page.getByTestId('people-graph');
  await expect(graph).toHaveAttribute('data-nodes', '200');
  await waitLaidOut(page, 'people-graph');
  console.log('long tasks, 200 people, relationships open:', await longTasks(page, 5000));
  await snap(page, testInfo, 'relationships-200');
  await page.getByTestId('dashboard-tab-timeline').click();
  await expect(page.getByTestId('timeline-person')).toBeVisible();
  console.log('long tasks, 200 people, moments open:', await longTasks(page, 5000));
});
