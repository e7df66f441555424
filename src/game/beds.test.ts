import { describe, expect, it } from 'vitest';
import type { AgentFrame } from '../protocol';
import { BedIndex } from './beds';

const TS = 32;
const room = { name: 'bedroom', x: 0, y: 0, w: 6 * TS, h: 4 * TS };
const bed = (name: string, tx: number) => ({ name, x: tx * TS, y: TS, w: TS, h: 2 * TS, room });
const sleeper = (x: number, y: number, asleep = true) =>
  ({ x, y, asleep }) as unknown as AgentFrame;

describe('beds for sleepers', () => {
  const index = new BedIndex([bed('left', 1), bed('right', 4)], {
    tileSize: TS,
    width: 20,
    height: 10,
  });

  it('lays each sleeper in the nearest free bed of their room, two never in one', () => {
    const [a, b] = index.bedsFor([sleeper(1, 2), sleeper(2, 2)]);
    expect(a?.name).toBe('left');
    expect(b?.name).toBe('right');
  });

  it('gives none to someone awake, out of reach, or outside the room', () => {
    expect(index.bedsFor([sleeper(1, 2, false)])).toEqual([null]);
    expect(index.bedsFor([sleeper(15, 8)])).toEqual([null]);
    expect(index.bedsFor([sleeper(2, 5)])).toEqual([null]); // within reach, but below the room
    expect(index.bedsFor([sleeper(1, 2), sleeper(2, 2), sleeper(3, 2)])[2]).toBeNull();
  });
});
