import { describe, expect, it } from 'vitest';
import type { DayPlan } from '../sim/agent/agent';
import { blockIndexAt, planView } from './planView';

const plan: DayPlan = {
  day: 1,
  wakeHour: 6,
  items: ['wake up at 6 am and get ready', 'work as baker from 7 am to 3 pm', 'have lunch'],
  blocks: [
    { startMinute: 360, durationMin: 60, activity: 'waking up and getting ready' },
    { startMinute: 420, durationMin: 300, activity: 'working as baker at the bakery' },
    { startMinute: 720, durationMin: 60, activity: 'having lunch' },
  ],
  decomp: {
    blockIndex: 1,
    steps: [
      { description: 'kneading dough', durationMin: 30 },
      { description: 'baking bread', durationMin: 60, emoji: '🍞' },
    ],
  },
};

describe('planView', () => {
  it('finds the running block', () => {
    expect(blockIndexAt(plan.blocks, 359)).toBe(-1);
    expect(blockIndexAt(plan.blocks, 360)).toBe(0);
    expect(blockIndexAt(plan.blocks, 719)).toBe(1);
  });

  it('marks the current block, decomposition step and closest day-plan item', () => {
    const v = planView(plan, 7 * 60 + 40);
    expect(v.currentBlock).toBe(1);
    expect(v.currentItem).toBe(1);
    expect(v.decomp?.current).toBe(1);
    expect(v.decomp?.steps.map((s) => s.start)).toEqual(['07:00', '07:30']);
    expect(v.blocks[1]).toMatchObject({ start: '07:00', end: '12:00' });
  });

  it('stays on the last step when the decomposition runs out before the block ends', () => {
    expect(planView(plan, 11 * 60).decomp?.current).toBe(1);
  });

  it('has no current step when the decomposition belongs to another block', () => {
    expect(planView(plan, 12 * 60 + 10).decomp?.current).toBe(-1);
  });
});
