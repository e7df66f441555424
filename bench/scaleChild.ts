import { OfflineMind } from '../src/minds/offline';
import { defaultScenario } from '../src/scenarios/default';
import { STEPS_PER_DAY, STEPS_PER_HOUR } from '../src/sim/clock';
import { Engine } from '../src/sim/engine';
import { createWorld } from '../src/sim/world/world';
import { RESULT_PREFIX, parseChildArgs, type ChildResult } from './scaleLib';

/**
 * One size of `npm run bench:scale`, in its own Node process so that maxRSS is this run's alone:
 * the default town with N agents and the offline mind for some game days. Progress goes to
 * stderr, the result to stdout as one line after RESULT_PREFIX.
 */
async function main(): Promise<void> {
  const { agents, days, seed } = parseChildArgs(process.argv.slice(2));
  const rssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
  const startRssMB = rssMB();
  const t0 = performance.now();
  const world = createWorld(defaultScenario(), { seed, agents });
  const engine = new Engine(world, new OfflineMind());
  const setupMs = performance.now() - t0;
  if (world.agents.length !== agents)
    throw new Error(`Asked for ${agents} agents, the world has ${world.agents.length}.`);

  const steps = Math.round(days * STEPS_PER_DAY);
  const every = 2 * STEPS_PER_HOUR;
  const t1 = performance.now();
  for (let i = 1; i <= steps; i++) {
    await engine.tick();
    if (i % every === 0 && i < steps) {
      const s = ((performance.now() - t1) / 1000).toFixed(0);
      process.stderr.write(
        `  ${agents} agents: ${Math.round((100 * i) / steps)}% (${i}/${steps} steps), ${s} s, RSS peak ${Math.round(rssMB())} MB\n`,
      );
    }
  }
  const wallMs = performance.now() - t1;

  const result: ChildResult = {
    agents,
    steps,
    stepsPerDay: STEPS_PER_DAY,
    setupMs,
    wallMs,
    peakRssMB: rssMB(),
    startRssMB,
    memories: world.agents.reduce((s, a) => s + a.memory.size, 0),
    conversations: world.stats.conversations,
    mindCalls: { ...world.stats.mindCalls },
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
