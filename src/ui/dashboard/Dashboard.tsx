import { useState } from 'react';
import { useTown } from '../hooks/useTown';
import { Tabs, type TabItem } from '../Tabs';
import { DataExportButton } from './DataExportButton';
import { PeopleGraphPanel } from './PeopleGraphPanel';
import { SeriesPanel } from './SeriesPanel';
import { TimelinePanel } from './TimelinePanel';
import { ToldByPanel } from './ToldByPanel';

type DashboardTab = 'series' | 'people' | 'toldBy' | 'timeline';

const TABS: readonly TabItem<DashboardTab>[] = [
  { id: 'series', label: 'Over time' },
  { id: 'people', label: 'Relationships' },
  { id: 'toldBy', label: 'Told by' },
  { id: 'timeline', label: 'Moments' },
];

/**
 * The town's dashboard, beside the map in place of the inspector: how news spreads, who is close
 * to whom, how much people talk and where they are — live, and in a replay for the replayed moment.
 * Loaded on first open (`React.lazy` in App), with the chart and graph libraries behind it.
 */
export default function Dashboard() {
  const [tab, setTab] = useState<DashboardTab>('series');
  const setView = useTown((s) => s.setSideView);
  return (
    <aside className="dashboard" aria-label="Town dashboard" data-testid="dashboard">
      <header className="dashboard__head">
        <h2>Town dashboard</h2>
        <DataExportButton />
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setView('inspector')}
          title="Back to the inspector (d)"
          aria-label="Close the dashboard"
          data-testid="dashboard-close"
        >
          ✕
        </button>
      </header>
      <Tabs
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Dashboard"
        testIdPrefix="dashboard-tab-"
        panelClassName="dashboard__panel"
        panelTestId="dashboard-panel"
      >
        {tab === 'series' && <SeriesPanel />}
        {tab === 'people' && <PeopleGraphPanel />}
        {tab === 'toldBy' && <ToldByPanel />}
        {tab === 'timeline' && <TimelinePanel />}
      </Tabs>
    </aside>
  );
}
