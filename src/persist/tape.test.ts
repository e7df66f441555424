import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Engine } from '../sim/engine';
import type { MindCall } from '../sim/mind';
import { worldHash } from '../sim/snapshot';
import type { TownFile } from './format';
import { Replayer } from './replay';
import { TownRecorder, assignBatches, opNumber } from './recorder';
import { MissingAnswerError, TapeMind } from './tape';
import { FakeLlmMind, recordSmallTown } from './testing/liveTown';
import { openTown, townFileFromEngine } from './town';
import { decodeTownFile, encodeTownFile } from './townFile';

function reload(file: TownFile): TownFile {
  const decoded = decodeTownFile(encodeTownFile(file));
  if (!decoded.ok) throw decoded.error;
  return decoded.file;
}

describe('TownRecorder', () => {
  it('records nothing but op ranges for the offline mind', async () => {
    const { file, engine } = await recordSmallTown({ scale: 0.5 });
    expect(file.tape.answers).toEqual({});
    expect(file.tape.offlineOps).toHaveLength(1);
    const [[from, to]] = file.tape.offlineOps!;
    expect(from).toBeLessThanOrEqual(2);
    expect(to).toBeLessThanOrEqual(engine.world.nextId);
    expect(file.tape.entries.map((e) => e.batch)).toEqual([0, 1, 2, 3, 4, 4, 4, 5]);
  });

  it('continues a saved town (reload) and the whole history still replays', async () => {
    const first = await recordSmallTown({ scale: 0.5 });
    const saved = reload(first.file);
    // "Reload the page": restore, continue recording, switch to an LLM for a while.
    const { world, scenario } = openTown(saved);
    const engine = new Engine(world, new OfflineMind());
    const recorder = new TownRecorder(engine, saved);
    expect(recorder.commandCount).toBe(saved.tape.entries.length);
    for (let i = 0; i < 100; i++) await engine.tick();
    engine.mind = new FakeLlmMind();
    engine.enqueue({ type: 'whisper', agentId: 'ada', text: 'You should call Ben.' });
    for (let i = 0; i < 150; i++) await engine.tick();
    engine.mind = new OfflineMind();
    for (let i = 0; i < 100; i++) await engine.tick();
    const file = reload(
      townFileFromEngine(engine, recorder, {
        name: 'Continued',
        savedAt: '2025-01-01T00:00:00Z',
        scenario,
        mind: { kind: 'offline' },
      }),
    );
    expect(file.initial).toEqual(saved.initial);
    expect(file.tape.offlineOps!.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(file.tape.answers).length).toBeGreaterThan(0);
    const batches = file.tape.entries.map((e) => e.batch!);
    expect([...batches].sort((a, b) => a - b)).toEqual(batches);
    const replay = await Replayer.open(file, { offlineMind: new OfflineMind() });
    const result = await replay.verify();
    expect(result.actual).toBe(worldHash(engine.world));
  });
});

describe('tape helpers', () => {
  it('groups commands without batch numbers by step', () => {
    const c = { type: 'whisper', agentId: 'a', text: 't' } as const;
    expect(
      assignBatches([
        { step: 5, command: c },
        { step: 5, command: c },
        { step: 7, command: c, batch: 4 },
        { step: 7, command: c, batch: 5 },
        { step: 9, command: c },
        { step: 9, command: c },
      ]),
    ).toEqual([0, 0, 4, 5, 6, 6]);
  });

  it('answers from the recording, the offline ranges, or says what is missing', () => {
    const offline = new OfflineMind();
    const call = (n: number): MindCall<'embed'> => ({
      id: `op${n}`,
      kind: 'embed',
      agentId: 'ada',
      req: { texts: ['coffee'] },
    });
    const mind = new TapeMind(
      {
        answers: { op5: { vectors: [[1, 2]] } },
        offlineOps: [
          [1, 4],
          [10, 20],
        ],
      },
      new OfflineMind(),
    );
    expect(mind.answer(call(5))).toEqual({ vectors: [[1, 2]] });
    expect(mind.answer(call(3))).toEqual(offline.answer(call(3)));
    expect(mind.answer(call(19))).toEqual(offline.answer(call(19)));
    expect(() => mind.answer(call(4))).toThrow(MissingAnswerError);
    expect(() => mind.answer(call(20))).toThrow(
      'The recorded answer for mind call op20 (embed by ada) is missing from the file',
    );
    // Without ranges, the file's mind decides.
    expect(
      new TapeMind({ answers: {} }, new OfflineMind(), { kind: 'offline' }).answer(call(99)),
    ).toBeTruthy();
    expect(() =>
      new TapeMind({ answers: {} }, new OfflineMind(), { kind: 'llm' }).answer(call(99)),
    ).toThrow(MissingAnswerError);
    expect(opNumber('op42')).toBe(42);
    expect(opNumber('c42')).toBeNaN();
  });
});
