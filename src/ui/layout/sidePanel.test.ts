import { describe, expect, it } from 'vitest';
import {
  MIN_STAGE,
  MIN_WIDTH,
  peopleWidth,
  readSidePanel,
  sideWidth,
  writeSidePanel,
} from './sidePanel';
import { memoryStorage } from '../../store/testing/memoryStorage';

describe('side panel width', () => {
  it('by default leaves the map most of the window', () => {
    for (const w of [1024, 1280, 1440, 1920, 2560]) {
      const side = sideWidth({ collapsed: false, widths: {} }, 'inspector', w);
      expect(side).toBeLessThan(w / 3);
      expect(w - peopleWidth(w) - side).toBeGreaterThan(side);
    }
    expect(sideWidth({ collapsed: false, widths: {} }, 'inspector', 1440)).toBeLessThanOrEqual(380);
  });

  it('keeps a hand-set width within bounds: the panel usable, the map at least MIN_STAGE', () => {
    const prefs = (w: number) => ({ collapsed: false, widths: { inspector: w } });
    expect(sideWidth(prefs(100), 'inspector', 1440)).toBe(MIN_WIDTH.inspector);
    expect(sideWidth(prefs(5000), 'inspector', 1440)).toBe(1440 - peopleWidth(1440) - MIN_STAGE);
    expect(sideWidth(prefs(512), 'inspector', 1440)).toBe(512);
  });

  it('is remembered, and a damaged record reads as the defaults', () => {
    const storage = memoryStorage();
    writeSidePanel({ collapsed: true, widths: { dashboard: 600 } }, storage);
    expect(readSidePanel(storage)).toEqual({ collapsed: true, widths: { dashboard: 600 } });
    storage.setItem('generative-town:side-panel', '{"widths":{"inspector":"wide"}');
    expect(readSidePanel(storage)).toEqual({ collapsed: false, widths: {} });
  });
});
