import { useState } from 'react';
import type { MemoryView } from '../../protocol';
import { useRequest } from '../hooks/useRequest';
import { WhyLink } from '../mindlog/WhyLink';
import { Empty, ErrorLine, Importance, Loading, TypeChip } from './bits';

/** Deepest evidence level shown (thoughts can cite thoughts). */
const MAX_DEPTH = 6;

/** Insights the agent reached by reflecting, each expandable into the memories it cites. */
export function ReflectionsTab({ agentId }: { agentId: string }) {
  const { data, error, reload } = useRequest('reflections', { agentId });
  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data) return <Loading what="reflections" />;
  if (data.insights.length === 0)
    return (
      <Empty>
        No reflections yet. They come once enough has happened: when the importance of recent
        memories adds up to the threshold (see the Now tab).
      </Empty>
    );
  return (
    <div className="stack" data-testid="reflections-tab">
      <p className="muted small">
        {data.insights.length} insights. Open one to see the memories it rests on; insights can cite
        earlier insights.
      </p>
      <ul className="tree">
        {data.insights.map((id) => (
          <TreeNode key={id} id={id} nodes={data.nodes} depth={0} path={[]} />
        ))}
      </ul>
    </div>
  );
}

interface NodeProps {
  id: string;
  nodes: Record<string, MemoryView>;
  depth: number;
  path: string[];
}

function TreeNode({ id, nodes, depth, path }: NodeProps) {
  const [open, setOpen] = useState(false);
  const node = nodes[id];
  if (!node) return null;
  const children = node.evidence.filter((e) => nodes[e] && !path.includes(e));
  const expandable = children.length > 0 && depth < MAX_DEPTH;
  return (
    <li className={`tree__node${depth === 0 ? ' tree__node--root' : ''}`} data-testid="tree-node">
      <div className="tree__row">
        {expandable ? (
          <button
            type="button"
            className={`tree__toggle${open ? ' is-open' : ''}`}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={open ? 'Hide evidence' : 'Show evidence'}
          >
            ▸
          </button>
        ) : (
          <span className="tree__leaf" aria-hidden="true">
            •
          </span>
        )}
        <div className="tree__content">
          <p>
            {depth > 0 && <TypeChip type={node.type} />} {node.description}
          </p>
          <p className="muted small">
            {node.time}
            {children.length > 0 && ` · cites ${children.length}`}{' '}
            <Importance value={node.importance} />
            <WhyLink target={{ kind: 'memory', memoryId: id }} opId={node.opId} />
          </p>
        </div>
      </div>
      {expandable && open && (
        <ul className="tree">
          {children.map((c) => (
            <TreeNode key={c} id={c} nodes={nodes} depth={depth + 1} path={[...path, id]} />
          ))}
        </ul>
      )}
    </li>
  );
}
