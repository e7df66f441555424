import { describe, expect, it } from 'vitest';
import type { AgentFrame, Frame, TownMeta } from '../../protocol';
import { conversations, newMoments } from './moments';

const agent = (x: number, partnerId: string | null, speech: string | null = null): AgentFrame => ({
  x,
  y: 4,
  facing: 'down',
  moving: false,
  emoji: '',
  action: '',
  place: 'Corner, counter',
  speech,
  partnerId,
  thinking: false,
  asleep: false,
});

const meta = {
  agents: [
    { id: 'a', name: 'Ann Lee' },
    { id: 'b', name: 'Bo Ray' },
    { id: 'c', name: 'Cy Fox' },
  ],
} as unknown as TownMeta;

const frame = (step: number, agents: AgentFrame[]): Frame =>
  ({ clock: { step, day: 1, minuteOfDay: 600, weekday: 'Mon' }, agents }) as unknown as Frame;

describe('presentation moments', () => {
  it('lists each conversation once, between its two people, and whether someone speaks', () => {
    const f = frame(1, [agent(2, 'b', 'Hello'), agent(4, 'a'), agent(9, null)]);
    expect(conversations(f, meta)).toEqual([
      { ids: ['a', 'b'], x: 3, y: 4, speaking: true, place: 'Corner, counter' },
    ]);
  });

  it('reports conversations that began since the last frame, with first names and the place', () => {
    const before = frame(1, [agent(2, null), agent(4, null), agent(9, null)]);
    const now = frame(2, [agent(2, 'b'), agent(4, 'a'), agent(9, null)]);
    const [m] = newMoments(before, now, meta);
    expect(m).toMatchObject({ text: 'Ann and Bo started talking at Corner', x: 3, y: 4, step: 2 });
    expect(newMoments(now, now, meta)).toEqual([]);
  });
});
