/**
 * Formatting and table helpers shared by the HTML report's sections. Everything that comes from
 * the report is data: table cells given as strings are escaped here, and raw markup has to be
 * asked for explicitly with `raw()`.
 */
import { STEPS_PER_DAY, STEPS_PER_HOUR } from '../sim/clock';
import type { CheckResult, PassRate } from './types';
import { escapeHtml, type Tick } from './svgCharts';

/** Markup that a table cell inserts as is (built by the report itself, never report text). */
export interface Raw {
  html: string;
}

/** A table cell: text (escaped), a number (formatted plainly) or trusted markup. */
export type Cell = string | number | Raw;

/** Marks markup built by the report as safe to insert unescaped. */
export function raw(html: string): Raw {
  return { html };
}

function cellHtml(c: Cell): string {
  if (typeof c === 'string') return escapeHtml(c);
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '–';
  return c.html;
}

/** A `<table>` with a header row; `numeric` right-aligns the columns at those indices. */
export function table(
  headers: Cell[],
  rows: Cell[][],
  opts: { numeric?: number[]; className?: string; empty?: string } = {},
): string {
  if (!rows.length) return `<p class="muted">${escapeHtml(opts.empty ?? 'None.')}</p>`;
  const num = new Set(opts.numeric ?? []);
  const td = (c: Cell, i: number, tag: 'td' | 'th') =>
    `<${tag}${num.has(i) ? ' class="num"' : ''}>${cellHtml(c)}</${tag}>`;
  const cls = opts.className ? ` class="${escapeHtml(opts.className)}"` : '';
  return (
    `<table${cls}><thead><tr>${headers.map((h, i) => td(h, i, 'th')).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => td(c, i, 'td')).join('')}</tr>`).join('')}` +
    `</tbody></table>`
  );
}

/** A 0–1 fraction as a whole percentage ("72%"); "–" when it is not a number. */
export function pct(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '–';
  return `${Math.round(rate * 100)}%`;
}

/** A number with at most `digits` decimals; "–" when it is not a number. */
export function num(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return String(parseFloat(v.toFixed(digits)));
}

/** "78% (156/200)", computed from the counts so an empty total reads "– (0/0)". */
export function passRateText(p: PassRate): string {
  const rate = p.total > 0 ? p.passed / p.total : NaN;
  return `${pct(rate)} (${p.passed}/${p.total})`;
}

/** Pass rate of a set of check results pooled (0 of 0 when there are none). */
export function poolChecks(checks: CheckResult[]): PassRate {
  const passed = checks.filter((c) => c.pass).length;
  const total = checks.length;
  return { passed, total, rate: total > 0 ? passed / total : 0 };
}

/** "day D HH:00" of a step (a step is ten game seconds). */
export function stepLabel(step: number): string {
  const day = Math.floor(step / STEPS_PER_DAY) + 1;
  const hour = Math.floor(
    (((step % STEPS_PER_DAY) + STEPS_PER_DAY) % STEPS_PER_DAY) / STEPS_PER_HOUR,
  );
  return `day ${day} ${String(hour).padStart(2, '0')}:00`;
}

const TICK_HOURS = [1, 2, 3, 4, 6, 12, 24, 48, 72, 168];

/** X ticks on whole game hours for a step range, at most about `max` of them. */
export function stepTicks(min: number, max: number, maxTicks = 8): Tick[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const spanHours = (max - min) / STEPS_PER_HOUR;
  const hours =
    TICK_HOURS.find((h) => spanHours / h <= maxTicks) ?? Math.ceil(spanHours / maxTicks / 24) * 24;
  const every = hours * STEPS_PER_HOUR;
  const ticks: Tick[] = [];
  for (let v = Math.ceil(min / every) * every; v <= max; v += every) {
    ticks.push({ value: v, label: stepLabel(v) });
  }
  return ticks;
}
