import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, shareOffsets, tileSlots, type LabelWish } from './crowd';

describe('tileSlots', () => {
  it('spreads people on one tile in two dimensions, all apart', () => {
    for (const n of [2, 3, 4, 5, 9, 12]) {
      const slots = tileSlots(n);
      expect(slots).toHaveLength(n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          expect(Math.hypot(slots[i].dx - slots[j].dx, slots[i].dy - slots[j].dy)).toBeGreaterThan(
            3,
          );
      for (const s of slots) {
        expect(Math.abs(s.dx)).toBeLessThanOrEqual(16);
        expect(Math.abs(s.dy)).toBeLessThanOrEqual(8);
      }
    }
    expect(new Set(tileSlots(4).map((s) => s.dy)).size).toBeGreaterThan(1);
    expect(tileSlots(2).every((s) => s.dy === 0)).toBe(true);
  });
});

describe('shareOffsets', () => {
  it('leaves a person alone on a tile where the frame put them', () => {
    const out = shareOffsets(
      [
        { x: 1, y: 1 },
        { x: 2, y: 1 },
        { x: 2, y: 1 },
      ],
      10,
    );
    expect(out[0]).toEqual({ dx: 0, dy: 0 });
    expect(out[1].dx).toBeLessThan(0);
    expect(out[2].dx).toBeGreaterThan(0);
  });
});

describe('placeLabels', () => {
  const label = (x: number, y: number, priority: number): LabelWish => ({
    x,
    y,
    w: 40,
    h: 14,
    priority,
  });

  it('never lets two placed labels overlap, even in a crowd on one spot', () => {
    const wishes = Array.from({ length: 12 }, (_, i) => label(100 + (i % 3) * 7, 100 + i, i));
    const placed = placeLabels(wishes);
    const shown = placed.filter((r) => r !== null);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(12);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i], shown[j])).toBe(false);
  });

  it('keeps the first in priority where it wanted and stacks the next below it', () => {
    const placed = placeLabels([label(100, 100, 5), label(104, 102, 0)]);
    expect(placed[1]).toEqual({ x: 104, y: 102, w: 40, h: 14 });
    expect(placed[0]!.y).toBeGreaterThanOrEqual(102 + 14);
  });

  it('leaves labels that do not touch where they are', () => {
    const placed = placeLabels([label(0, 0, 1), label(100, 0, 2)]);
    expect(placed).toEqual([
      { x: 0, y: 0, w: 40, h: 14 },
      { x: 100, y: 0, w: 40, h: 14 },
    ]);
  });
});
