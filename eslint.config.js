import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ─── Purity: the engine, the offline mind and the evaluation ─────────────────────────────────────

const PURE_ZONES = ['src/sim', 'src/minds/offline', 'src/eval'];
const PURE_MESSAGE =
  'src/sim, src/minds/offline and src/eval must stay pure and deterministic (no rendering, storage, network, clock or timers).';
const PURE_FORBIDDEN_PACKAGES = ['phaser', 'react', 'react-dom', 'zustand', 'idb', 'openai'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'self'];

// ─── The layer map: which folder of src/ may import which ────────────────────────────────────────
//
// Imports are relative (no path aliases), so a folder is matched by name after climbing out of
// the importing folder (`../**/worker` matches '../worker/host' and '../../worker', not a file's
// own './eval'). A denied import is a folder name or `{ folder, glob?, except?, typesOnly? }`:
// `except` lists files or subfolders that stay allowed, `typesOnly` allows `import type`.
// Tests and their helpers (testing/, fixtures/) compose things, so they may also import the
// offline mind and the bundled towns; everything else still holds. Dynamic `import()` is not
// checked. src/lintZones.test.ts proves each zone both ways.

const TS = '**/*.{ts,tsx}';
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const HELPERS = ['**/testing', '**/fixtures'];
const ALL = ['sim', 'minds', 'persist', 'worker', 'protocol', 'store', 'ui', 'game', 'eval', 'cli'];

const PAGE_INSTEAD =
  'The page (main.tsx, store, ui, game) reaches the worker only through src/protocol (the contract and SimClient).';
const PAGE_DENY = [
  'worker',
  'minds',
  'persist',
  'cli',
  'scenarios',
  'server',
  // The page renders the report the CLI writes, so it may use the report's types and renderers.
  {
    folder: 'eval',
    except: [
      'types',
      'battery',
      'reportFormat',
      'reportHtml',
      'answersCsv',
      // The page builds an experiment's report from its workers' results, as the CLI does.
      'experimentReport',
    ],
  },
  { folder: 'eval/battery', typesOnly: true },
  // Game time is computed and written one way everywhere (steps, "07:05").
  { folder: 'sim', typesOnly: true, except: ['clock'] },
];
const MIND_INSTEAD =
  'A mind answers the engine’s questions (sim/mind.ts); src/worker and src/cli wire it up, and the page sees its settings through src/protocol.';
const MIND_DENY = ['worker', 'store', 'ui', 'game', 'persist', 'protocol', 'cli', 'server'];

const ZONES = [
  {
    zone: 'src/sim',
    deny: ALL.filter((f) => f !== 'sim').concat('scenarios', 'server'),
    instead:
      'The engine knows only itself: minds and towns come in through sim/mind.ts and sim/scenario.ts, composed by src/worker or src/cli.',
  },
  {
    zone: 'src/minds/offline',
    // The offline mind is deterministic and pure, so the LLM mind is off limits too ('../llm').
    deny: [...MIND_DENY, { folder: 'minds/llm', glob: '../**/llm' }],
    instead: MIND_INSTEAD,
  },
  { zone: 'src/minds/llm', deny: MIND_DENY, instead: MIND_INSTEAD },
  {
    zone: 'src/persist',
    deny: ['minds', 'worker', 'protocol', 'store', 'ui', 'game', 'cli', 'server'],
    instead:
      'persist takes what it needs as arguments (the offline mind: TapeMind, ReplayOptions.offlineMind); src/worker and src/cli compose it.',
  },
  {
    zone: 'src/worker',
    deny: ['store', 'ui', 'game', 'cli', 'server'],
    instead: 'The worker talks to the page only through the messages in src/protocol.',
  },
  {
    zone: 'src/protocol',
    deny: [
      'worker',
      'store',
      'ui',
      'game',
      'cli',
      // The scenario editor's model types are the editor's messages.
      { folder: 'scenarios', typesOnly: true },
      'server',
      'minds/offline',
      { folder: 'persist', typesOnly: true },
      { folder: 'eval', typesOnly: true },
      // Its text helpers are sim's (game time, error text), re-exported for the page.
      { folder: 'sim', typesOnly: true, except: ['clock', 'text'] },
      // It re-exports the LLM settings' defaults and the price table for the page.
      { folder: 'minds/llm', typesOnly: true, except: ['config', 'prices'] },
    ],
    instead:
      'src/protocol is the page↔worker contract: types from either side, plus the few pure values it re-exports (LLM defaults, prices, the clock).',
  },
  { zone: 'src/store', deny: [...PAGE_DENY, 'ui', 'game'], instead: PAGE_INSTEAD },
  { zone: 'src/ui', deny: PAGE_DENY, instead: PAGE_INSTEAD },
  { zone: 'src/game', deny: PAGE_DENY, instead: PAGE_INSTEAD },
  { zone: 'src/main.tsx', deny: PAGE_DENY, instead: PAGE_INSTEAD },
  {
    zone: 'src/eval',
    deny: ['worker', 'protocol', 'store', 'ui', 'game', 'persist', 'cli', 'server'],
    instead:
      'The evaluation measures a world the same way in Node and in the worker; src/worker/evalHost.ts and src/cli call it.',
  },
  {
    zone: 'src/cli',
    deny: ['ui', 'game', 'store', 'worker'],
    instead:
      'The CLI runs headless in Node: it composes sim, minds, persist and eval itself, never the page or the Web Worker.',
  },
  {
    zone: 'src/scenarios',
    deny: ALL.filter((f) => f !== 'sim').concat('server'),
    instead: 'The bundled towns are data for the engine (sim/scenario.ts) and import only sim.',
  },
  {
    zone: 'src/server',
    deny: ALL.concat('scenarios'),
    instead: 'The dev LLM proxy runs in the Vite server (vite.config.ts) and stands alone.',
  },
];

