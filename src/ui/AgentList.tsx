import { useEffect, useMemo, useRef, useState } from 'react';
import { AgentRow } from './AgentRow';
import { FILTER_INPUT_ID } from './hooks/useShortcuts';
import { useTown } from './hooks/useTown';

/** Height of one row, px (fixed so long lists can be windowed). */
export const ROW_HEIGHT_PX = 64;
/** Lists longer than this render only the rows in view (crowds of hundreds). */
const WINDOW_ABOVE = 60;
const OVERSCAN_ROWS = 6;

/** The people of the town, filterable by name. */
export function AgentList() {
  const agents = useTown((s) => s.meta?.agents);
  const filter = useTown((s) => s.filter);
  const setFilter = useTown((s) => s.setFilter);
  const selectedId = useTown((s) => s.selectedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (agents ?? [])
      .map((meta, index) => ({ meta, index }))
      .filter(({ meta }) => !needle || meta.name.toLowerCase().includes(needle));
  }, [agents, filter]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);

  // Bring the selected person into view (e.g. after a click on the map).
  useEffect(() => {
    const el = scrollRef.current;
    const row = shown.findIndex((s) => s.meta.id === selectedId);
    if (!el || row < 0) return;
    const top = row * ROW_HEIGHT_PX;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT_PX > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT_PX - el.clientHeight;
  }, [selectedId, shown]);

  const windowed = shown.length > WINDOW_ABOVE;
  const first = windowed
    ? Math.max(0, Math.floor(viewport.top / ROW_HEIGHT_PX) - OVERSCAN_ROWS)
    : 0;
  const last = windowed
    ? Math.min(
        shown.length,
        Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT_PX) + OVERSCAN_ROWS,
      )
    : shown.length;

  return (
    <section className="people" aria-label="People">
      <header className="people__head">
        <h2>
          People <span className="count">{agents?.length ?? 0}</span>
        </h2>
        <div className="search">
          <input
            id={FILTER_INPUT_ID}
            type="search"
            placeholder="Filter by name  ( / )"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="agent-filter"
            aria-label="Filter people by name"
          />
        </div>
      </header>
      <div className="people__scroll" ref={scrollRef}>
        {shown.length === 0 ? (
          <p className="empty">Nobody here is called “{filter}”.</p>
        ) : (
          <ul
            className="people__list"
            data-testid="agent-list"
            style={{ height: shown.length * ROW_HEIGHT_PX }}
          >
            {shown.slice(first, last).map(({ meta, index }, k) => (
              <AgentRow key={meta.id} meta={meta} index={index} top={(first + k) * ROW_HEIGHT_PX} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
