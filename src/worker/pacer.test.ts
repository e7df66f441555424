import { describe, expect, it } from 'vitest';
import { MAX_REST_MS, Pacer, RateMeter } from './pacer';

describe('Pacer', () => {
  it('runs `speed` steps per wall second', () => {
    const p = new Pacer(5, 0);
    expect(p.due(0)).toBe(0);
    expect(p.due(199)).toBe(0);
    expect(p.due(200)).toBe(1);
    p.record(1);
    expect(p.due(250)).toBe(0);
    expect(p.msUntilNext(250)).toBe(150);
    expect(p.due(1000)).toBe(4);
  });

  it('drops a backlog instead of racing to catch up', () => {
    const p = new Pacer(10, 0);
    expect(p.due(5000)).toBe(1);
  });

  it('at max speed everything is due, with a short rest between batches', () => {
    const p = new Pacer('max', 0);
    expect(p.due(0)).toBe(Infinity);
    expect(p.msUntilNext(0)).toBe(MAX_REST_MS);
  });

  it('restarts counting after a speed change', () => {
    const p = new Pacer(1, 0);
    p.reset(10_000, 2);
    expect(p.current).toBe(2);
    expect(p.due(10_500)).toBe(1);
  });
});

describe('RateMeter', () => {
  it('counts the steps of the last second', () => {
    const m = new RateMeter();
    m.add(0, 10);
    m.add(500, 10);
    expect(m.rate(900)).toBe(20);
    expect(m.rate(1200)).toBe(10);
  });
});
