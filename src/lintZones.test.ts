import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer map in eslint.config.js, proved: each snippet is linted alone as if it were a file in
 * the zone, and must be reported (denied) or not (allowed) by `no-restricted-imports`.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  const fatal = result.messages.filter((m) => m.fatal || m.ruleId === null);
  if (fatal.length) throw new Error(`${file}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages;
}

const restricted = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);

interface Zone {
  /** The zone whose message a denied relative import must name. */
  zone: string;
  /** Where the snippet is placed (virtually), from the repo root. */
  file: string;
  denied: string[];
  allowed: string[];
}

const ZONES: Zone[] = [
  {
    zone: 'src/sim',
    file: 'src/sim/world/__zone__.ts',
    denied: [
      "import { OfflineMind } from '../../minds/offline';",
      "import { LlmMind } from '../../minds/llm';",
      "import type { TownFile } from '../../persist/format';",
      "import { TOWNS } from '../../scenarios';",
      "import type { WorkerMessage } from '../../protocol';",
      "import { evaluate } from '../../eval/evaluate';",
      "import { useStore } from '../../store/store';",
      "export { llmProxyMiddleware } from '../../server/llmProxy';",
      // The purity packages, in the same rule config as the zone.
      "import Phaser from 'phaser';",
      "import { createStore } from 'zustand/vanilla';",
    ],
    allowed: [
      "import { Engine } from '../engine';",
      "import { Rng } from '../rng';",
      "import { z } from 'zod';",
    ],
  },
  {
    zone: 'src/sim',
    file: 'src/sim/__zone__.test.ts',
    denied: [
      "import { LlmMind } from '../minds/llm';",
      "import { SaveStore } from '../persist';",
      "import { host } from '../worker/host';",
    ],
    allowed: [
      "import { OfflineMind } from '../minds/offline';",
      "import { embed } from '../minds/offline/embed';",
      "import { TOWNS } from '../scenarios';",
      "import { smallTown } from './testing/smallTown';",
    ],
  },
  {
    zone: 'src/minds/offline',
    file: 'src/minds/offline/dialogue/__zone__.ts',
    denied: [
      "import { SaveStore } from '../../../persist';",
      "import type { MindSetting } from '../../../protocol';",
      "import { host } from '../../../worker/host';",
      "import { useStore } from '../../../store/store';",
      "import { run } from '../../../cli/run';",
      "import { LlmMind } from '../../llm';",
      "import { DEFAULT_PRICES } from '../../llm/prices';",
      "import OpenAI from 'openai';",
    ],
    allowed: [
      "import { Rng } from '../../../sim/rng';",
      "import { OfflineMind } from '..';",
      "import { embed } from '../embed';",
      // Minds may use the evaluation's pure language helpers.
      "import { sentences } from '../../../eval/language';",
    ],
  },
  {
    zone: 'src/minds/llm',
    file: 'src/minds/llm/__zone__.ts',
    denied: [
      "import type { MindSetting } from '../../protocol';",
      "import { useStore } from '../../store/store';",
      "import { SaveStore } from '../../persist/saveStore';",
      "import { host } from '../../worker/host';",
    ],
    allowed: [
      "import OpenAI from 'openai';",
      "import { OfflineMind } from '../offline';",
      "import type { Mind } from '../../sim/mind';",
    ],
  },
  {
    zone: 'src/persist',
    file: 'src/persist/__zone__.ts',
    denied: [
      "import { OfflineMind } from '../minds/offline';",
      "import type { LlmConfig } from '../minds/llm/config';",
      "import type { SaveView } from '../protocol';",
      "import { host } from '../worker/host';",
      "import { run } from '../cli/run';",
    ],
    allowed: [
      "import { Engine } from '../sim/engine';",
      "import { openDB } from 'idb';",
      "import { TapeMind } from './tape';",
    ],
  },
  {
    zone: 'src/persist',
    file: 'src/persist/testing/__zone__.ts',
    denied: [
      "import { host } from '../../worker/host';",
      "import { LlmMind } from '../../minds/llm';",
    ],
    allowed: [
      "import { OfflineMind } from '../../minds/offline';",
      "import { TOWNS } from '../../scenarios';",
    ],
  },
  {
    zone: 'src/persist',
    file: 'src/persist/__zone__.test.ts',
    denied: [
      "import { LlmMind } from '../minds/llm';",
      "import type { SaveView } from '../protocol';",
    ],
    allowed: ["import { OfflineMind } from '../minds/offline';"],
  },
  {
    zone: 'src/worker',
    file: 'src/worker/__zone__.ts',
    denied: [
      "import { useStore } from '../store/store';",
      "import { App } from '../ui/App';",
      "import { createGame } from '../game/createGame';",
      "import { run } from '../cli/run';",
    ],
    allowed: [
      "import { SaveStore } from '../persist';",
      "import { OfflineMind } from '../minds/offline';",
      "import { LlmMind } from '../minds/llm';",
      "import type { WorkerMessage } from '../protocol';",
      "import { evaluate } from '../eval/evaluate';",
      "import { TOWNS } from '../scenarios';",
    ],
  },
  {
    zone: 'src/protocol',
    file: 'src/protocol/__zone__.ts',
    denied: [
      "import { host } from '../worker/host';",
      "import { useStore } from '../store/store';",
      "import { SaveStore } from '../persist/saveStore';",
      "import { restoreWorld } from '../sim/snapshot';",
      "import { CATEGORIES } from '../eval/types';",
      "import { LlmMind } from '../minds/llm';",
      "import type { OfflineMind } from '../minds/offline';",
    ],
    allowed: [
      "import type { SaveMeta } from '../persist/saveStore';",
      "import type { MemoryType } from '../sim/memory/node';",
      "export type { EvalReport } from '../eval/types';",
      "import type { LlmConfig } from '../minds/llm';",
      "import { DEFAULT_LLM_SETTINGS } from '../minds/llm/config';",
      "import { DEFAULT_PRICES } from '../minds/llm/prices';",
      "import { formatClock } from '../sim/clock';",
      // Its own file named like a folder of src/.
      "export * from './eval';",
    ],
  },
  {
    zone: 'src/store',
    file: 'src/store/__zone__.ts',
    denied: [
      "import type { SaveSummary } from '../persist/town';",
      "import { host } from '../worker/host';",
      "import type { LlmConfig } from '../minds/llm/config';",
      "import { evaluate } from '../eval/evaluate';",
      "import { Rng } from '../sim/rng';",
      "import { App } from '../ui/App';",
      "import type { TownScene } from '../game/TownScene';",
    ],
    allowed: [
      "import { SimClient } from '../protocol/client';",
      "import type { SaveSummary } from '../protocol';",
      "import type { PlaceRef } from '../sim/agent/persona';",
      "import type { EvalReport } from '../eval/types';",
      "import type { CustomQuestion } from '../eval/battery';",
    ],
  },
  {
    zone: 'src/ui',
    file: 'src/ui/settings/__zone__.tsx',
    denied: [
      "import { DEFAULT_PRICES } from '../../minds/llm/prices';",
      "import type { LlmConfig } from '../../minds/llm';",
      "import { host } from '../../worker/host';",
      "import { SaveStore } from '../../persist';",
      "import { main } from '../../cli/main';",
      "import { CustomQuestionSchema } from '../../eval/battery';",
      "export { evaluate } from '../../eval/evaluate';",
      "import { Rng } from '../../sim/rng';",
    ],
    allowed: [
      "import { DEFAULT_PRICES } from '../../protocol';",
      "import type { MemoryType } from '../../sim/memory/node';",
      "import { formatClock } from '../../sim/clock';",
      "import { CATEGORIES } from '../../eval/types';",
      "import { renderReportHtml } from '../../eval/reportHtml';",
      "import { createGame } from '../../game/createGame';",
      "import { useStore } from '../../store/store';",
    ],
  },
  {
    zone: 'src/game',
    file: 'src/game/__zone__.ts',
    denied: [
      "import { host } from '../worker/host';",
      "import { OfflineMind } from '../minds/offline';",
      "import { Rng } from '../sim/rng';",
    ],
    allowed: [
      "import Phaser from 'phaser';",
      "import type { Facing } from '../sim/agent/agent';",
      "import type { AgentFrame } from '../protocol';",
      "import type { Store } from '../store/store';",
    ],
  },
  {
    zone: 'src/main.tsx',
    file: 'src/main.tsx',
    denied: ["import { host } from './worker/host';", "import { SaveStore } from './persist';"],
    allowed: [
      "import { App } from './ui/App';",
      "import { SimClient } from './protocol/client';",
      "import { createStore } from './store/store';",
    ],
  },
  {
    zone: 'src/eval',
    file: 'src/eval/__zone__.ts',
    denied: [
      "import { SaveStore } from '../persist';",
      "import type { EvalRun } from '../protocol';",
      "import { EvalHost } from '../worker/evalHost';",
      "import React from 'react';",
    ],
    allowed: ["import { Engine } from '../sim/engine';", "import { CATEGORIES } from './types';"],
  },
  {
    zone: 'src/eval',
    file: 'src/eval/__zone__.test.ts',
    denied: ["import { SaveStore } from '../persist';"],
    allowed: ["import { OfflineMind } from '../minds/offline';"],
  },
  {
    zone: 'src/cli',
    file: 'src/cli/__zone__.ts',
    denied: [
      "import { host } from '../worker/host';",
      "import { useStore } from '../store/store';",
      "import { App } from '../ui/App';",
      "import { createGame } from '../game/createGame';",
    ],
    allowed: [
      "import { Replayer } from '../persist';",
      "import { OfflineMind } from '../minds/offline';",
      "import { LlmMind } from '../minds/llm';",
      "import { TOWNS } from '../scenarios';",
      "import { evaluate } from '../eval/evaluate';",
    ],
  },
  {
    zone: 'src/scenarios',
    file: 'src/scenarios/default/__zone__.ts',
    denied: [
      "import { OfflineMind } from '../../minds/offline';",
      "import { SaveStore } from '../../persist';",
    ],
    allowed: ["import type { Scenario } from '../../sim/scenario';", "import { TOWNS } from '..';"],
  },
  {
    zone: 'src/server',
    file: 'src/server/__zone__.ts',
    denied: [
      "import { DEFAULT_PRICES } from '../minds/llm/prices';",
      "import { Rng } from '../sim/rng';",
    ],
    allowed: ["import { createServer } from 'node:http';"],
  },
];

describe('eslint layer zones', () => {
  for (const { zone, file, denied, allowed } of ZONES) {
    describe(file, () => {
      it.each(denied)('denies %s', async (code) => {
        const found = restricted(await lint(file, code));
        expect(found).toHaveLength(1);
        const relative = /from '\./.test(code);
        // A relative import is reported by its zone; a package by the purity rule.
        expect(found[0]).toContain(relative ? `${zone} ` : 'must stay pure');
      });
      it.each(allowed)('allows %s', async (code) => {
        expect(restricted(await lint(file, code))).toEqual([]);
      });
    });
  }
});

const rulesOf = (messages: Linter.LintMessage[]) => [...new Set(messages.map((m) => m.ruleId))];

describe('purity of the engine, the offline mind and the evaluation', () => {
  const impure: [string, string, string][] = [
    [
      'src/minds/offline/__zone__.ts',
      'export const r = Math.random();',
      'no-restricted-properties',
    ],
    ['src/minds/offline/__zone__.ts', 'setTimeout(() => {}, 0);', 'no-restricted-globals'],
    ['src/minds/offline/__zone__.ts', 'export const t = Date.now();', 'no-restricted-properties'],
    [
      'src/minds/offline/__zone__.ts',
      'export const t = performance.now();',
      'no-restricted-globals',
    ],
    [
      'src/minds/offline/plans/__zone__.ts',
      'export const w = window.innerWidth;',
      'no-restricted-globals',
    ],
    ['src/sim/__zone__.ts', 'export const r = Math.random();', 'no-restricted-properties'],
    ['src/sim/testing/__zone__.ts', 'export const r = Math.random();', 'no-restricted-properties'],
    ['src/eval/__zone__.ts', 'export const t = new Date();', 'no-restricted-globals'],
  ];
  it.each(impure)('%s: %s is reported', async (file, code, rule) => {
    expect(rulesOf(await lint(file, code))).toContain(rule);
  });

  // Tests and the other folders are not held to it.
  const free: [string, string][] = [
    ['src/minds/offline/__zone__.test.ts', 'export const r = Math.random();'],
    ['src/minds/llm/__zone__.ts', 'setTimeout(() => {}, 0);'],
    ['src/persist/__zone__.ts', 'export const t = Date.now();'],
  ];
  it.each(free)('%s: %s is not', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
