import { useState } from 'react';
import type { MemoryView } from '../../protocol';
import { useReadOnly } from '../replay/ReadOnly';
import { EditMemoryDialog } from './EditMemoryDialog';
import { useWhyFocusRef } from '../why/focus';
import { WhyLink } from '../mindlog/WhyLink';
import { Importance, TypeChip } from './bits';

/**
 * One memory: type, time, importance and what it says. With `agentId` (the memory stream), it can
 * be edited: rewritten or forgotten.
 */
export function MemoryItem({ memory, agentId }: { memory: MemoryView; agentId?: string }) {
  const focus = useWhyFocusRef<HTMLLIElement>(memory.id);
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  return (
    <li
      ref={focus.ref}
      className={`memory memory--${memory.type}${focus.on ? ' is-why-focus' : ''}`}
      data-memory-id={memory.id}
      data-testid="memory-item"
      data-type={memory.type}
    >
      <div className="memory__meta">
        <TypeChip type={memory.type} />
        <span className="memory__time">{memory.time}</span>
        {memory.evidence.length > 0 && (
          <span className="muted small">cites {memory.evidence.length}</span>
        )}
        {memory.source && <span className="muted small">from {memory.source}</span>}
        <Importance value={memory.importance} />
      </div>
      <p className="memory__text">
        {memory.description}
        <WhyLink target={{ kind: 'memory', memoryId: memory.id }} opId={memory.opId} />
        {agentId && !readOnly && (
          <button
            type="button"
            className="memory__edit"
            onClick={() => setEditing(true)}
            title="Edit the past: rewrite or forget this memory"
            aria-label="Edit this memory"
            data-testid="memory-edit"
          >
            ✎
          </button>
        )}
      </p>
      {editing && agentId && (
        <EditMemoryDialog agentId={agentId} memory={memory} onClose={() => setEditing(false)} />
      )}
    </li>
  );
}
