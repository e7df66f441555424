import type { EdgeSingular, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { ToldByEdge } from '../../protocol/graphs';
import { agentColour, firstName } from '../format';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { Empty, ErrorLine, Loading } from '../inspector/bits';
import { cyColour, personNodeStyle, portraitUrl, syncElements, useCytoscape } from './GraphCy';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: personNodeStyle(28, 6),
  },
  { selector: 'node[portrait]', style: { 'background-image': 'data(portrait)' } },
  {
    selector: 'node.seed',
    style: { 'border-color': '#f59f00', 'border-width': 4, width: 36, height: 36 },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      width: 2,
      'line-color': '#6ea8ff',
      'target-arrow-color': '#6ea8ff',
      label: 'data(label)',
      'font-size': 8,
      color: '#c3cad8',
      'text-rotation': 'autorotate',
      'text-background-color': '#151a25',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'edge[?conversationId]', style: { 'line-style': 'solid' } },
  { selector: 'edge[!conversationId]', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge:active, edge.hover',
    style: { width: 4, 'line-color': '#f5b945', 'target-arrow-color': '#f5b945' },
  },
];

/**
 * The told-by graph of one storyline: a tree from its seed of who told whom, when and at which
 * hop. Click a telling (edge or row) to open the conversation it was told in.
 */
export function ToldByPanel() {
  const meta = useTown((s) => s.meta);
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error, reload } = useRequest('toldBy', chosen ? { storylineId: chosen } : {});
  const storyId = chosen ?? data?.storylines[0]?.id ?? null;
  const story = data?.storylines.find((s) => s.id === storyId);
  const edges = useMemo(
    () => (data?.edges ?? []).filter((e) => e.storylineId === storyId),
    [data, storyId],
  );

  if (error) return <ErrorLine error={error} retry={reload} />;
  if (!data || !meta) return <Loading what="storylines" />;
  if (data.storylines.length === 0)
    return <Empty>This town has no storylines: nothing is being passed on to follow.</Empty>;
  return (
    <div className="graph-panel">
      <div className="graph-panel__bar">
        <label className="small">
          Storyline{' '}
          <select
            value={storyId ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            data-testid="toldby-story"
          >
            {data.storylines.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {story && (
          <span className="muted small" data-testid="toldby-summary">
            {story.knowers} of {meta.agents.length} know it · {edges.length} tellings ·{' '}
            {edges.reduce((m, e) => Math.max(m, e.hop), 0)} hops
          </span>
        )}
      </div>
      {story && <Cascade key={story.id} seedId={story.seedAgentId} edges={edges} />}
    </div>
  );
}

function Cascade({ seedId, edges }: { seedId: string; edges: ToldByEdge[] }) {
  const meta = useTown((s) => s.meta)!;
  const agentIndex = useTown((s) => s.agentIndex);
  const openConversation = useTown((s) => s.openConversation);
  const select = useTown((s) => s.select);
  const setSideView = useTown((s) => s.setSideView);
  const { ref, cy } = useCytoscape(STYLE);
  const name = (id: string) => meta.agents[agentIndex[id] ?? -1]?.name ?? id;

  const open = (e: Pick<ToldByEdge, 'to' | 'conversationId'>) => {
    if (e.conversationId) openConversation(e.to, e.conversationId);
    else {
      select(e.to, { focus: true });
      setSideView('inspector');
    }
  };

  // Re-laid out (as a tree from the seed) only when someone new is told.
  useEffect(() => {
    if (!cy) return;
    const ids = [seedId, ...edges.flatMap((e) => [e.from, e.to])];
    const nodes: ElementDefinition[] = [...new Set(ids)].map((id) => {
      const i = agentIndex[id] ?? 0;
      return {
        data: { id, label: firstName(name(id)), colour: cyColour(agentColour(i)) },
        classes: id === seedId ? 'seed' : '',
      };
    });
    const links: ElementDefinition[] = edges.map((e) => ({
      data: {
        id: `${e.from}>${e.to}`,
        source: e.from,
        target: e.to,
        label: `${e.hop} · d${e.day} ${e.clock}`,
        to: e.to,
        ...(e.conversationId ? { conversationId: e.conversationId } : {}),
      },
    }));
    const n = syncElements(cy, nodes, 'nodes');
    const l = syncElements(cy, links, 'edges');
    if (nodes.length <= 80)
      for (const id of n.added) {
        const sprite = meta.agents[agentIndex[id] ?? -1]?.sprite;
        if (sprite !== undefined)
          void portraitUrl(sprite).then((url) => {
            if (url && !cy.destroyed()) cy.getElementById(id).data('portrait', url);
          });
      }
    if (n.added.length || n.removed || l.added.length) {
      const roots = cy
        .nodes()
        .filter((node) => node.indegree(false) === 0)
        .map((node) => node.id());
      cy.layout({
        name: 'breadthfirst',
        directed: true,
        roots,
        spacingFactor: nodes.length > 40 ? 0.9 : 1.1,
        animate: !n.removed && cy.nodes().length < 120,
        animationDuration: 400,
        fit: true,
        padding: 20,
        // A short cascade would fill the box with giant faces: no closer than life-size.
        stop: () => {
          if (cy.zoom() > 1) {
            cy.zoom(1);
            cy.center();
          }
        },
      }).run();
    }
    // `name` reads meta and agentIndex, listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, seedId, edges, meta, agentIndex]);

  useEffect(() => {
    if (!cy) return;
    const onEdge = (ev: { target: EdgeSingular }) => {
      const conversationId = ev.target.data('conversationId') as string | undefined;
      open({ to: ev.target.data('to') as string, conversationId });
    };
    const onNode = (ev: { target: NodeSingular }) => {
      select(ev.target.id(), { focus: true });
    };
    const over = (ev: { target: EdgeSingular }) => ev.target.addClass('hover');
    const out = (ev: { target: EdgeSingular }) => ev.target.removeClass('hover');
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', 'node', onNode);
    cy.on('mouseover', 'edge', over);
    cy.on('mouseout', 'edge', out);
    return () => {
      if (cy.destroyed()) return;
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', 'node', onNode);
      cy.off('mouseover', 'edge', over);
      cy.off('mouseout', 'edge', out);
    };
    // `open` changes every render; the store actions it uses do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, openConversation, select, setSideView]);

  return (
    <>
      <div
        ref={ref}
        className="graph-canvas graph-canvas--tree"
        data-testid="toldby-graph"
        data-edges={edges.length}
        role="img"
        aria-label={`Who told whom: ${edges.length} tellings from ${name(seedId)}. The list below opens each conversation.`}
      />
      {edges.length === 0 ? (
        <Empty>
          Nobody has been told yet: only {name(seedId)} knows. Let the town run and watch it spread.
        </Empty>
      ) : (
        <ol className="toldby-list" data-testid="toldby-list">
          {edges.map((e) => (
            <li key={`${e.from}>${e.to}`}>
              <button
                type="button"
                className="toldby-row"
                onClick={() => open(e)}
                title={
                  e.conversationId
                    ? `Open the conversation in which ${name(e.from)} told ${name(e.to)}`
                    : `Inspect ${name(e.to)} (no conversation recorded for this telling)`
                }
                data-testid="toldby-edge"
              >
                <span className="toldby-row__hop">hop {e.hop}</span>
                <span className="muted small">
                  Day {e.day} {e.clock}
                </span>
                <span>
                  {name(e.from)} → <strong>{name(e.to)}</strong>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
