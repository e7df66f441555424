import { afterEach, describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Replayer } from '../persist';
import { recordSmallTown } from '../persist/testing/liveTown';
import type { Mind, MindCall, QuestionKind, QuestionRes } from '../sim/mind';
import { worldHash } from '../sim/snapshot';
import { smallScenario } from '../sim/testing/smallTown';
import { EvalHost, liveEvalTown, type EvalMinds, type EvalTown } from './evalHost';
import { SimHost } from './host';
import { answer } from './requestTable';
import { EVAL_CANCELLED_MESSAGE, type EvalEvent, type WorkerMessage } from '../protocol';
import { ReplayHost } from './replayHost';

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

/** The offline mind answering after a delay, like an LLM. */
class SlowMind implements Mind {
  readonly name = 'slow';
  private readonly inner = new OfflineMind();
  asked = 0;
  answer<K extends QuestionKind>(call: MindCall<K>): Promise<QuestionRes<K>> {
    this.asked++;
    return new Promise((r) => setTimeout(() => r(this.inner.answer(call)), 200));
  }
}

/** A paused live town hosted as in the worker, and an EvalHost on it. */
function live(minds?: EvalMinds) {
  const scenario = smallScenario();
  const messages: WorkerMessage[] = [];
  const post = (m: WorkerMessage) => messages.push(m);
  const offline = new OfflineMind();
  const host = new SimHost({ kind: 'new', scenario, seed: 3 }, offline, offline, post, {
    speed: 1,
    paused: true,
  });
  const world = host.world;
  void host.run();
  stops.push(() => host.stop());
  const town: EvalTown = liveEvalTown(scenario, world, (fn) => host.betweenSteps(fn));
  const evals = new EvalHost({
    post,
    town: () => town,
    minds: () => minds ?? { mind: offline, offline },
  });
  const progress = () =>
    messages.flatMap((m) => (m.type === 'eval' ? [m.event] : [])) as EvalEvent[];
  /** What must not change when the town is evaluated. */
  const fingerprint = () => ({
    hash: worldHash(world),
    step: world.step,
    nextId: world.nextId,
    tape: host.runtime.recorder.commandCount,
    mindCalls: { ...world.stats.mindCalls },
  });
  return { world, host, evals, messages, post, progress, fingerprint };
}

