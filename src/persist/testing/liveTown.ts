import { OfflineMind } from '../../minds/offline';
import { Engine } from '../../sim/engine';
import type { Overlap } from '../../sim/overlap';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../../sim/mind';
import type { Scenario } from '../../sim/scenario';
import { smallScenario } from '../../sim/testing/smallTown';
import { createWorld } from '../../sim/world/world';
import type { MindInfo, TownFile } from '../format';
import { TownRecorder } from '../recorder';
import { townFileFromEngine } from '../town';

/**
 * Stands in for an LLM: asynchronous, and its answers differ from the offline mind's (a counter
 * decides), so a replay that recomputed them offline instead of using the recording would diverge.
 */
export class FakeLlmMind implements Mind {
  readonly name = 'fake-llm';
  private readonly inner = new OfflineMind();
  private n = 0;
  answer<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    const res = this.inner.answer(call) as QuestionRes<K>;
    const k = this.n++;
    let out: unknown = res;
    if (call.kind === 'nextUtterance') {
      const r = res as QuestionRes<'nextUtterance'>;
      out = { ...r, text: `${r.text} (#${k})` };
    } else if (call.kind === 'answerInterview') {
      const r = res as QuestionRes<'answerInterview'>;
      out = { ...r, answer: `${r.answer} [${k}]` };
    } else if (call.kind === 'rateImportance') {
      const r = res as QuestionRes<'rateImportance'>;
      out = { scores: r.scores.map((s, i) => Math.min(10, Math.max(1, s + ((k + i) % 3) - 1))) };
    }
    return new Promise((resolve) => setTimeout(() => resolve(out as QuestionRes<K>), k % 3));
  }
}

export interface LiveRun {
  scenario: Scenario;
  engine: Engine;
  recorder: TownRecorder;
  file: TownFile;
}

async function ticks(engine: Engine, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await engine.tick();
}

/**
 * A live run of the small town with whispers, announcements and interviews, applied both while
 * paused (flush) and between steps, and two interviews in one batch.
 */
export async function recordSmallTown(
  opts: { seed?: number; mind?: Mind; mindInfo?: MindInfo; scale?: number; overlap?: Overlap } = {},
): Promise<LiveRun> {
  const scenario = smallScenario();
  const world = createWorld(scenario, { seed: opts.seed ?? 4 });
  const engine = new Engine(
    world,
    opts.mind ?? new OfflineMind(),
    opts.overlap ? { overlap: opts.overlap } : {},
  );
  const recorder = new TownRecorder(engine);
  const s = opts.scale ?? 1;
  await ticks(engine, 120 * s);
  engine.enqueue({ type: 'whisper', agentId: 'ben', text: 'You want coffee at Corner Café soon.' });
  await ticks(engine, 150 * s);
  engine.enqueue({ type: 'announceEvent', text: 'A hot-air balloon lands in Green Park!' });
  await engine.flush();
  engine.enqueue({
    type: 'interview',
    agentId: 'ada',
    question: 'What are you planning?',
    remember: true,
    requestId: 'q1',
  });
  await engine.flush();
  // Another interview at the same step, applied by the next tick: a separate batch.
  engine.enqueue({
    type: 'interview',
    agentId: 'ben',
    question: 'Did you see the balloon?',
    remember: true,
    requestId: 'q1b',
  });
  await ticks(engine, 150 * s);
  // Two interviews and a whisper applied together: their mind calls interleave.
  engine.enqueue({
    type: 'interview',
    agentId: 'cleo',
    question: 'Have you heard about a tasting evening?',
    remember: true,
    requestId: 'q2',
  });
  engine.enqueue({
    type: 'interview',
    agentId: 'ben',
    question: 'How is the park?',
    remember: true,
    requestId: 'q3',
  });
  engine.enqueue({ type: 'whisper', agentId: 'cleo', text: 'You feel like reading in the park.' });
  await ticks(engine, 200 * s);
  engine.enqueue({
    type: 'announceEvent',
    text: 'Rain is coming.',
    place: { sector: 'Green Park' },
  });
  await engine.flush();
  if (engine.parkedCount) await engine.tick({ drain: true });
  const file = townFileFromEngine(engine, recorder, {
    name: 'Test town',
    savedAt: '2025-01-02T03:04:05.000Z',
    scenario,
    mind: opts.mindInfo ?? { kind: 'offline' },
  });
  return { scenario, engine, recorder, file };
}
