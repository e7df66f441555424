/**
 * Small inline-SVG charts for the self-contained HTML report: a line chart and a horizontal bar
 * chart. Pure string building (no DOM), so they run in Node and in a Web Worker alike.
 */

/** Escapes text for HTML and XML text or attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate for SVG attributes: finite, one decimal, never "NaN". */
function coord(v: number): string {
  if (!Number.isFinite(v)) return '0';
  return String(Math.round(v * 10) / 10);
}

/** The default label of a tick value: trims float noise such as 0.30000000000000004. */
export function formatTick(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(parseFloat(v.toPrecision(6)));
}

/** A round step (1, 2 or 5 times a power of ten) close to `rough`. */
function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const f = rough / power;
  const nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  return nice * power;
}

/**
 * Round tick values covering [min, max]: the first tick is at or below `min` and the last at or
 * above `max`, about `target` intervals apart. Degenerate or non-finite ranges still give ticks.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : lo;
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    // A flat series still needs an axis with some height.
    hi = lo + 1;
  }
  const step = niceStep((hi - lo) / Math.max(1, target));
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // The cap only guards against float surprises; a nice step gives about `target` ticks.
  for (let i = 0; i <= 1000; i++) {
    const v = start + i * step;
    if (v > end + step / 2) break;
    ticks.push(parseFloat(v.toPrecision(12)));
  }
  return ticks;
}

export interface ChartPoint {
  x: number;
  y: number;
}

export interface LineSeries {
  name: string;
  /** Any SVG colour; it is escaped, so it cannot break out of the attribute. */
  color: string;
  points: ChartPoint[];
}

export interface Tick {
  value: number;
  label: string;
}

export interface LineChartOptions {
  series: LineSeries[];
  /** Accessible title of the chart. */
  title: string;
  width?: number;
  height?: number;
  /** Ticks for the x domain actually drawn; default: round numbers. */
  xTicks?: (min: number, max: number) => Tick[];
  /** Label of a y tick; default: the number. */
  yFormat?: (v: number) => string;
  /** Lowest y maximum of the axis, e.g. 1 for fractions so a flat 0 line is not centred. */
  yMinMax?: number;
  yLabel?: string;
}

/**
 * A line chart with axes, ticks, grid lines and a legend, as an inline `<svg>` string. Empty
 * series draw the axes and a "No data" note; a series of one point draws a dot.
 */
