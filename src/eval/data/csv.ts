/**
 * Tables for the data export, written as RFC 4180 CSV (CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF) and as JSON (columns once, then rows as arrays).
 */

/** One value: numbers stay numbers, lists stay lists in JSON (joined by "; " in CSV). */
export type Cell = string | number | boolean | null | readonly string[];

/** A table of one export file: its columns in order, and rows holding exactly those columns. */
export interface Table<C extends string = string> {
  /** File name without extension ("people"): written as people.csv and people.json. */
  name: string;
  columns: readonly C[];
  rows: readonly Record<C, Cell>[];
}

/** Separator of list cells in CSV. */
export const LIST_SEPARATOR = '; ';

/**
 * A text field as a CSV field. A leading `=`, `+`, `-` or `@` (and tab or CR, which spreadsheets
 * treat the same way) gets a `'` so a spreadsheet shows it as text instead of running it as a
 * formula (agent text is data); then the field is quoted if needed. JSON keeps the text as is.
 */
export function textField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One cell as a CSV field: empty for null or a non-finite number. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'string') return textField(cell);
  return textField(cell.join(LIST_SEPARATOR));
}

/** The table as CSV: a header row, then one row per record, each line ending in CRLF. */
export function tableCsv(table: Table): string {
  const lines = [table.columns.map(textField).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c])).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}

/**
 * The table as JSON in pandas' "split" layout: `{ "columns": [...], "data": [[...], ...] }`, one
 * row a line (key names once, not per row: memories of 200 people run to megabytes). Lists stay
 * arrays; non-finite numbers become null.
 */
export function tableJson(table: Table): string {
  const rows = table.rows.map((row) =>
    JSON.stringify(
      table.columns.map((c) => {
        const v = row[c];
        return typeof v === 'number' && !Number.isFinite(v) ? null : v;
      }),
    ),
  );
  const data = rows.length ? `[\n${rows.join(',\n')}\n]` : '[]';
  return `{"columns":${JSON.stringify(table.columns)},\n"data":${data}}\n`;
}
