import { useState } from 'react';
import type { MemoryType } from '../../sim/memory/node';
import { MEMORY_TYPE_LABEL, MEMORY_TYPES } from '../format';
import { useRequest } from '../hooks/useRequest';
import { Empty, ErrorLine, Loading } from './bits';
import { MemoryItem } from './MemoryItem';
import { ProbePanel } from './ProbePanel';
import { useShowFocused } from '../why/focus';

const PAGE = 100;

/** The memory stream, newest first, with type and text filters, and the retrieval probe. */
export function MemoryTab({ agentId }: { agentId: string }) {
  const [types, setTypes] = useState<MemoryType[]>([]);
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const { data, error, reload } = useRequest('memories', { agentId, types, text, limit });
  useShowFocused(agentId, data, () => {
    setTypes([]);
    setText('');
    setLimit(data?.total ?? PAGE);
  });
  const toggle = (t: MemoryType) =>
    setTypes((cur) => (cur.includes(t) ? cur.filter((x) => x !== t) : [...cur, t]));

  return (
    <div className="stack" data-testid="memory-tab">
      <ProbePanel agentId={agentId} />
      <section className="card">
        <header className="card__head">
          <h3>Memory stream</h3>
          {data && (
            <span className="muted small" data-testid="memory-count">
              {data.matched === data.total ? `${data.total}` : `${data.matched} of ${data.total}`}{' '}
              memories
            </span>
          )}
        </header>
        <div className="filters">
          <div className="chips" role="group" aria-label="Memory types">
            <button
              type="button"
              className={`chip chip--toggle${types.length === 0 ? ' is-on' : ''}`}
              onClick={() => setTypes([])}
            >
              All
            </button>
            {MEMORY_TYPES.map((t) => (
              <button
                key={t}
                type="button"
                className={`chip chip--toggle chip--${t}${types.includes(t) ? ' is-on' : ''}`}
                onClick={() => toggle(t)}
                aria-pressed={types.includes(t)}
                data-testid={`memory-filter-${t}`}
              >
                {MEMORY_TYPE_LABEL[t]}
              </button>
            ))}
          </div>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Search memories"
            aria-label="Search memories"
            data-testid="memory-search"
          />
        </div>
        {error && <ErrorLine error={error} retry={reload} />}
        {!data && !error && <Loading what="memories" />}
        {data && data.memories.length === 0 && (
          <Empty>{data.total ? 'No memory matches these filters.' : 'No memories yet.'}</Empty>
        )}
        {data && data.memories.length > 0 && (
          <>
            <ol className="memories" data-testid="memory-list">
              {data.memories.map((m) => (
                <MemoryItem key={m.id} memory={m} agentId={agentId} />
              ))}
            </ol>
            {data.matched > data.memories.length && (
              <button
                type="button"
                className="btn btn--ghost btn--wide"
                onClick={() => setLimit((l) => l + PAGE)}
              >
                Show older ({data.matched - data.memories.length} more)
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
