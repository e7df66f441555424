import { describe, expect, it } from 'vitest';
import { stepLabel, stepTicks } from './reportFormat';
import { renderReportHtml } from './reportHtml';
import { worstAnswers } from './reportSections';
import { reportFixture } from './testing/reportFixture';
import type { EvalReport } from './types';

/** A report with nothing in it: no storylines, interviews, hourly data or checks. */
function emptyReport(): EvalReport {
  const r = reportFixture();
  return {
    ...r,
    conditions: [],
    seeds: [],
    storylines: {},
    density: { start: 0, end: 0, hourly: [] },
    behaviour: null,
    interviews: [],
    summary: {
      byCheck: { identity: { passed: 0, total: 0, rate: 0 } },
      byCategory: {},
      byCondition: {},
    },
    runs: [],
  };
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(reportFixture());

  it('is one complete HTML document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Believability report: valentine</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes report text and never lets its markup through', () => {
    expect(html).toContain('I am fine &lt;script&gt;alert(1)&lt;/script&gt; thanks');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Bob &lt;Builder&gt;');
    expect(html).not.toContain('Bob <Builder>');
    expect(html).toContain('no memory mentions &quot;Maria&quot;');
    expect(html).toContain('Take care &amp; &lt;goodbye&gt;');
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/(src|href|xlink:href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('has the sections in order', () => {
    const order = [
      'Summary',
      'Language',
      'Per run',
      'Storylines',
      'Network density',
      'Behaviour',
      'Worst answers',
      'All answers',
    ].map((h) => html.indexOf(`<h2>${h}</h2>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows pass rates with their counts', () => {
    expect(html).toContain('75% (3/4)');
    expect(html).toContain('43% (3/7)');
    expect(html).toContain('Judge ranking');
  });

  it('has one per-run row per run with its interview pass rate', () => {
    const runs = html.slice(html.indexOf('<h2>Per run</h2>'), html.indexOf('<h2>Storylines</h2>'));
    expect(runs.match(/<tbody>.*<\/tbody>/s)?.[0].match(/<tr>/g)).toHaveLength(2);
    // Run A: 3 of 7 checks passed; run B: 2 of 3.
    expect(runs).toContain('43% (3/7)');
    expect(runs).toContain('67% (2/3)');
    expect(runs).toContain('party told');
  });

  it('charts storylines on game-clock ticks', () => {
    expect(html).toContain('<h3>party</h3>');
    expect(html).toContain('<h3>election</h3>');
    expect(html).toContain('day 1 06:00');
    expect(html).toContain('Isabella Rodriguez → Maria Lopez');
  });

  it('lists the answer with the most failed checks first among the worst', () => {
    const worst = html.slice(
      html.indexOf('<h2>Worst answers</h2>'),
      html.indexOf('<h2>All answers</h2>'),
    );
    const first = worst.indexOf('<li class="worst">');
    const bob = worst.indexOf('Bob &lt;Builder&gt;');
    expect(first).toBeGreaterThan(0);
    expect(bob).toBeGreaterThan(first);
    expect(worst.indexOf('<li class="worst">', first + 1)).toBeGreaterThan(bob);
    expect(worst).toContain('deflects the question');
    // The passing answer is not among the worst.
    expect(worst).not.toContain('Call the fire brigade');
  });

  it('puts each check reason on its ✓/✗ mark', () => {
    expect(html).toContain('title="testRetest: both answers agree">✓</span>');
    expect(html).toContain('title="grounded: cites no memory">✗</span>');
  });

  it('never prints NaN or undefined', () => {
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('renders an empty report without NaN or crashing', () => {
    const out = renderReportHtml(emptyReport());
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
    expect(out).toContain('No storylines');
    expect(out).toContain('No interviews.');
    expect(out).toContain('– (0/0)');
    expect(out).toContain('No data');
    expect(out).not.toContain('<h2>Behaviour</h2>');
  });
});

describe('worstAnswers', () => {
  it('orders by failed checks, then lower judge score, then original order', () => {
    const r = reportFixture().interviews;
    const worst = worstAnswers(r);
    expect(worst[0].agentName).toBe('Bob <Builder>');
    // Maria and Klaus fail one each; Maria has a judge score, Klaus none, so Maria comes first.
    expect(worst.map((w) => w.agentId)).toEqual(['bob', 'maria', 'klaus']);
  });

  it('keeps at most n', () => {
    const r = reportFixture().interviews;
    expect(worstAnswers(r, 1)).toHaveLength(1);
  });
});

describe('step clock labels', () => {
  it('names day and hour of a step', () => {
    expect(stepLabel(0)).toBe('day 1 00:00');
    expect(stepLabel(6 * 360)).toBe('day 1 06:00');
    expect(stepLabel(8640 + 13 * 360 + 100)).toBe('day 2 13:00');
  });

  it('picks whole-hour ticks, not too many', () => {
    const ticks = stepTicks(6 * 360, 2 * 8640);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(ticks.every((t) => t.value % 360 === 0)).toBe(true);
    expect(stepTicks(5, 1)).toEqual([]);
  });
});
