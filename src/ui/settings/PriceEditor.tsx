import { useState } from 'react';
import { DEFAULT_PRICES } from '../../protocol';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { rowsOf, tableOf, type PriceRow as Row } from './priceRows';
import { browserStorages, loadPrices, savePrices } from './settingsStorage';

/**
 * The price table (USD per million tokens), editable: it starts from published list prices
 * plus the user's edits (kept in localStorage) and re-prices the running LLM mind on save.
 * Models are matched exactly or by the longest prefix; unlisted models count as free.
 */
export function PriceEditor({ onSaved }: { onSaved(): void }) {
  const request = useTown((s) => s.request);
  const kind = useTown((s) => s.mindStatus.kind);
  const [rows, setRows] = useState<Row[]>(() =>
    rowsOf({ ...DEFAULT_PRICES, ...loadPrices(browserStorages()) }),
  );
  const [saved, setSaved] = useState(false);
  const saving = useSubmit();
  const edit = (i: number, p: Partial<Row>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...p } : r)));
    setSaved(false);
    saving.setError(null);
  };
  const save = () => {
    setSaved(false);
    const table = tableOf(rows);
    if (typeof table === 'string') return saving.setError(table);
    void saving.run(async () => {
      savePrices(browserStorages(), table);
      if (kind === 'llm') await request('setPrices', { prices: table });
      setSaved(true);
      onSaved();
    });
  };
  return (
    <details className="prices" data-testid="price-editor">
      <summary>Price table (USD per million tokens)</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Model (or prefix)</th>
            <th scope="col">Input</th>
            <th scope="col">Output</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <input
                  type="text"
                  value={r.model}
                  onChange={(e) => edit(i, { model: e.target.value })}
                  aria-label="Model"
                  spellCheck={false}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  step="any"
                  value={r.input}
                  onChange={(e) => edit(i, { input: e.target.value })}
                  aria-label={`Input price for ${r.model || 'this model'}`}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  step="any"
                  value={r.output}
                  onChange={(e) => edit(i, { output: e.target.value })}
                  aria-label={`Output price for ${r.model || 'this model'}`}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  aria-label={`Remove ${r.model || 'row'}`}
                  disabled={r.model in DEFAULT_PRICES}
                  title={
                    r.model in DEFAULT_PRICES
                      ? 'Built-in prices can be edited, not removed'
                      : 'Remove'
                  }
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="prices__actions">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setRows((rs) => [...rs, { model: '', input: '0', output: '0' }])}
        >
          + Add a model
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary"
          onClick={save}
          data-testid="price-save"
        >
          Save prices
        </button>
        {(saving.error || saved) && (
          <span className={saving.error ? 'form-error' : 'muted small'} role="status">
            {saving.error ?? 'Prices saved; costs are recomputed.'}
          </span>
        )}
      </div>
    </details>
  );
}
