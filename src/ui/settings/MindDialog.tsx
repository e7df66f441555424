import type { MindDialogTab } from '../../store/mindSlice';
import { useTown } from '../hooks/useTown';
import { SettingsForm } from './SettingsForm';
import { UsagePanel } from './UsagePanel';
import { useModalKeys } from './useModalKeys';

const TABS: { id: MindDialogTab; label: string }[] = [
  { id: 'settings', label: 'Settings' },
  { id: 'usage', label: 'Usage & cost' },
];

/** The mind dialog: LLM settings (switch the mind) and live usage with prices. Esc closes. */
export function MindDialog({ tab }: { tab: MindDialogTab }) {
  const close = useTown((s) => s.closeMindDialog);
  const open = useTown((s) => s.openMindDialog);
  const [ref, onKeyDown] = useModalKeys(close);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={ref}
        className="dialog dialog--mind"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mind-title"
        onKeyDown={onKeyDown}
        data-testid="mind-dialog"
      >
        <header className="dialog__head">
          <h2 id="mind-title">🧠 The town’s mind</h2>
          <button type="button" className="icon-btn" onClick={close} aria-label="Close (Esc)">
            ×
          </button>
        </header>
        <p className="muted small">
          The offline mind (rules, no network) is the default. Any OpenAI-compatible server can
          think for the town instead; each question it cannot answer falls back to the offline mind,
          so the town keeps living.
        </p>
        <nav className="tabs tabs--dialog" role="tablist" aria-label="Mind">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              className={tab === t.id ? 'is-on' : ''}
              onClick={() => open(t.id)}
              data-testid={`mind-tab-${t.id}`}
            >
              {t.label}
            </button>
          ))}
        </nav>
        <div className="dialog__body" role="tabpanel">
          {tab === 'settings' ? <SettingsForm onApplied={close} /> : <UsagePanel />}
        </div>
      </div>
    </div>
  );
}
