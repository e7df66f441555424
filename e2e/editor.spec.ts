import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitTown } from './persistHelpers';

test.describe.configure({ timeout: 300_000 });

/** The editor's one-line verdict: errors (and notes) of the latest check. */
async function waitChecked(page: Page, errors: number): Promise<void> {
  await expect(page.getByTestId('ed-problems-summary')).toHaveAttribute(
    'data-errors',
    String(errors),
  );
}

test('the editor makes a person and an event hosted by them; the new town runs them and measures the event', async ({
  page,
}, info) => {
  await page.goto('/?editor=1&paused=1');
  const editor = page.getByTestId('editor-dialog');
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('ed-copy-default').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await waitChecked(page, 0);
  await expect(page.getByTestId('ed-start')).toBeEnabled();
  await page.screenshot({ path: '/tmp/editor-town.png' });

  // A new person: half filled, the check names each missing field next to it.
  const people = page.getByTestId('ed-people').locator('li');
  const before = await people.count();
  await page.getByTestId('ed-add-person').click();
  await page.getByTestId('ed-person-name').fill('Quinn Arbor');
  await expect(page.getByTestId('ed-person-id')).toHaveValue('quinn-arbor');
  const at = `personas.${before}`;
  await expect(
    page.locator(`[data-path="${at}.learned"]`).getByTestId('field-error'),
  ).toBeVisible();
  await expect(page.getByTestId('ed-start')).toBeDisabled();
  expect(Number(await page.getByTestId('ed-problems-summary').getAttribute('data-errors'))).toBe(4);
  await expect(page.getByTestId('ed-problems')).toContainText('Quinn Arbor › learned');
  await page.screenshot({ path: '/tmp/editor-errors.png' });

  await page.getByTestId('ed-person-age').fill('34');
  await page.getByTestId('ed-person-occupation').fill('bookbinder');
  await page.getByTestId('ed-person-traits').fill('patient, dry-humoured, generous');
  await page
    .getByTestId('ed-person-learned')
    .fill('Quinn Arbor repairs old books and runs a swap shelf.');
  await page.getByTestId('ed-person-currently').fill('Quinn wants to meet more readers in town.');
  await page.getByTestId('ed-person-lifestyle').fill('Quinn rises early and reads late.');
  await page.getByTestId('ed-person-work-from').fill('8');
  await page.getByTestId('ed-person-work-until').fill('16');

  // Home picked on the map preview; workplace picked from the list (an eatery).
  await page.getByTestId('ed-person-home-pick').click();
  const map = page.getByTestId('editor-map');
  await expect(map).toHaveClass(/is-picking/);
  await page.screenshot({ path: '/tmp/editor-pick.png' });
  const homeSector = await page.evaluate(() => {
    const sel = document.querySelector<HTMLSelectElement>('[data-testid="ed-person-home-sector"]')!;
    const home = [...sel.options].find((o) => / · home$/.test(o.text) && o.value !== sel.value);
    return home!.value;
  });
  await map.locator(`[data-sector="${homeSector}"] > rect`).first().click({ force: true });
  await expect(page.getByTestId('ed-person-home-sector')).toHaveValue(homeSector);
  const work = page.getByTestId('ed-person-work-sector');
  const cafe = await work.evaluate(
    (el) => [...(el as HTMLSelectElement).options].find((o) => / · eatery$/.test(o.text))!.value,
  );
  await work.selectOption(cafe);
  await waitChecked(page, 0);

  // An event hosted by them, at their workplace, this morning; measured as a storyline.
  await page.getByTestId('ed-add-event').click();
  await expect(page.getByTestId('ed-event-host')).toHaveValue('quinn-arbor');
  await expect(page.getByTestId('ed-event-place-sector')).toHaveValue(cafe);
  await page.getByTestId('ed-event-what').fill('a book swap');
  await page.getByTestId('ed-event-id').fill('book-swap');
  await page.getByTestId('ed-event-day').selectOption('1');
  await page.getByTestId('ed-event-start').fill('09:00');
  await page.getByTestId('ed-event-end').fill('12:00');
  await page.getByTestId('ed-event-write').click();
  await expect(page.getByTestId('ed-event-text')).toHaveValue(/Quinn Arbor is hosting a book swap/);
  await expect(page.getByTestId('ed-event-measure')).toBeChecked();
  // An event that ends before it starts is refused, on its end time.
  await page.getByTestId('ed-event-end').fill('08:00');
  await expect(
    page.locator(`[data-path="${at}.seedMemories.0.event.endHour"]`).getByTestId('field-error'),
  ).toContainText('before it starts');
  await page.getByTestId('ed-event-end').fill('12:00');
  await waitChecked(page, 0);
  await page.screenshot({ path: '/tmp/editor-event.png' });

  // Ctrl+S keeps the draft; a reload finds it.
  await page.getByTestId('ed-event-what').press('Control+s');
  await expect(page.getByTestId('ed-saved')).toContainText('Draft saved');
  await page.reload();
  await expect(page.getByTestId('editor')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('ed-people')).toContainText('Quinn Arbor');
  await expect(page.getByTestId('ed-events')).toContainText('a book swap');
  await waitChecked(page, 0);

  // Export: the two files the CLI loads.
  const downloads: string[] = [];
  page.on('download', async (d) => {
    const path = info.outputPath(d.suggestedFilename());
    await d.saveAs(path);
    downloads.push(path);
  });
  await page.getByTestId('ed-export').click();
  await expect.poll(() => downloads.length).toBe(2);
  const personas = JSON.parse(
    readFileSync(
      downloads.find((p) => p.endsWith('personas.json'))!,
      'utf8',
    ),
  ) as { personas: { id: string }[]; storylines: { eventId?: string }[] };
  expect(personas.personas.map((p) => p.id)).toContain('quinn-arbor');
  expect(personas.storylines.map((s) => s.eventId)).toContain('book-swap');

  // Start: the page reloads into the new town, with the new person in it.
  await page.getByTestId('ed-start').click();
  await waitTown(page);
  await expect(page.getByTestId('editor-dialog')).toBeHidden();
  await expect(page.getByTestId('agent-row-quinn-arbor')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('editor')).toBe(false);

  // Run a copy past the event: the evaluation measures who came.
  await page.getByTestId('eval-open').click();
  const dialog = page.getByTestId('eval-dialog');
  await dialog.getByTestId('eval-days').fill('1');
  await dialog.getByTestId('eval-ahead').click();
  await expect(dialog.getByTestId('eval-results')).toBeVisible({ timeout: 240_000 });
  const story = dialog.getByTestId('eval-story-book-swap');
  await expect(story).toBeVisible();
  const text = (await story.textContent()) ?? '';
  const came = /came: (\d+) of (\d+) invited, (\d+) uninvited/.exec(text);
  expect(came, text).not.toBeNull();
  expect(Number(came![1]) + Number(came![3])).toBeGreaterThanOrEqual(1);
  await story.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/editor-measured.png' });
});

