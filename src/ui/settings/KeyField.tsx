import { useState } from 'react';
import type { MindForm } from './settingsModel';

interface Props {
  form: MindForm;
  /** False for the server proxy: the server adds its own key. */
  usesKey: boolean;
  needsKey: boolean;
  patch(p: Partial<MindForm>): void;
}

/**
 * The API key: a password field (shown on request), kept for this tab only unless the user ticks
 * "remember on this device". With the server proxy there is no key in the browser at all.
 */
export function KeyField({ form, usesKey, needsKey, patch }: Props) {
  const [shown, setShown] = useState(false);
  if (!usesKey)
    return (
      <p className="mind-form__note" data-testid="mind-proxy-note">
        🔒 The server adds <code>OPENAI_API_KEY</code> from its environment (or <code>.env</code>);
        no key is entered, stored or sent by this page.
      </p>
    );
  return (
    <div className="field">
      <label htmlFor="mind-api-key">API key{needsKey ? '' : ' (optional for local servers)'}</label>
      <div className="mind-form__key">
        <input
          id="mind-api-key"
          type={shown ? 'text' : 'password'}
          value={form.apiKey}
          onChange={(e) => patch({ apiKey: e.target.value })}
          placeholder={needsKey ? 'sk-…' : 'not needed'}
          autoComplete="off"
          spellCheck={false}
          data-testid="mind-api-key"
        />
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => setShown(!shown)}
          aria-pressed={shown}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.rememberKey}
          onChange={(e) => patch({ rememberKey: e.target.checked })}
          data-testid="mind-remember-key"
        />
        <span>
          Remember on this device <span className="muted">(otherwise kept for this tab only)</span>
        </span>
      </label>
    </div>
  );
}
