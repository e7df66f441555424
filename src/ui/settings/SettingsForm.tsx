import { useState, type FormEvent } from 'react';
import type { ConnectionVerdict } from '../../protocol';
import { useSubmit } from '../hooks/useSubmit';
import { useTown } from '../hooks/useTown';
import { BudgetFields } from './BudgetFields';
import { ConnectionResult, type TestState } from './ConnectionResult';
import { KeyField } from './KeyField';
import {
  configFromForm,
  formForPreset,
  formProblem,
  PRESET_CHOICES,
  presetChoice,
  type MindForm,
  type PresetId,
} from './settingsModel';
import { browserStorages, loadForm, loadPrices, saveForm } from './settingsStorage';

/**
 * LLM settings: provider preset, endpoint, models, key, concurrency, temperature and budget,
 * with a "Test connection" verdict; Apply switches the town's mind without reloading. Inputs carry
 * no `name` and the form never submits to a URL, so the key cannot end up in one.
 */
export function SettingsForm({ onApplied }: { onApplied(): void }) {
  const status = useTown((s) => s.mindStatus);
  const setMind = useTown((s) => s.setMind);
  const testMind = useTown((s) => s.testMind);
  const notify = useTown((s) => s.notify);
  const [form, setForm] = useState<MindForm>(() =>
    loadForm(browserStorages(), window.location.origin),
  );
  const [verdict, setVerdict] = useState<ConnectionVerdict | null>(null);
  const tester = useSubmit();
  const applier = useSubmit();
  const test: TestState = tester.pending
    ? { state: 'testing' }
    : tester.error !== null
      ? { state: 'failed', message: tester.error }
      : verdict
        ? { state: 'done', verdict }
        : { state: 'idle' };
  const applying = applier.pending;
  const error = applier.error;
  const preset = presetChoice(form.preset);
  const problem = formProblem(form);

  /** An edit makes the last test's verdict and the last error stale. */
  const forgetResults = () => {
    setVerdict(null);
    tester.setError(null);
    applier.setError(null);
  };
  const patch = (p: Partial<MindForm>) => {
    setForm((f) => ({ ...f, ...p }));
    forgetResults();
  };
  const choosePreset = (id: PresetId) => {
    setForm((f) => formForPreset(id, window.location.origin, f));
    forgetResults();
  };

  const runTest = () => {
    if (problem) return applier.setError(problem);
    setVerdict(null);
    void tester.run(async () => setVerdict(await testMind(configFromForm(form))));
  };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (problem) return applier.setError(problem);
    void applier.run(async () => {
      const storages = browserStorages();
      saveForm(storages, form);
      const next = await setMind({
        kind: 'llm',
        config: configFromForm(form, loadPrices(storages)),
      });
      notify('info', `Now thinking with the LLM mind (${next.chatModel}).`);
      onApplied();
    });
  };

  const switchOffline = () =>
    void applier.run(async () => {
      await setMind({ kind: 'offline' });
      notify('info', 'Back on the offline mind.');
      onApplied();
    });

  return (
    <form className="mind-form" onSubmit={apply} autoComplete="off" data-testid="mind-form">
      <p className="mind-form__now" data-testid="mind-now">
        Now: <strong>{status.kind === 'llm' ? status.label : 'Offline mind'}</strong>
        {status.baseURL && <span className="muted"> · {status.baseURL}</span>}
        {status.kind === 'llm' && (
          <button
            type="button"
            className="btn btn--small btn--ghost"
            onClick={switchOffline}
            disabled={applying}
            data-testid="mind-use-offline"
          >
            Use the offline mind
          </button>
        )}
      </p>
      <label className="field">
        <span>Provider</span>
        <select
          value={form.preset}
          onChange={(e) => choosePreset(e.target.value as PresetId)}
          data-testid="mind-preset"
          data-autofocus
        >
          {PRESET_CHOICES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <small className="muted">{preset.hint}</small>
      </label>
      <label className="field">
        <span>Base URL</span>
        <input
          type="url"
          value={form.baseURL}
          readOnly={form.preset === 'proxy'}
          onChange={(e) => patch({ baseURL: e.target.value })}
          placeholder="http://localhost:11434/v1"
          spellCheck={false}
          data-testid="mind-base-url"
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Chat model</span>
          <input
            type="text"
            value={form.chatModel}
            onChange={(e) => patch({ chatModel: e.target.value })}
            spellCheck={false}
            data-testid="mind-chat-model"
          />
        </label>
        <label className="field">
          <span>Embeddings</span>
          <select
            value={form.embeddings}
            onChange={(e) => patch({ embeddings: e.target.value as MindForm['embeddings'] })}
            data-testid="mind-embeddings"
          >
            <option value="offline">Offline embedder (free, instant)</option>
            <option value="api">Embedding model on the server</option>
          </select>
        </label>
      </div>
      {form.embeddings === 'api' && (
        <label className="field">
          <span>Embedding model</span>
          <input
            type="text"
            value={form.embeddingModel}
            onChange={(e) => patch({ embeddingModel: e.target.value })}
            spellCheck={false}
            data-testid="mind-embedding-model"
          />
        </label>
      )}
      <KeyField form={form} usesKey={preset.usesKey} needsKey={preset.needsKey} patch={patch} />
      <div className="field-row">
        <label className="field">
          <span>Concurrency</span>
          <input
            type="number"
            min={1}
            max={64}
            value={form.concurrency}
            onChange={(e) => patch({ concurrency: Number(e.target.value) })}
            data-testid="mind-concurrency"
          />
        </label>
        <label className="field">
          <span>Temperature</span>
          <input
            type="number"
            min={0}
            max={2}
            step={0.1}
            value={form.temperature}
            onChange={(e) => patch({ temperature: Number(e.target.value) })}
            data-testid="mind-temperature"
          />
        </label>
      </div>
      <BudgetFields form={form} patch={patch} />
      <details className="mind-form__advanced">
        <summary>Advanced</summary>
        <div className="field-row">
          <label className="field">
            <span>Structured output</span>
            <select
              value={form.structuredOutput}
              onChange={(e) =>
                patch({ structuredOutput: e.target.value as MindForm['structuredOutput'] })
              }
            >
              <option value="json_schema">JSON schema (strict)</option>
              <option value="json_object">JSON mode</option>
            </select>
          </label>
          <label className="field">
            <span>Token limit parameter</span>
            <select
              value={form.tokenLimitParam}
              onChange={(e) =>
                patch({ tokenLimitParam: e.target.value as MindForm['tokenLimitParam'] })
              }
            >
              <option value="max_tokens">max_tokens</option>
              <option value="max_completion_tokens">max_completion_tokens</option>
            </select>
          </label>
          <label className="field">
            <span>Timeout (s)</span>
            <input
              type="number"
              min={1}
              max={600}
              value={form.timeoutSec}
              onChange={(e) => patch({ timeoutSec: Number(e.target.value) })}
            />
          </label>
        </div>
      </details>
      <ConnectionResult test={test} />
      {error && (
        <p className="form-error" role="alert" data-testid="mind-error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="btn"
          onClick={runTest}
          disabled={test.state === 'testing'}
          data-testid="mind-test"
        >
          {test.state === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={applying}
          data-testid="mind-apply"
        >
          {applying ? 'Switching…' : 'Apply: use this LLM'}
        </button>
      </div>
    </form>
  );
}
