import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { STEPS_PER_HOUR } from '../sim/clock';
import { worldHash } from '../sim/snapshot';
import type { TownFile } from './format';
import { Replayer } from './replay';
import { TownRecorder } from './recorder';
import { townFileFromEngine } from './town';
import { Engine } from '../sim/engine';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { liveOverlap } from './runtime';
import { FakeLlmMind, recordSmallTown } from './testing/liveTown';
import { decodeTownFile, encodeTownFile } from './townFile';

function roundTrip(file: TownFile): TownFile {
  const decoded = decodeTownFile(encodeTownFile(file));
  if (!decoded.ok) throw decoded.error;
  return decoded.file;
}

/** Replay options: offline-answered ops are recomputed by the offline mind. */
const replayOpts = () => ({ offlineMind: new OfflineMind() });

describe('replay', () => {
  it('replays an offline run from the file to the live world hash', async () => {
    const live = await recordSmallTown();
    const replay = await Replayer.open(roundTrip(live.file), replayOpts());
    const result = await replay.verify();
    expect(result.matches).toBe(true);
    expect(result.actual).toBe(worldHash(live.engine.world));
  });

  it('replays an LLM run from recorded answers only, batches included', async () => {
    const live = await recordSmallTown({
      mind: new FakeLlmMind(),
      mindInfo: { kind: 'llm', model: 'fake' },
    });
    const file = roundTrip(live.file);
    expect(Object.keys(file.tape.answers).length).toBeGreaterThan(40);
    const replay = await Replayer.open(file, replayOpts());
    expect((await replay.verify()).actual).toBe(worldHash(live.engine.world));

    // Recomputing those answers offline would not give the same town: the recording matters.
    const offline = await Replayer.open(
      {
        ...file,
        mind: { kind: 'offline' },
        tape: { ...file.tape, answers: {}, offlineOps: undefined },
      },
      replayOpts(),
    );
    expect((await offline.verify()).matches).toBe(false);

    // Without batch numbers, the two interviews flushed and ticked at one step would interleave.
    const unbatched = {
      ...file,
      tape: {
        ...file.tape,
        entries: file.tape.entries.map(({ step, command }) => ({ step, command })),
      },
    };
    const wrong = await Replayer.open(unbatched, replayOpts()).catch(() => null);
    const outcome = wrong ? await wrong.verify().catch(() => null) : null;
    expect(outcome?.matches ?? false).toBe(false);
  });

  it('replays a run whose answers overlapped steps: late answers return at the recorded steps', async () => {
    const live = await recordSmallTown({
      mind: new FakeLlmMind(),
      mindInfo: { kind: 'llm', model: 'fake' },
      overlap: { ...liveOverlap(0), maxLagSteps: 4 },
    });
    const file = roundTrip(live.file);
    expect(file.tape.delivered?.length ?? 0).toBeGreaterThan(5);
    const replay = await Replayer.open(file, replayOpts());
    expect((await replay.verify()).actual).toBe(worldHash(live.engine.world));
    // Scrubbing back restores a snapshot taken where no cognition waited, and plays on the same.
    await replay.seek(replay.firstStep + 200);
    await replay.seek(replay.lastStep);
    expect(worldHash(replay.world)).toBe(worldHash(live.engine.world));

    // Handing the late answers back within their steps instead gives another town.
    const lockstep = await Replayer.open(
      { ...file, tape: { ...file.tape, delivered: undefined } },
      replayOpts(),
    );
    const outcome = await lockstep.verify().catch(() => null);
    expect(outcome?.matches ?? false).toBe(false);
  });

  it('replays a past edited by the user: forgotten and rewritten memories', async () => {
    const scenario = smallScenario();
    const engine = new Engine(createWorld(scenario, { seed: 6 }), new OfflineMind());
    const recorder = new TownRecorder(engine);
    for (let i = 0; i < 300; i++) await engine.tick();
    const ada = engine.world.agent('ada')!;
    const [first, second] = [ada.memory.nodes[0]!, ada.memory.nodes[1]!];
    await engine.execute({ type: 'forgetMemory', agentId: 'ada', memoryId: first.id });
    await engine.execute({
      type: 'rewriteMemory',
      agentId: 'ada',
      memoryId: second.id,
      text: 'A letter from an old friend arrived this morning.',
    });
    for (let i = 0; i < 300; i++) await engine.tick();
    const file = roundTrip(
      townFileFromEngine(engine, recorder, {
        name: 'edited',
        savedAt: '2025-01-02T03:04:05.000Z',
        scenario,
        mind: { kind: 'offline' },
      }),
    );
    expect(file.tape.entries.map((e) => e.command.type)).toEqual(['forgetMemory', 'rewriteMemory']);
    const replay = await Replayer.open(file, replayOpts());
    expect((await replay.verify()).actual).toBe(worldHash(engine.world));
  });

  it('stops with a clear message when a recorded answer is missing', async () => {
    const live = await recordSmallTown({
      mind: new FakeLlmMind(),
      mindInfo: { kind: 'llm' },
      scale: 0.5,
    });
    const file = roundTrip(live.file);
    const ops = Object.keys(file.tape.answers);
    const victim = ops[Math.floor(ops.length / 2)];
    const answers = { ...file.tape.answers };
    delete answers[victim];
    const replay = await Replayer.open({ ...file, tape: { ...file.tape, answers } }, replayOpts());
    await expect(replay.seek(replay.lastStep)).rejects.toThrow(
      new RegExp(
        `The replay stops at day 1 \\d\\d:\\d\\d: The recorded answer for mind call ${victim} \\(`,
      ),
    );
    expect(replay.stoppedEarly).toMatch(/missing from the file/);
    // It is left at the last good step, still usable.
    expect(replay.currentStep).toBe(replay.lastStep);
    await replay.seek(replay.firstStep);
    expect(replay.currentStep).toBe(replay.firstStep);
  });

  it('gives the same hash at a step whether reached forwards or backwards', async () => {
    const live = await recordSmallTown({ scale: 2 });
    const replay = await Replayer.open(roundTrip(live.file), {
      ...replayOpts(),
      snapshotEverySteps: STEPS_PER_HOUR / 4,
      maxSnapshots: 4,
    });
    const mid = replay.firstStep + 400;
    const late = replay.firstStep + 1100;
    await replay.seek(mid);
    const midHash = worldHash(replay.world);
    const progress: number[] = [];
    await replay.seek(late, (done) => progress.push(done));
    const lateHash = worldHash(replay.world);
    expect(progress.at(-1)).toBe(700);
    await replay.seek(mid); // backwards: from a snapshot
    expect(worldHash(replay.world)).toBe(midHash);
    await replay.seek(late);
    expect(worldHash(replay.world)).toBe(lateHash);
    await replay.seek(replay.firstStep);
    expect(await replay.step()).toBe(true);
    expect(replay.currentStep).toBe(replay.firstStep + 1);
    // Scrubbing: later seeks retarget the running one; everyone ends at the last goal.
    const first = replay.seek(late - 300);
    const second = replay.seek(replay.firstStep + 50);
    const third = replay.seek(late);
    await Promise.all([first, second, third]);
    expect(replay.currentStep).toBe(late);
    expect(worldHash(replay.world)).toBe(lateHash);
    expect((await replay.verify()).matches).toBe(true);
    expect(await replay.step()).toBe(false);
  });

  it('refuses a file without a starting world', async () => {
    const live = await recordSmallTown({ scale: 0.2 });
    const withoutStart: TownFile = { ...live.file };
    delete withoutStart.initial;
    await expect(Replayer.open(withoutStart, replayOpts())).rejects.toThrow(/cannot be replayed/);
  });
});
