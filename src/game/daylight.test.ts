import { describe, expect, it } from 'vitest';
import { daylight, sunHeight, tintLevel } from './daylight';

const at = (h: number, m = 0) => daylight(h * 60 + m);

describe('daylight', () => {
  it('is full daylight at noon and dark at midnight', () => {
    expect(at(12).tint).toBe(0xffffff);
    expect(at(12).lamps).toBe(0);
    expect(tintLevel(at(0).tint)).toBeLessThan(0.35);
    expect(at(0).lamps).toBe(1);
    expect(at(23, 30).lamps).toBe(1);
  });

  it('has a dawn and a dusk between night and day', () => {
    for (const m of [6 * 60, 18 * 60]) {
      const d = daylight(m);
      expect(d.lamps).toBeGreaterThan(0);
      expect(d.lamps).toBeLessThan(1);
      expect(tintLevel(d.tint)).toBeGreaterThan(tintLevel(at(0).tint));
      expect(tintLevel(d.tint)).toBeLessThan(1);
    }
    // Warm light at sunrise and sunset: more red than blue.
    const dusk = at(17, 45).tint;
    expect((dusk >> 16) & 255).toBeGreaterThan(dusk & 255);
  });

  it('changes smoothly minute by minute', () => {
    let last = tintLevel(daylight(0).tint);
    for (let m = 1; m <= 24 * 60; m++) {
      const now = tintLevel(daylight(m % (24 * 60)).tint);
      expect(Math.abs(now - last)).toBeLessThan(0.02);
      last = now;
    }
  });

  it('puts the sun highest at noon and lowest at midnight', () => {
    expect(sunHeight(12 * 60)).toBeCloseTo(1);
    expect(sunHeight(0)).toBeCloseTo(-1);
    expect(sunHeight(6 * 60)).toBeCloseTo(0);
  });
});
