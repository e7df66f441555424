import type { PriceTable } from '../../protocol';

/** One editable row of the price table (numbers as typed). */
export interface PriceRow {
  model: string;
  input: string;
  output: string;
}

/** Rows for a table, in its order. */
export function rowsOf(table: PriceTable): PriceRow[] {
  return Object.entries(table).map(([model, p]) => ({
    model,
    input: String(p.inputPerMTok),
    output: String(p.outputPerMTok),
  }));
}

/** The rows as a table, or the first problem with them. */
export function tableOf(rows: PriceRow[]): PriceTable | string {
  const out: PriceTable = {};
  for (const r of rows) {
    const model = r.model.trim();
    if (!model) continue;
    const input = Number(r.input);
    const output = Number(r.output);
    if (!(input >= 0) || !(output >= 0) || r.input.trim() === '' || r.output.trim() === '')
      return `Prices for "${model}" must be numbers ≥ 0.`;
    out[model] = { inputPerMTok: input, outputPerMTok: output };
  }
  return out;
}