export function lineChart(opts: LineChartOptions): string {
  const width = opts.width ?? 980;
  const height = opts.height ?? 260;
  const m = { left: 52, right: 40, top: 28, bottom: 44 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const points = opts.series.flatMap((s) =>
    s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
  );

  let xMin = points.length ? Math.min(...points.map((p) => p.x)) : 0;
  let xMax = points.length ? Math.max(...points.map((p) => p.x)) : 1;
  if (xMax === xMin) {
    // One distinct x: centre it rather than dividing by zero.
    xMin -= 1;
    xMax += 1;
  }
  const yMaxData = points.length ? Math.max(...points.map((p) => p.y)) : 0;
  const yMinData = points.length ? Math.min(0, ...points.map((p) => p.y)) : 0;
  const yTicks = niceTicks(yMinData, Math.max(yMaxData, opts.yMinMax ?? 0));
  const yMin = yTicks[0];
  const yMax = yTicks[yTicks.length - 1];

  const sx = (x: number) => m.left + ((x - xMin) / (xMax - xMin)) * plotW;
  const sy = (y: number) => m.top + plotH - ((y - yMin) / (yMax - yMin)) * plotH;
  const yFormat = opts.yFormat ?? formatTick;
  // Without data the x domain is made up, so its ticks would only mislead.
  const xTicks = (
    !points.length
      ? []
      : opts.xTicks
        ? opts.xTicks(xMin, xMax)
        : niceTicks(xMin, xMax).map((v) => ({ value: v, label: formatTick(v) }))
  ).filter((t) => Number.isFinite(t.value) && t.value >= xMin && t.value <= xMax);

  const out: string[] = [];
  out.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" ` +
      `width="${width}" height="${height}" role="img" aria-label="${escapeHtml(opts.title)}">`,
    `<title>${escapeHtml(opts.title)}</title>`,
  );
  for (const v of yTicks) {
    const y = coord(sy(v));
    out.push(
      `<line x1="${m.left}" x2="${m.left + plotW}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`,
      `<text x="${m.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" ` +
        `font-size="11" fill="#4b5563">${escapeHtml(yFormat(v))}</text>`,
    );
  }
  for (const t of xTicks) {
    const x = coord(sx(t.value));
    out.push(
      `<line x1="${x}" x2="${x}" y1="${m.top + plotH}" y2="${m.top + plotH + 5}" stroke="#6b7280"/>`,
      `<text x="${x}" y="${m.top + plotH + 18}" text-anchor="middle" font-size="11" ` +
        `fill="#4b5563">${escapeHtml(t.label)}</text>`,
    );
  }
  out.push(
    `<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${m.top + plotH}" stroke="#6b7280"/>`,
    `<line x1="${m.left}" x2="${m.left + plotW}" y1="${m.top + plotH}" y2="${m.top + plotH}" ` +
      `stroke="#6b7280"/>`,
  );
  if (opts.yLabel) {
    out.push(
      `<text x="${m.left}" y="${m.top - 12}" font-size="11" fill="#4b5563">` +
        `${escapeHtml(opts.yLabel)}</text>`,
    );
  }
  if (!points.length) {
    out.push(
      `<text x="${coord(m.left + plotW / 2)}" y="${coord(m.top + plotH / 2)}" ` +
        `text-anchor="middle" font-size="13" fill="#9ca3af">No data</text>`,
    );
  }
  for (const s of opts.series) {
    const pts = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    const color = escapeHtml(s.color);
    if (pts.length === 1) {
      out.push(
        `<circle cx="${coord(sx(pts[0].x))}" cy="${coord(sy(pts[0].y))}" r="3" fill="${color}"/>`,
      );
    } else if (pts.length > 1) {
      const d = pts.map((p) => `${coord(sx(p.x))},${coord(sy(p.y))}`).join(' ');
      out.push(
        `<polyline points="${d}" fill="none" stroke="${color}" stroke-width="2" ` +
          `stroke-linejoin="round"/>`,
      );
    }
  }
  // Legend along the top right, laid out from the right edge so long names do not overlap.
  let lx = m.left + plotW;
  for (const s of [...opts.series].reverse()) {
    const w = 22 + s.name.length * 6.5;
    lx -= w;
    out.push(
      `<rect x="${coord(lx)}" y="${m.top - 20}" width="12" height="4" fill="${escapeHtml(s.color)}"/>`,
      `<text x="${coord(lx + 16)}" y="${m.top - 14}" font-size="11" fill="#374151">` +
        `${escapeHtml(s.name)}</text>`,
    );
    lx -= 8;
  }
  out.push('</svg>');
  return out.join('');
}

export interface Bar {
  label: string;
  /** Bar length as a fraction of the track (0–1); clamped, non-finite draws no bar. */
  fraction: number;
  /** Text after the bar, e.g. "78% (156/200)". */
  text: string;
  color?: string;
}

/** Bar colour by pass rate: green when most pass, amber in between, red when most fail. */
export function rateColor(rate: number): string {
  if (!Number.isFinite(rate)) return '#9ca3af';
  return rate >= 0.75 ? '#16a34a' : rate >= 0.5 ? '#d97706' : '#dc2626';
}

/**
 * A horizontal bar chart (one labelled bar per row, text after each bar) as an inline `<svg>`.
 * No bars draws a short "No data" note.
 */
export function barChart(bars: Bar[], opts: { title: string; width?: number }): string {
  const width = opts.width ?? 720;
  const rowH = 26;
  const labelW = 170;
  const textW = 130;
  const trackW = width - labelW - textW - 16;
  const height = Math.max(1, bars.length) * rowH + 8;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" ` +
      `width="${width}" height="${height}" role="img" aria-label="${escapeHtml(opts.title)}">`,
    `<title>${escapeHtml(opts.title)}</title>`,
  ];
  if (!bars.length) {
    out.push(`<text x="8" y="20" font-size="13" fill="#9ca3af">No data</text>`);
  }
  bars.forEach((b, i) => {
    const y = 4 + i * rowH;
    const f = Number.isFinite(b.fraction) ? Math.min(1, Math.max(0, b.fraction)) : 0;
    const color = escapeHtml(b.color ?? rateColor(b.fraction));
    out.push(
      `<text x="${labelW - 8}" y="${y + rowH / 2}" text-anchor="end" dominant-baseline="middle" ` +
        `font-size="12" fill="#111827">${escapeHtml(b.label)}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${trackW}" height="${rowH - 8}" rx="3" ` +
        `fill="#f3f4f6"/>`,
      `<rect x="${labelW}" y="${y + 4}" width="${coord(f * trackW)}" height="${rowH - 8}" rx="3" ` +
        `fill="${color}"/>`,
      `<text x="${labelW + trackW + 8}" y="${y + rowH / 2}" dominant-baseline="middle" ` +
        `font-size="12" fill="#111827">${escapeHtml(b.text)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