const until = async (cond: () => boolean, ms = 10_000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('EvalHost', () => {
  it('evaluates the town now on a copy: hash, ids, tape and call counts stay as they were', async () => {
    const { host, evals, fingerprint } = live();
    // Some history first, so the battery has memories, plans and conversations to ask about.
    for (let i = 0; i < 30; i++) host.control({ kind: 'step' });
    await new Promise((r) => setTimeout(r, 300));
    const before = fingerprint();
    const report = await evals.evaluate({ run: { mode: 'now' } });
    expect(fingerprint()).toEqual(before);
    expect(report.version).toBe(1);
    expect(report.behaviour).toBeNull();
    expect(report.interviews.length).toBeGreaterThan(10);
    expect(new Set(report.interviews.map((i) => i.agentId)).size).toBe(host.world.agents.length);
    expect(report.interviews.every((i) => i.checks.every((c) => c.reason.length > 0))).toBe(true);
    expect(Object.keys(report.summary.byCheck).length).toBeGreaterThan(0);
  });

  it('asks only the people and extra questions given', async () => {
    const { evals } = live();
    const report = await evals.evaluate({
      run: { mode: 'now' },
      agentIds: ['ada'],
      questions: [{ category: 'plans', question: 'What will you do with {person} today, {name}?' }],
    });
    expect(new Set(report.interviews.map((i) => i.agentId))).toEqual(new Set(['ada']));
    const custom = report.interviews.find((i) => i.template === 'custom.1');
    expect(custom?.category).toBe('plans');
    expect(custom?.question).toMatch(/Ada Quill\?$/);
    await expect(evals.evaluate({ run: { mode: 'now' }, agentIds: ['nobody'] })).rejects.toThrow(
      /Nobody to interview/,
    );
    await expect(
      evals.evaluate({
        run: { mode: 'now' },
        questions: [{ category: 'plans', question: '' }],
      }),
    ).rejects.toThrow(/extra questions/);
  });

  it('runs ahead on a copy with behaviour and progress, and leaves the town alone', async () => {
    const { evals, progress, fingerprint } = live();
    const before = fingerprint();
    const report = await evals.evaluate({ run: { mode: 'ahead', days: 0.1 } });
    expect(fingerprint()).toEqual(before);
    expect(report.behaviour).not.toBeNull();
    expect(report.days).toBe(0.1);
    expect(report.runs[0].steps).toBe(864);
    expect(report.interviews.length).toBeGreaterThan(0);
    const events = progress();
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toEqual({ kind: 'progress', done: 864, total: 864 });
  });

  it('lets the worker answer other requests while running ahead', async () => {
    const { evals, host, messages, post } = live();
    const running = evals.evaluate({ run: { mode: 'ahead', days: 0.5 } });
    let finished = false;
    void running.then(() => (finished = true));
    await new Promise((r) => setTimeout(r, 30));
    answer(host.handlers(), 77, { kind: 'agentNow', agentId: 'ada' }, post);
    await until(() => messages.some((m) => m.type === 'reply' && m.id === 77));
    expect(finished).toBe(false);
    await running;
  });

  it('cancels an evaluation running ahead, then runs the next one', async () => {
    const { evals, progress, fingerprint } = live();
    const before = fingerprint();
    const running = evals.evaluate({ run: { mode: 'ahead', days: 3 } });
    await until(() => progress().length > 0);
    await expect(evals.evaluate({ run: { mode: 'now' } })).rejects.toThrow(/already running/);
    expect(evals.cancel()).toEqual({ cancelled: true });
    await expect(running).rejects.toThrow(EVAL_CANCELLED_MESSAGE);
    expect(progress().at(-1)!.done).toBeLessThan(3 * 8640);
    expect(evals.busy).toBe(false);
    expect(evals.cancel()).toEqual({ cancelled: false });
    expect(fingerprint()).toEqual(before);
    const report = await evals.evaluate({ run: { mode: 'now' } });
    expect(report.interviews.length).toBeGreaterThan(0);
  });

  it('cancels at once while a slow mind thinks', async () => {
    const slow = new SlowMind();
    const { evals, fingerprint } = live({ mind: slow, offline: new OfflineMind() });
    const before = fingerprint();
    const running = evals.evaluate({ run: { mode: 'now' } });
    await until(() => slow.asked > 0);
    const t0 = Date.now();
    evals.cancel();
    await expect(running).rejects.toThrow(EVAL_CANCELLED_MESSAGE);
    expect(Date.now() - t0).toBeLessThan(150);
    // The answers still in flight settle later without an unhandled rejection.
    await new Promise((r) => setTimeout(r, 300));
    expect(fingerprint()).toEqual(before);
  });

  it('cancels cleanly while an answer waits for its turn (no unhandled rejection)', async () => {
    const offline = new OfflineMind();
    let evals: EvalHost | null = null;
    let asked = 0;
    // Slow to compute and asynchronous, like an LLM: the worker gets a turn between answers, and
    // the cancel arrives in that turn.
    const busy: Mind = {
      name: 'busy',
      answer<K extends QuestionKind>(call: MindCall<K>) {
        const t0 = performance.now();
        while (performance.now() - t0 < 20);
        if (++asked === 3) setTimeout(() => evals!.cancel(), 0);
        return new Promise<QuestionRes<K>>((r) => setTimeout(() => r(offline.answer(call)), 30));
      },
    };
    const t = live({ mind: busy, offline });
    evals = t.evals;
    await expect(t.evals.evaluate({ run: { mode: 'now' } })).rejects.toThrow(
      EVAL_CANCELLED_MESSAGE,
    );
    await new Promise((r) => setTimeout(r, 200));
  });

  it('refuses an ahead run of no days or too many', async () => {
    const { evals } = live();
    await expect(evals.evaluate({ run: { mode: 'ahead', days: 0 } })).rejects.toThrow(/at most 7/);
    await expect(evals.evaluate({ run: { mode: 'ahead', days: 30 } })).rejects.toThrow(/at most 7/);
  });

  it('evaluates the moment a replay shows without moving the replay', async () => {
    const recorded = await recordSmallTown({ scale: 0.2 });
    const replayer = await Replayer.open(recorded.file, { offlineMind: new OfflineMind() });
    const post = () => undefined;
    const replay = new ReplayHost(replayer, { saveId: 's', name: 'T' }, null, post, 'max');
    void replay.run();
    stops.push(() => replay.stop());
    const mid = Math.round((replayer.firstStep + replayer.lastStep) / 2);
    await replay.seek(mid);
    const before = replay.worldHash();
    const offline = new OfflineMind();
    const evals = new EvalHost({
      post,
      town: () => ({ scenario: recorded.scenario, copy: async () => replay.copyWorld() }),
      minds: () => ({ mind: offline, offline }),
    });
    const report = await evals.evaluate({ run: { mode: 'now' } });
    expect(replay.worldHash()).toEqual(before);
    expect(report.interviews.length).toBeGreaterThan(0);
    expect(report.interviews[0].step).toBe(mid);
  });
});
