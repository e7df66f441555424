import { describe, expect, it } from 'vitest';
import { startView } from './startView';

describe('the first view', () => {
  const zooms: [number, number] = [1, 0.5];

  it('frames the biggest group that fits, at the closer zoom', () => {
    const group = [
      { x: 1000, y: 1000 },
      { x: 1040, y: 1010 },
      { x: 1020, y: 1060 },
    ];
    const view = startView([{ x: 0, y: 0 }, ...group], 400, 300, zooms);
    expect(view.zoom).toBe(1);
    expect(view.centre).toEqual({ x: 1020, y: 1030 });
  });

  it('zooms out when that shows clearly more people, and frames nothing in an empty town', () => {
    const spread = [0, 300, 600].flatMap((x) => [
      { x, y: 0 },
      { x, y: 250 },
    ]);
    expect(startView(spread, 400, 300, zooms).zoom).toBe(0.5);
    expect(startView([], 400, 300, zooms)).toEqual({ zoom: 1, centre: null });
  });
});
