import type { MemoryView } from '../../protocol';
import { useWhyFocusRef } from '../why/focus';
import { WhyLink } from '../mindlog/WhyLink';
import { Importance, TypeChip } from './bits';

/** One memory: type, time, importance and what it says. */
export function MemoryItem({ memory }: { memory: MemoryView }) {
  const focus = useWhyFocusRef<HTMLLIElement>(memory.id);
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
      </p>
    </li>
  );
}
