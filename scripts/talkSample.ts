/**
 * Prints a few conversations from a headless offline run, for eyeballing the offline mind's talk:
 * `npx tsx scripts/talkSample.ts [--town default] [--days 1] [--seed 1] [--count 6]`.
 */
import { parseArgs } from 'node:util';
import { runHeadless } from '../src/cli/run';
import { TownRuntime } from '../src/persist/runtime';
import { loadScenario } from '../src/cli/scenarioArgs';
import { OfflineMind } from '../src/minds/offline';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      town: { type: 'string' },
      days: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      count: { type: 'string', default: '6' },
      all: { type: 'boolean', default: false },
    },
  });
  const scenario = loadScenario({ town: values.town });
  const town = TownRuntime.open(
    { kind: 'new', scenario, seed: Number(values.seed) },
    new OfflineMind(),
  );
  await runHeadless(town, { days: Number(values.days) });
  const world = town.world;
  const convs = world.conversations.filter((c) => c.lines.length);
  if (values.all) {
    // every line, one per row (for counting repeats)
    for (const c of convs) for (const l of c.lines) console.log(l.text);
    return;
  }
  const n = Number(values.count);
  const step = Math.max(1, Math.floor(convs.length / n));
  for (let i = 0; i < convs.length && i / step < n; i += step) {
    const c = convs[i];
    console.log(`— ${c.place} (step ${c.startStep})`);
    for (const l of c.lines) console.log(`  ${world.agent(l.speakerId)?.name}: ${l.text}`);
  }
}

void main();
