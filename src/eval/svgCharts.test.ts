import { describe, expect, it } from 'vitest';
import { barChart, escapeHtml, lineChart, niceTicks } from './svgCharts';

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    const t = niceTicks(0, 0.37);
    expect(t[0]).toBe(0);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(0.37);
    expect(t).toContain(0.1);
  });

  it('still gives a finite axis for flat or broken ranges', () => {
    for (const [a, b] of [
      [0, 0],
      [5, 5],
      [NaN, NaN],
      [Infinity, 3],
    ]) {
      const t = niceTicks(a, b);
      expect(t.length).toBeGreaterThan(1);
      expect(t.every(Number.isFinite)).toBe(true);
    }
  });
});

describe('lineChart', () => {
  it('draws one polyline per series with a legend', () => {
    const svg = lineChart({
      title: 'Knowers',
      series: [
        {
          name: 'told',
          color: '#00f',
          points: [
            { x: 0, y: 1 },
            { x: 10, y: 4 },
          ],
        },
        {
          name: 'saw <only>',
          color: '#f90',
          points: [
            { x: 0, y: 0 },
            { x: 10, y: 1 },
          ],
        },
      ],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('saw &lt;only&gt;');
    expect(svg).not.toContain('saw <only>');
    expect(svg).not.toContain('NaN');
  });

  it('handles no data, a single point and a flat series without NaN', () => {
    const empty = lineChart({ title: 'Empty', series: [{ name: 'a', color: '#000', points: [] }] });
    expect(empty).toContain('No data');
    const one = lineChart({
      title: 'One',
      series: [{ name: 'a', color: '#000', points: [{ x: 5, y: 0 }] }],
    });
    expect(one).toContain('<circle');
    const flat = lineChart({
      title: 'Flat',
      series: [
        {
          name: 'a',
          color: '#000',
          points: [
            { x: 1, y: 0 },
            { x: 1, y: 0 },
          ],
        },
      ],
      xTicks: () => [{ value: 1, label: 'one' }],
    });
    for (const svg of [empty, one, flat, lineChart({ title: 'None', series: [] })]) {
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('keeps custom x ticks inside the drawn domain', () => {
    const svg = lineChart({
      title: 'Ticks',
      series: [
        {
          name: 'a',
          color: '#000',
          points: [
            { x: 0, y: 1 },
            { x: 100, y: 2 },
          ],
        },
      ],
      xTicks: () => [
        { value: -50, label: 'before' },
        { value: 50, label: 'middle' },
        { value: 150, label: 'after' },
      ],
    });
    expect(svg).toContain('middle');
    expect(svg).not.toContain('before');
    expect(svg).not.toContain('after');
  });
});

describe('barChart', () => {
  it('draws a bar per row with its text, clamping lengths', () => {
    const svg = barChart(
      [
        { label: 'identity', fraction: 0.78, text: '78% (156/200)' },
        { label: 'too much', fraction: 3, text: 'x' },
      ],
      { title: 'Checks', width: 720 },
    );
    expect(svg).toContain('78% (156/200)');
    // Track is 720 - 170 - 130 - 16 = 404 wide: 0.78 of it, and the clamped bar at most all of it.
    expect(svg).toContain('width="315.1"');
    expect(svg.match(/width="404"/g)).toHaveLength(3);
  });

  it('handles zero totals and no bars without NaN', () => {
    const zero = barChart([{ label: 'none', fraction: NaN, text: '– (0/0)' }], { title: 'Zero' });
    expect(zero).not.toContain('NaN');
    const none = barChart([], { title: 'None' });
    expect(none).toContain('No data');
    expect(none).not.toContain('NaN');
  });
});
