/**
 * Every interview answer as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and text
 * fields defused against formula injection.
 */
import type { InterviewRecord } from './types';

const HEADER = [
  'seed',
  'condition',
  'agentId',
  'agentName',
  'day',
  'clock',
  'category',
  'template',
  'question',
  'answer',
  'retestAnswer',
  'passed',
  'failed',
  'failedChecks',
  'judgeScore',
];

/**
 * A text field as a CSV field. A leading `=`, `+`, `-` or `@` (and tab or CR, which spreadsheets
 * treat the same way) gets a `'` so the cell is shown as text instead of run as a formula; then
 * the field is quoted if it holds a comma, quote, CR or LF.
 */
function textField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// Numbers we format ourselves cannot be formulas, and a negative seed must stay a number.
function numberField(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/**
 * Renders interview records as RFC 4180 CSV with a header row, one row per answer. `passed` and
 * `failed` count the answer's check results; `failedChecks` names the failed ones, joined by "; ".
 */
export function answersCsv(interviews: InterviewRecord[]): string {
  const lines = [HEADER.join(',')];
  for (const r of interviews) {
    const failed = r.checks.filter((c) => !c.pass);
    lines.push(
      [
        numberField(r.seed),
        textField(r.condition),
        textField(r.agentId),
        textField(r.agentName),
        numberField(r.day),
        textField(r.clock),
        textField(r.category),
        textField(r.template),
        textField(r.question),
        textField(r.answer),
        textField(r.retest?.answer ?? ''),
        numberField(r.checks.length - failed.length),
        numberField(failed.length),
        textField(failed.map((c) => c.name).join('; ')),
        numberField(r.judge?.score),
      ].join(','),
    );
  }
  return lines.map((l) => `${l}\r\n`).join('');
}
