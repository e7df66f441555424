import type { MindDialogTab } from '../../store/mindSlice';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { Tabs, type TabItem } from '../Tabs';
import { SettingsForm } from './SettingsForm';
import { UsagePanel } from './UsagePanel';

const TABS: TabItem<MindDialogTab>[] = [
  { id: 'settings', label: 'Settings' },
  { id: 'usage', label: 'Usage & cost' },
];

/** The mind dialog: LLM settings (switch the mind) and live usage with prices. Esc closes. */
export function MindDialog({ tab }: { tab: MindDialogTab }) {
  const close = useTown((s) => s.closeMindDialog);
  const open = useTown((s) => s.openMindDialog);
  return (
    <Modal title="🧠 The town’s mind" onClose={close} className="dialog--mind" testId="mind-dialog">
      <p className="muted small">
        The offline mind (rules, no network) is the default. Any OpenAI-compatible server can think
        for the town instead; each question it cannot answer falls back to the offline mind, so the
        town keeps living.
      </p>
      <Tabs
        tabs={TABS}
        selected={tab}
        onSelect={open}
        label="Mind"
        className="tabs--dialog"
        testIdPrefix="mind-tab-"
        panelClassName="dialog__body"
      >
        {tab === 'settings' ? <SettingsForm onApplied={close} /> : <UsagePanel />}
      </Tabs>
    </Modal>
  );
}
