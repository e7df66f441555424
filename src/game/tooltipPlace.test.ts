import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltipPlace';

describe('tooltipPosition', () => {
  const inside = (p: { x: number; y: number }, w: number, h: number, vw: number, vh: number) =>
    p.x >= 0 && p.y >= 0 && p.x + w <= vw && p.y + h <= vh;

  it('sits below and right of the pointer when there is room', () => {
    expect(tooltipPosition(100, 100, 120, 40, 800, 600)).toEqual({ x: 114, y: 116 });
  });

  it('flips left of the pointer at the right edge and above it at the bottom', () => {
    const p = tooltipPosition(790, 590, 120, 40, 800, 600);
    expect(p.x + 120).toBeLessThanOrEqual(790);
    expect(p.y + 40).toBeLessThanOrEqual(590);
    expect(inside(p, 120, 40, 800, 600)).toBe(true);
  });

  it('stays inside the view everywhere, even in a view hardly bigger than itself', () => {
    for (const [x, y] of [
      [0, 0],
      [300, 0],
      [0, 200],
      [299, 199],
      [150, 100],
    ])
      expect(inside(tooltipPosition(x, y, 260, 60, 300, 200), 260, 60, 300, 200)).toBe(true);
  });
});
