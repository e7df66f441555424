import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { hourLabel, hourTick } from './seriesFormat';

export interface ChartLine {
  label: string;
  values: (number | null)[];
  colour: string;
  /** Dash pattern (solid when absent). */
  dash?: number[];
  /** Area under the line. */
  fill?: string;
  /** Draw as bars. */
  bars?: boolean;
}

interface Props {
  /** x in game hours (see `stepHours`). */
  x: number[];
  lines: ChartLine[];
  /** Fixed y range from 0 (e.g. the population); otherwise fitted. */
  yMax?: number;
  yValue?: (v: number) => string;
  /** Legend text of an x value (default "Day 1 14:20"). */
  xValue?: (hours: number) => string;
  height?: number;
  testId?: string;
}

const AXIS = {
  stroke: '#c3cad8',
  font: '13px system-ui, sans-serif',
  grid: { stroke: '#2a3244', width: 1 },
  ticks: { stroke: '#2a3244', width: 1 },
};
/** Hour steps the time axis may use. */
const HOUR_INCRS = [1, 2, 3, 6, 12, 24, 48, 96, 168];

function showLatest(u: uPlot): void {
  const n = u.data[0].length;
  if (n) u.setLegend({ idx: n - 1 }, false);
}

/**
 * One uPlot chart over game time, sized to its box. Made again only when the lines' look changes;
 * new data is handed to the same chart (cheap), so polling once a second costs little.
 */
export function SeriesChart({ x, lines, yMax, yValue, xValue, height = 150, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const data: uPlot.AlignedData = [x, ...lines.map((l) => l.values)];
  const latest = useRef(data);
  latest.current = data;
  const look = JSON.stringify([
    lines.map((l) => [l.label, l.colour, l.dash, l.fill, l.bars]),
    yMax,
    height,
  ]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fmtY = yValue ?? ((v: number) => String(v));
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      scales: {
        // At least three hours wide, so the first points of a run do not fill the chart.
        x: { time: false, range: (_u, min, max) => [min, Math.max(max, min + 3)] },
        y:
          yMax !== undefined
            ? { range: [0, yMax] }
            : { range: (_u, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        { ...AXIS, incrs: HOUR_INCRS, space: 56, values: (_u, splits) => splits.map(hourTick) },
        { ...AXIS, size: 56, values: (_u, splits) => splits.map(fmtY) },
      ],
      series: [
        { label: 'Time', value: (_u, v) => (v == null ? '—' : (xValue ?? hourLabel)(v)) },
        ...lines.map((l): uPlot.Series => ({
          label: l.label,
          stroke: l.colour,
          width: 2.5,
          dash: l.dash,
          fill: l.fill,
          points: { show: false },
          paths: l.bars ? uPlot.paths.bars?.({ size: [0.85, 28] }) : undefined,
          value: (_u, v) => (v == null ? '—' : fmtY(v)),
        })),
      ],
      cursor: { drag: { x: false, y: false } },
      // Off the chart, the legend shows the latest values (not dashes).
      hooks: { setCursor: [(u) => u.cursor.idx == null && showLatest(u)] },
      legend: { live: true },
    };
    const chart = new uPlot(opts, latest.current, el);
    plot.current = chart;
    showLatest(chart);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(200, el.clientWidth), height }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // Rebuilt when the look changes (`look` is its JSON); data goes through `setData` below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [look]);

  useEffect(() => {
    const chart = plot.current;
    if (!chart) return;
    chart.setData(latest.current);
    if (chart.cursor.idx == null) showLatest(chart);
  });

  // What is drawn, for tests: points on the time axis and each line's last value.
  const last = lines.map((l) => l.values.at(-1) ?? null).join(' ');
  return (
    <div
      ref={box}
      className="series-chart"
      data-testid={testId}
      data-points={x.length}
      data-last={last}
    />
  );
}