/**
 * `no-restricted-imports` pattern groups for one denied folder. `up` is how an import leaves the
 * zone: '..' from a folder of src/, '.' from a file at its root (main.tsx).
 */
function restriction(zone, denied, instead, up) {
  const d = typeof denied === 'string' ? { folder: denied } : denied;
  const allowed = d.except?.map((e) => `${d.folder}/${e}`).join(', ');
  const what = d.typesOnly
    ? `may import only types (\`import type\`) from src/${d.folder}${allowed ? `, values only from ${allowed}` : ''}`
    : `may not import src/${d.folder}${allowed ? ` other than ${allowed}` : ''}`;
  const base = { message: `${zone} ${what}. ${instead}` };
  if (d.typesOnly) base.allowTypeImports = true;
  const dir = `${up}/**/${d.folder}`;
  if (!d.except) return [{ ...base, group: [d.glob ?? dir] }];
  // `../**/x` would exclude the whole folder, and gitignore-style groups cannot re-include a file
  // of an excluded folder: match the folder's index by regex and its files by `../**/x/**`.
  return [
    { ...base, regex: `^${up === '.' ? '\\./' : '(\\.\\./)+'}${d.folder}$` },
    {
      ...base,
      group: [`${dir}/**`, ...d.except.flatMap((e) => [`!${dir}/${e}`, `!${dir}/${e}/**`])],
    },
  ];
}

/** What tests and test helpers may import besides the zone's own allowance. */
function relaxForTests(deny) {
  return deny
    .filter((d) => d !== 'scenarios' && d !== 'minds/offline')
    .map((d) => (d === 'minds' ? { folder: 'minds', except: ['offline'] } : d));
}

function importRule(zone, deny, instead, pure) {
  const up = zone.endsWith('.tsx') ? '.' : '..';
  const patterns = deny.flatMap((d) => restriction(zone, d, instead, up));
  if (!pure) return { 'no-restricted-imports': ['error', { patterns }] };
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: PURE_FORBIDDEN_PACKAGES.map((name) => ({ name, message: PURE_MESSAGE })),
        patterns: [
          { group: PURE_FORBIDDEN_PACKAGES.map((p) => `${p}/*`), message: PURE_MESSAGE },
          ...patterns,
        ],
      },
    ],
  };
}

/**
 * One config object per zone and kind of file (code, test helpers, tests), with disjoint files:
 * flat config lets a later `no-restricted-imports` replace an earlier one, so each file must get
 * exactly one, with the purity imports merged in where they apply.
 */
function zoneConfigs({ zone, deny, instead }) {
  const pure = PURE_ZONES.includes(zone);
  const single = zone.endsWith('.tsx');
  const files = single ? [zone] : [`${zone}/${TS}`];
  const code = {
    files,
    ignores: single ? [] : [...TESTS, ...HELPERS.map((h) => `${h}/**`)],
    rules: importRule(zone, deny, instead, pure),
  };
  if (single) return [code];
  return [
    code,
    {
      files: HELPERS.map((h) => `${zone}/${h}/${TS}`),
      ignores: TESTS,
      rules: importRule(zone, relaxForTests(deny), instead, pure),
    },
    {
      files: TESTS.map((t) => `${zone}/${t}`),
      rules: importRule(zone, relaxForTests(deny), instead, false),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'runs',
      'scratch',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...ZONES.flatMap(zoneConfigs),
  {
    // The simulation is pure and deterministic: no rendering, storage, network, clock or timers.
    // The offline mind answers it and the evaluation measures it, so they are held to the same.
    // (Their forbidden packages are part of each zone's `no-restricted-imports` above.)
    files: PURE_ZONES.map((z) => `${z}/${TS}`),
    ignores: TESTS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          ...DOM_GLOBALS,
          'fetch',
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'clearInterval',
          'requestAnimationFrame',
          'queueMicrotask',
          'Date',
          'performance',
        ].map((name) => ({ name, message: PURE_MESSAGE })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in sim/rng.ts.' },
        { object: 'Date', property: 'now', message: 'Use the step clock in sim/clock.ts.' },
      ],
    },
  },
);
