import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../scripts/llm-test-server';
import { mindFor, startServer } from '../minds/llm/testing/harness';
import { OfflineMind } from '../minds/offline';
import { Replayer } from '../persist/replay';
import { TownRuntime } from '../persist/runtime';
import { worldHash } from '../sim/snapshot';
import { smallScenario } from '../sim/testing/smallTown';
import { runHeadless } from './run';
import { readTownFile, writeTownFile } from './townFile';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SAVED_AT = '2025-01-01T00:00:00Z';

describe('CLI town files', () => {
  it('exports a run, resumes it and exports the continued town', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'town-'));
    const first = TownRuntime.open(
      { kind: 'new', scenario: smallScenario(), seed: 2 },
      new OfflineMind(),
    );
    const initial = first.world.getState();
    await runHeadless(first, { days: 0.05 });
    const firstPath = join(dir, 'a.town');
    writeTownFile(firstPath, first.file({ name: 'CLI town', savedAt: SAVED_AT }));

    const { file: saved } = readTownFile(firstPath);
    const second = TownRuntime.open({ kind: 'file', file: saved }, new OfflineMind());
    expect(second.world.step).toBe(first.world.step);
    const startNextId = second.world.nextId;
    await runHeadless(second, { days: 0.05 });
    const file = second.file({ name: saved.name, savedAt: SAVED_AT });
    expect(file.initial).toEqual(initial);
    // Every op of both runs was the offline mind's: contiguous ranges, no recorded answers.
    const ranges = file.tape.offlineOps!;
    expect(ranges.at(-1)![1]).toBe(second.world.nextId);
    expect(ranges.some(([from, to]) => from < startNextId && to >= startNextId)).toBe(true);
    ranges.slice(1).forEach(([from], i) => expect(from).toBe(ranges[i][1]));
    expect(file.tape.answers).toEqual({});
    const path = join(dir, 'nested', 'b.town');
    expect(writeTownFile(path, file)).toBeGreaterThan(1000);
    const reread = readTownFile(path).file;
    expect(reread.world.step).toBe(first.world.step + 432);
    // The whole history replays with no recorded answers (every op was the offline mind's).
    const replay = await Replayer.open(reread, { offlineMind: new OfflineMind() });
    await replay.seek(replay.lastStep);
    expect(replay.stoppedEarly).toBeNull();
    expect(worldHash(replay.world)).toBe(worldHash(second.world));
  });

  it('exports a run on the LLM mind that replays exactly with no LLM call', async () => {
    const llm = mindFor(server);
    const town = TownRuntime.open({ kind: 'new', scenario: smallScenario(), seed: 3 }, llm);
    // Measuring interviews (diffusion) ask the LLM too, but leave nothing on the recording.
    await runHeadless(town, { days: 0.03 });
    const file = town.file({
      name: 'LLM town',
      savedAt: SAVED_AT,
      mind: { kind: 'llm', model: llm.settings.chatModel },
    });
    expect(Object.keys(file.tape.answers).length).toBeGreaterThan(5);
    const path = join(mkdtempSync(join(tmpdir(), 'town-')), 'llm.town');
    writeTownFile(path, file);
    server.control({ resetStats: true });
    const replay = await Replayer.open(readTownFile(path).file, {
      offlineMind: new OfflineMind(),
    });
    const verdict = await replay.verify();
    expect(verdict.actual).toBe(worldHash(town.world));
    expect(server.stats().requests).toBe(0);
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
