import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZES,
  deriveRow,
  evaluateTargets,
  parseChildArgs,
  parseScaleArgs,
  type ChildResult,
  type ScaleRow,
} from './scaleLib';

const DAY = 8640;

function child(agents: number, over: Partial<ChildResult> = {}): ChildResult {
  return {
    agents,
    steps: DAY,
    stepsPerDay: DAY,
    setupMs: 100,
    wallMs: 10_000,
    peakRssMB: 500,
    startRssMB: 100,
    memories: agents * 200,
    conversations: agents,
    mindCalls: { planDay: agents, decide: agents * 9 },
    ...over,
  };
}

const met = (rows: ScaleRow[]) => evaluateTargets(rows).map((t) => t.met);

describe('bench:scale arguments', () => {
  it('defaults and parses every flag', () => {
    expect(parseScaleArgs([])).toEqual({
      sizes: DEFAULT_SIZES,
      days: 1,
      seed: 1,
      capMin: 15,
      help: false,
    });
    expect(
      parseScaleArgs(['--sizes', '25, 100,200', '--days', '0.5', '--seed=7', '--cap-min', '2']),
    ).toEqual({ sizes: [25, 100, 200], days: 0.5, seed: 7, capMin: 2, help: false });
    expect(parseChildArgs(['--agents', '100', '--days', '0.25', '--seed', '3'])).toEqual({
      agents: 100,
      days: 0.25,
      seed: 3,
    });
  });

  it('rejects bad values with the flag named', () => {
    expect(() => parseScaleArgs(['--sizes', '25,abc'])).toThrow(/--sizes .*"abc"/);
    expect(() => parseScaleArgs(['--sizes', '25,25'])).toThrow(/twice/);
    expect(() => parseScaleArgs(['--sizes', '0'])).toThrow(/--sizes/);
    expect(() => parseScaleArgs(['--days', '0'])).toThrow(/--days/);
    expect(() => parseScaleArgs(['--cap-min', 'x'])).toThrow(/--cap-min/);
    expect(() => parseScaleArgs(['--seed', '1.5'])).toThrow(/--seed/);
    expect(() => parseScaleArgs(['--size', '25'])).toThrow(/size/);
    expect(() => parseChildArgs(['--agents', '25'])).toThrow(/--days/);
  });
});

describe('bench:scale rows and targets', () => {
  it('derives per-agent and per-agent-day figures', () => {
    const row = deriveRow(child(100, { steps: DAY / 2, wallMs: 2000 }));
    expect(row).toMatchObject({
      days: 0.5,
      agentStepsPerSecond: (100 * DAY) / 2 / 2,
      memoriesPerAgent: 200,
      // 1,000 calls over 50 agent-days.
      mindCallsPerAgentDay: 20,
      mindCallsPerAgentDayByKind: { decide: 18, planDay: 2 },
    });
  });

  it('meets every target on a good full-day run', () => {
    const rows = [
      deriveRow(child(25, { wallMs: 1000 })),
      deriveRow(child(200, { wallMs: 8000 })),
      deriveRow(child(1000, { wallMs: 50_000, peakRssMB: 1900 })),
    ];
    expect(met(rows)).toEqual([true, true, true, true, true]);
  });

  it('misses each target on its own failure', () => {
    const base = deriveRow(child(25, { wallMs: 1000 }));
    const mid = deriveRow(child(200, { wallMs: 8000 }));
    const big = (over: Partial<ChildResult>) =>
      deriveRow(child(1000, { wallMs: 50_000, peakRssMB: 1900, ...over }));
    expect(met([base, mid, big({ wallMs: 61_000 })])[0]).toBe(false);
    expect(met([base, mid, big({ peakRssMB: 2100 })])[1]).toBe(false);
    // 25 agents at 25·8640 agent-steps/s; 1,000 agents needs ≥ half of that rate.
    const slowBase = deriveRow(child(25, { wallMs: 1000 / 4 }));
    expect(met([slowBase, mid, big({})])[2]).toBe(false);
    // 1.3× more calls per agent at 1,000, and 1/1.3 as many at 200.
    const chatty = big({ mindCalls: { planDay: 1300, decide: 11_700 } });
    expect(met([base, mid, chatty])[4]).toBe(false);
    const quiet = deriveRow(child(200, { mindCalls: { planDay: 154, decide: 1385 } }));
    expect(met([base, quiet, big({})])[3]).toBe(false);
  });

  it('leaves undecided what the run cannot show', () => {
    const base = deriveRow(child(25));
    // Sizes not run.
    expect(met([base])).toEqual([null, null, null, null, null]);
    // A part-day run under the limits proves nothing; over them it is already a miss.
    const part = { steps: DAY / 4, stepsPerDay: DAY };
    expect(met([base, deriveRow(child(1000, { ...part, wallMs: 10_000 }))]).slice(0, 2)).toEqual([
      null,
      null,
    ]);
    expect(
      met([base, deriveRow(child(1000, { ...part, wallMs: 20_000, peakRssMB: 3000 }))]).slice(0, 2),
    ).toEqual([false, false]);
    // Over a 15 min cap on one day: slower than 60 s, memory unknown.
    const over: ScaleRow = { status: 'over cap', agents: 1000, days: 1, steps: DAY, capMin: 15 };
    expect(met([base, over]).slice(0, 2)).toEqual([false, null]);
    const failed: ScaleRow = { status: 'failed', agents: 1000, days: 1, steps: DAY, error: 'x' };
    expect(evaluateTargets([base, failed])[0]).toMatchObject({ met: null, value: /failed/ });
  });
});