test('the saves panel opens the editor; a bad map upload says what is wrong; Esc cancels a pick, then closes', async ({
  page,
}) => {
  await page.goto('/?paused=1');
  await expect(page.getByTestId('app')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('saves-open').click();
  await page.getByTestId('open-editor').click();
  await expect(page.getByTestId('editor-chooser')).toBeVisible();
  await page.getByTestId('ed-empty-default').click();
  await expect(page.getByTestId('ed-people').locator('li')).toHaveCount(1);
  // The empty town's one person lacks a background: refused until it is written.
  await expect(page.getByTestId('ed-start')).toBeDisabled();

  await page.getByTestId('ed-upload-map').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ width: 4, height: 4, tilewidth: 32, tileheight: 32, layers: [] }),
    ),
  });
  await expect(page.getByTestId('ed-upload-error')).toContainText('This map cannot be used');
  await expect(page.getByTestId('ed-upload-error')).toContainText('collision');
  await page.getByTestId('ed-upload-map').setInputFiles({
    name: 'notjson.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ nope'),
  });
  await expect(page.getByTestId('ed-upload-error')).toContainText(
    '"notjson.json" is not a JSON file',
  );
  await page.screenshot({ path: '/tmp/editor-empty.png' });

  // Esc while picking a place on the map cancels the pick only, wherever the focus is.
  await page.getByTestId('ed-nav-person-0').click();
  const map = page.getByTestId('editor-map');
  await page.getByTestId('ed-person-home-pick').click();
  await expect(map).toHaveClass(/is-picking/);
  await page.keyboard.press('Escape');
  await expect(map).not.toHaveClass(/is-picking/);
  await expect(page.getByTestId('editor-dialog')).toBeVisible();
  await page.getByTestId('ed-person-home-pick').click();
  await map.locator('.ed-map__note').click();
  await page.keyboard.press('Escape');
  await expect(map).not.toHaveClass(/is-picking/);
  await expect(page.getByTestId('editor-dialog')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor-dialog')).toBeHidden();
});
