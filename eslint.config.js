import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const SIM_FORBIDDEN_IMPORTS = ['phaser', 'react', 'react-dom', 'zustand', 'idb', 'openai'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'self'];

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
  {
    // The simulation is pure and deterministic: no rendering, storage, network, clock or timers.
    // The evaluation measures it the same way in Node and in the worker, so it is held to the same.
    files: ['src/sim/**/*.ts', 'src/eval/**/*.ts'],
    ignores: ['src/sim/**/*.test.ts', 'src/eval/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: SIM_FORBIDDEN_IMPORTS.map((name) => ({
            name,
            message: 'src/sim and src/eval must stay pure.',
          })),
          patterns: SIM_FORBIDDEN_IMPORTS.map((p) => `${p}/*`),
        },
      ],
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
        ].map((name) => ({ name, message: 'src/sim and src/eval must stay pure.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in sim/rng.ts.' },
        { object: 'Date', property: 'now', message: 'Use the step clock in sim/clock.ts.' },
      ],
    },
  },
);
