import type { InspectorTab } from '../../store/types';
import { agentColour } from '../format';
import { useTown } from '../hooks/useTown';
import { MindTab } from '../mindlog/MindTab';
import { Portrait } from '../Portrait';
import { Tabs, type TabItem } from '../Tabs';
import { ConversationsTab } from './ConversationsTab';
import { MemoryTab } from './MemoryTab';
import { NowTab } from './NowTab';
import { ReflectionsTab } from './ReflectionsTab';
import { RelationshipsTab } from './RelationshipsTab';
import { TalkTab } from './TalkTab';
import { WhyPanel } from '../why/WhyPanel';

const TABS: TabItem<InspectorTab>[] = [
  { id: 'now', label: 'Now' },
  { id: 'memory', label: 'Memory' },
  { id: 'reflections', label: 'Reflections' },
  { id: 'conversations', label: 'Conversations' },
  { id: 'relationships', label: 'Relationships' },
  { id: 'talk', label: 'Talk' },
  { id: 'mind', label: 'Mind' },
];

/** The selected agent's mind, in tabs; an invitation to pick someone when nobody is selected. */
export function Inspector() {
  const selectedId = useTown((s) => s.selectedId);
  const index = useTown((s) => (s.selectedId ? s.agentIndex[s.selectedId] : undefined));
  const meta = useTown((s) => (index !== undefined ? s.meta?.agents[index] : undefined));
  const tab = useTown((s) => s.tab);
  const setTab = useTown((s) => s.setTab);

  if (!selectedId || !meta || index === undefined) {
    return (
      <aside className="inspector inspector--empty" data-testid="inspector-empty">
        <div className="empty-state">
          <div className="empty-state__art" aria-hidden="true">
            🔍
          </div>
          <h2>Look inside someone’s mind</h2>
          <p>
            Pick a person from the list or click one on the map to see what they remember, plan,
            think and feel — and to talk to them.
          </p>
          <ul className="empty-state__tips">
            <li>
              <kbd>Space</kbd> pause · <kbd>.</kbd> one step · <kbd>[</kbd> <kbd>]</kbd> speed
            </li>
            <li>
              <kbd>E</kbd> evaluate believability
            </li>
            <li>
              <kbd>/</kbd> find a person · <kbd>F</kbd> follow · <kbd>Esc</kbd> deselect
            </li>
          </ul>
        </div>
      </aside>
    );
  }

  return (
    <aside className="inspector" data-testid="inspector" data-agent={selectedId}>
      <InspectorHeader index={index} />
      <Tabs
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Inspector"
        testIdPrefix="tab-"
        panelClassName="inspector__body"
        panelTestId="inspector-body"
        panelKey={`${selectedId}-${tab}`}
      >
        {tab === 'now' && <NowTab agentId={selectedId} />}
        {tab === 'memory' && <MemoryTab agentId={selectedId} />}
        {tab === 'reflections' && <ReflectionsTab agentId={selectedId} />}
        {tab === 'conversations' && <ConversationsTab agentId={selectedId} />}
        {tab === 'relationships' && <RelationshipsTab agentId={selectedId} />}
        {tab === 'talk' && <TalkTab agentId={selectedId} />}
        {tab === 'mind' && <MindTab agentId={selectedId} />}
      </Tabs>
      <WhyPanel />
    </aside>
  );
}

function InspectorHeader({ index }: { index: number }) {
  const meta = useTown((s) => s.meta!.agents[index]);
  const emoji = useTown((s) => s.view?.agents[index]?.emoji ?? '');
  const action = useTown((s) => s.view?.agents[index]?.action ?? '');
  const place = useTown((s) => s.view?.agents[index]?.place ?? '');
  const following = useTown((s) => s.follow);
  const toggleFollow = useTown((s) => s.toggleFollow);
  const select = useTown((s) => s.select);
  return (
    <header className="inspector__head">
      <Portrait sprite={meta.sprite} colour={agentColour(index)} size={52} label={meta.name} />
      <div className="inspector__who">
        <h2 data-testid="inspector-name">{meta.name}</h2>
        <p className="muted">
          {meta.age} · {meta.occupation}
        </p>
        <p className="inspector__doing">
          <span className="emoji">{emoji}</span> {action}
          <span className="muted"> · {place}</span>
        </p>
      </div>
      <div className="inspector__tools">
        <button
          type="button"
          className={`btn btn--small${following ? ' is-on' : ''}`}
          onClick={toggleFollow}
          aria-pressed={following}
          title="Keep the camera on this person (F)"
          data-testid="follow-toggle"
        >
          ◎ {following ? 'Following' : 'Follow'}
        </button>
        <button
          type="button"
          className="icon-btn"
          onClick={() => select(null)}
          aria-label="Close inspector"
          title="Close (Esc)"
        >
          ×
        </button>
      </div>
    </header>
  );
}
