/**
 * Browser benchmark: frames per second and the longest main-thread task while the town runs at
 * max sim speed, with the default 25 agents and with crowds (200 and 1,000 by default), in
 * headless Chromium. `--agents 25,1000` and `--setups 0` (indices into SETUPS) narrow the run.
 *
 * Assumes `dist/` is built (`npm run build`); starts `vite preview` itself.
 * Run: npx tsx bench/browser.ts   → prints a table, writes bench/results-browser.json
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4183;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const MEASURE_MS = 5000;
const WARMUP_MS = 1500;
const VIEWPORT = { width: 1440, height: 900 };
const TARGET_FPS: Record<number, number> = { 25: 55, 200: 30, 1000: 30 };
const TARGET_LONGEST_TASK_MS = 50;
const RESULTS = join(ROOT, 'bench', 'results-browser.json');

interface Setup {
  name: string;
  /** Extra Chromium flags. */
  args: string[];
  /** Extra page URL parameters. */
  params?: string;
}

/**
 * Chromium as Playwright launches it (WebGL through SwiftShader on a machine without a GPU), and
 * with the GPU process disabled (software compositing), as headless servers often run.
 */
const SETUPS: Setup[] = [
  { name: 'headless (default flags)', args: [] },
  { name: 'headless --disable-gpu', args: ['--disable-gpu'] },
  // For comparison: the page picks Canvas when WebGL is software-emulated; force WebGL here.
  { name: 'headless, forced WebGL (SwiftShader)', args: [], params: 'renderer=webgl' },
];

export interface BrowserResult {
  setup: string;
  agents: number;
  renderer: string;
  fps: number;
  /** Longest 'longtask' entry (tasks over 50 ms); 0 when there was none. */
  longestTaskMs: number;
  longTasks: number;
  simStepsPerSecond: number;
  targetFps: number;
  met: boolean;
}

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `vite preview` run by node directly (not via npx), so killing it stops the server itself. */
function startPreview(): ChildProcess {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return spawn(
    process.execPath,
    [vite, 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

/**
 * The in-page measurement, as source text: tsx would wrap a function passed to `evaluate` with
 * helpers that do not exist in the page.
 */
function inPageMeasure(ms: number): string {
  return `(async () => {
    let frames = 0, longest = 0, count = 0;
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { longest = Math.max(longest, e.duration); count++; }
    });
    obs.observe({ type: 'longtask', buffered: false });
    const step0 = window.__town.step();
    const start = performance.now();
    await new Promise((resolve) => {
      const tick = () => {
        frames++;
        if (performance.now() - start < ${ms}) requestAnimationFrame(tick); else resolve();
      };
      requestAnimationFrame(tick);
    });
    const elapsed = performance.now() - start;
    obs.disconnect();
    return { fps: (frames * 1000) / elapsed, longest, count,
      steps: ((window.__town.step() - step0) * 1000) / elapsed };
  })()`;
}

async function measure(browser: Browser, setup: Setup, agents: number): Promise<BrowserResult> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const params = [agents === 25 ? '' : `agents=${agents}`, setup.params ?? ''].filter(Boolean);
  const query = params.length ? `?${params.join('&')}` : '';
  await page.goto(`${BASE_URL}${query}`);
  await page.waitForFunction('window.__town !== undefined && window.__town.step() > 0', null, {
    timeout: 60_000,
  });
  await page.getByTestId('speed-max').click();
  await page.waitForTimeout(WARMUP_MS);
  const renderer = (await page.evaluate('window.__town.renderer()')) as string;
  const r = (await page.evaluate(inPageMeasure(MEASURE_MS))) as {
    fps: number;
    longest: number;
    count: number;
    steps: number;
  };
  await page.close();
  const targetFps = TARGET_FPS[agents] ?? 30;
  return {
    setup: setup.name,
    agents,
    renderer,
    fps: Math.round(r.fps * 10) / 10,
    longestTaskMs: Math.round(r.longest),
    longTasks: r.count,
    simStepsPerSecond: Math.round(r.steps),
    targetFps,
    met: r.fps >= targetFps && r.longest <= TARGET_LONGEST_TASK_MS,
  };
}

/** `--name 1,2,3` from the command line, as numbers, or null. */
function listFlag(name: string): number[] | null {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) return null;
  const out = v.split(',').map(Number);
  if (out.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--${name}: whole numbers`);
  return out;
}

function sizes(): number[] {
  return listFlag('agents') ?? [25, 200, 1000];
}

function chosenSetups(): Setup[] {
  const picked = listFlag('setups');
  return picked ? picked.map((i) => SETUPS[i]).filter((s): s is Setup => !!s) : SETUPS;
}

async function main(): Promise<void> {
  const server = startPreview();
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) =>
      reject(new Error(`vite preview exited (${code}); port ${PORT} busy?`)),
    ),
  );
  exited.catch(() => {}); // the server also exits when we stop it at the end
  const results: BrowserResult[] = [];
  try {
    await Promise.race([waitForServer(BASE_URL), exited]);
    for (const setup of chosenSetups()) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: setup.args,
      });
      try {
        for (const agents of sizes()) {
          console.log(`Measuring ${agents} agents, ${setup.name} …`);
          results.push(await measure(browser, setup, agents));
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.kill();
  }
  console.table(
    results.map((r) => ({
      setup: r.setup,
      agents: r.agents,
      renderer: r.renderer,
      fps: r.fps,
      'target fps': `≥ ${r.targetFps}`,
      'longest task > 50 ms': r.longTasks ? r.longestTaskMs : 'none',
      'long tasks': r.longTasks,
      'sim steps/s': r.simStepsPerSecond,
      met: r.met,
    })),
  );
  // Other benchmarks keep their results in the same file (e.g. `autosave`): keep them.
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as object) : {};
  const out = {
    ...previous,
    what: `fps (requestAnimationFrame) and longest main-thread task over ${MEASURE_MS / 1000} s at max sim speed`,
    viewport: VIEWPORT,
    targets: { fps: TARGET_FPS, longestTaskMs: TARGET_LONGEST_TASK_MS },
    note: 'longestTaskMs comes from PerformanceObserver "longtask" entries, which only exist for tasks over 50 ms: 0 means none.',
    measuredAt: new Date().toISOString(),
    results,
  };
  writeFileSync(RESULTS, JSON.stringify(out, null, 2) + '\n');
  console.log('Written to bench/results-browser.json');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
