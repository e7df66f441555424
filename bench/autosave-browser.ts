/**
 * Browser benchmark of autosave: the default town (25 agents, offline mind) runs at max speed in
 * headless Chromium; after 1 and 2 game days (then running at 30×) an autosave is taken the way timed autosaves run
 * (captured between steps, encoded in slices in the worker, written to IndexedDB and verified),
 * and the page-hide save (encoded in one go). Reports size, time in the worker, and the longest
 * main-thread task and frame gap while the save runs (target: no task over 50 ms).
 *
 * Assumes `dist/` is built (`npm run build`); starts `vite preview` itself.
 * Run: npx tsx bench/autosave-browser.ts  → merges `autosave` into bench/results-browser.json
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4186;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const STEPS_PER_DAY = 8640;
const DAYS = [1, 2];
const TARGET_LONGEST_TASK_MS = 50;
const RESULTS = join(ROOT, 'bench', 'results-browser.json');

interface SaveStats {
  step: number;
  bytes: number;
  captureMs: number;
  encodeMs: number;
  writeMs: number;
}

interface InPage {
  saved: boolean;
  stats?: SaveStats;
  wallMs: number;
  longest: number;
  count: number;
  maxFrameGap: number;
}

export interface AutosaveResult {
  days: number;
  /** The step saved (the run starts at day 1, 06:00: step 2160). */
  step: number;
  agents: number;
  /** Gzipped town file. */
  bytes: number;
  /** Timed autosave (sliced): copy between steps, encode, IndexedDB write + verify, in the worker. */
  captureMs: number;
  encodeMs: number;
  writeMs: number;
  totalMs: number;
  /** Page-hide save (encoded in one go): wall time seen from the page, and encode time alone. */
  flushMs: number;
  flushEncodeMs: number;
  /** Main thread while the timed autosave ran (the town running at 30× meanwhile). */
  longestTaskMs: number;
  longTasks: number;
  maxFrameGapMs: number;
  /** The same page over as long a window right after, with no save running (for comparison). */
  baselineLongestTaskMs: number;
  baselineMaxFrameGapMs: number;
  /** No main-thread task over 50 ms while saving. */
  met: boolean;
  /** The page's longest task while saving exceeded the same page's without a save. */
  worseThanBaseline: boolean;
}

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `vite preview` of `dist/` (or `PREVIEW_OUT_DIR`), run by node so killing it stops it. */
function startPreview(): ChildProcess {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const outDir = process.env.PREVIEW_OUT_DIR ? ['--outDir', process.env.PREVIEW_OUT_DIR] : [];
  return spawn(
    process.execPath,
    [vite, 'preview', ...outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

/**
 * In the page, as source text (tsx would wrap a function passed to `evaluate`): a save through
 * the test hook while long tasks and animation-frame gaps are recorded.
 */
function inPageSave(sliced: boolean | null, windowMs = 0): string {
  return `(async () => {
    let longest = 0, count = 0, maxFrameGap = 0, last = performance.now(), done = false;
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { longest = Math.max(longest, e.duration); count++; }
    });
    obs.observe({ type: 'longtask', buffered: false });
    const frame = (t) => { maxFrameGap = Math.max(maxFrameGap, t - last); last = t; if (!done) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const t0 = performance.now();
    // null: no save, just watch the page for as long (the baseline).
    const res = ${sliced === null ? `await new Promise((r) => setTimeout(() => r({ saved: false }), ${windowMs}))` : `await window.__town.request('flushSave', { sliced: ${sliced} })`};
    const wallMs = performance.now() - t0;
    // Let the frames and long-task entries of the last moments arrive.
    await new Promise((r) => setTimeout(r, 300));
    done = true;
    obs.disconnect();
    return { ...res, wallMs, longest, count, maxFrameGap };
  })()`;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function runUntil(page: Page, step: number): Promise<void> {
  await page.waitForFunction(`window.__town.step() >= ${step}`, null, {
    timeout: 15 * 60_000,
    polling: 50,
  });
}

async function measure(): Promise<AutosaveResult[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const results: AutosaveResult[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${BASE_URL}?new=1&speed=max`);
    await page.waitForFunction('window.__town !== undefined && window.__town.step() > 0', null, {
      timeout: 60_000,
    });
    const start = (await page.evaluate('window.__town.step()')) as number;
    const agents = (await page.evaluate('window.__town.agents().length')) as number;
    for (const days of DAYS) {
      console.log(`Running to day ${days + 1} (step ${start + days * STEPS_PER_DAY}) …`);
      await runUntil(page, start + days * STEPS_PER_DAY);
      // Measure with the town running at 30× (drawn as usual), so it stays near the target day.
      await page.getByTestId('speed-30').click();
      const timed = (await page.evaluate(inPageSave(true))) as InPage;
      // Right after a save no timed autosave starts for 15 s: a clean window to compare with.
      const windowMs = Math.min(12_000, timed.wallMs);
      const base = (await page.evaluate(inPageSave(null, windowMs))) as InPage;
      const flush = (await page.evaluate(inPageSave(false))) as InPage;
      if (!timed.saved || !timed.stats) throw new Error('The autosave did not complete');
      const s = timed.stats;
      results.push({
        days,
        step: timed.stats.step,
        agents,
        bytes: s.bytes,
        captureMs: round(s.captureMs),
        encodeMs: round(s.encodeMs),
        writeMs: round(s.writeMs),
        totalMs: round(timed.wallMs),
        flushMs: round(flush.wallMs),
        flushEncodeMs: round(flush.stats?.encodeMs ?? NaN),
        longestTaskMs: Math.round(timed.longest),
        longTasks: timed.count,
        maxFrameGapMs: Math.round(timed.maxFrameGap),
        baselineLongestTaskMs: Math.round(base.longest),
        baselineMaxFrameGapMs: Math.round(base.maxFrameGap),
        met: timed.longest <= TARGET_LONGEST_TASK_MS,
        worseThanBaseline: timed.longest > Math.max(base.longest, TARGET_LONGEST_TASK_MS),
      });
      await page.getByTestId('speed-max').click();
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main(): Promise<void> {
  const server = startPreview();
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) =>
      reject(new Error(`vite preview exited (${code}); port ${PORT} busy?`)),
    ),
  );
  exited.catch(() => {});
  let results: AutosaveResult[];
  try {
    await Promise.race([waitForServer(BASE_URL), exited]);
    results = await measure();
  } finally {
    server.kill();
  }
  console.table(
    results.map((r) => ({
      'game days': r.days,
      'size KB': Math.round(r.bytes / 1024),
      'capture ms': r.captureMs,
      'encode ms (sliced)': r.encodeMs,
      'write ms': r.writeMs,
      'total ms': r.totalMs,
      'page-hide save ms': r.flushMs,
      'longest main-thread task': r.longTasks ? r.longestTaskMs : 'none > 50 ms',
      'max frame gap ms': r.maxFrameGapMs,
      'baseline: longest task': r.baselineLongestTaskMs || 'none > 50 ms',
      'baseline: max frame gap': r.baselineMaxFrameGapMs,
      met: r.met,
    })),
  );
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as object) : {};
  const out = {
    ...previous,
    autosave: {
      what: 'Autosave of the default town (25 agents, offline mind) in headless Chromium after 1 and 2 game days, the town running at 30x meanwhile',
      target: { longestTaskMs: TARGET_LONGEST_TASK_MS },
      note: 'Times are measured in the worker (capture holds the simulation up between two steps; encoding is sliced, the town runs on). longestTaskMs comes from PerformanceObserver "longtask" entries on the page (tasks over 50 ms only: 0 means none). flushMs is the page-hide save (one-go encoding), wall time seen from the page.',
      measuredAt: new Date().toISOString(),
      results,
    },
  };
  writeFileSync(RESULTS, JSON.stringify(out, null, 2) + '\n');
  console.log('Merged into bench/results-browser.json (key "autosave")');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
