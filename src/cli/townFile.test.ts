import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Replayer } from '../persist/replay';
import { openTown } from '../persist/town';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { runHeadless } from './run';
import { cliTownFile, readTownFile, writeTownFile } from './townFile';

describe('CLI town files', () => {
  it('exports a run, resumes it and exports the continued town', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'town-'));
    const scenario = smallScenario();
    const world = createWorld(scenario, { seed: 2 });
    const initial = world.getState();
    const first = await runHeadless({
      scenario,
      mind: new OfflineMind(),
      seed: 2,
      days: 0.05,
      world,
    });
    const firstPath = join(dir, 'a.town');
    writeTownFile(
      firstPath,
      cliTownFile({
        engine: first.engine,
        scenario,
        initial,
        startNextId: 1,
        name: 'CLI town',
        savedAt: '2025-01-01T00:00:00Z',
      }),
    );

    const { file: saved } = readTownFile(firstPath);
    const resumed = openTown(saved);
    expect(resumed.world.step).toBe(first.engine.world.step);
    const startNextId = resumed.world.nextId;
    const second = await runHeadless({
      scenario: resumed.scenario,
      mind: new OfflineMind(),
      seed: saved.tape.seed,
      days: 0.05,
      world: resumed.world,
    });
    const file = cliTownFile({
      engine: second.engine,
      scenario: resumed.scenario,
      prior: saved,
      initial: saved.initial,
      startNextId,
      name: saved.name,
      savedAt: '2025-01-02T00:00:00Z',
    });
    expect(file.initial).toEqual(initial);
    expect(file.tape.offlineOps).toEqual([
      [1, startNextId],
      [startNextId, second.engine.world.nextId],
    ]);
    const path = join(dir, 'nested', 'b.town');
    expect(writeTownFile(path, file)).toBeGreaterThan(1000);
    const reread = readTownFile(path).file;
    expect(reread.world.step).toBe(first.engine.world.step + 432);
    // The whole history replays with no recorded answers (every op was the offline mind's).
    const replay = await Replayer.open(reread);
    await replay.seek(replay.lastStep);
    expect(replay.stoppedEarly).toBeNull();
  });

  it('reports unreadable and invalid files clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'town-'));
    expect(() => readTownFile(join(dir, 'missing.town'))).toThrow(
      /^Could not read town file ".*missing\.town": ENOENT/,
    );
    const bad = join(dir, 'bad.town');
    writeFileSync(bad, 'hello');
    expect(() => readTownFile(bad)).toThrow(
      /^Could not open town file ".*bad\.town": Not a Generative Town file/,
    );
  });
});
