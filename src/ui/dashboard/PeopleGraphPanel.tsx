import type { Core, ElementDefinition, NodeSingular, Position, StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { RelationEdge, RelationKind } from '../../protocol/graphs';
import { agentColour } from '../format';
import { useRequest } from '../hooks/useRequest';
import { useTown } from '../hooks/useTown';
import { ErrorLine, Loading } from '../inspector/bits';
import {
  cyColour,
  initials,
  KIND_COLOURS,
  KIND_LABELS,
  personNodeStyle,
  portraitUrl,
  syncElements,
  useCytoscape,
} from './GraphCy';

/** Up to this many people: portraits and names always shown; beyond, names on hover or zoom. */
const SMALL_TOWN = 60;

/** Where people stood on the graph, kept across tab switches (for one town at a time). */
const positions = new Map<string, Position>();
let positionsOf = '';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      ...personNodeStyle(30, 7),
      'transition-property': 'opacity',
      'transition-duration': 300,
    },
  },
  { selector: 'node[portrait]', style: { 'background-image': 'data(portrait)' } },
  { selector: 'node.big', style: { label: '', width: 16, height: 16, 'border-width': 1 } },
  {
    selector: 'node.big.show-label, node.big:selected',
    style: { label: 'data(name)', 'z-index': 10 },
  },
  { selector: 'node:selected', style: { 'border-color': '#f5b945', 'border-width': 3 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      width: 'mapData(weight, 0, 1, 1, 7)',
      'line-color': 'data(colour)',
      'line-opacity': 'mapData(weight, 0, 1, 0.3, 0.9)' as unknown as number,
      'transition-property': 'width, line-opacity, line-color',
      'transition-duration': 800,
    },
  },
  { selector: 'edge[closeness < 0]', style: { 'curve-style': 'straight', 'line-style': 'dashed' } },
  { selector: 'edge.fresh', style: { 'line-color': '#ffffff', 'line-opacity': 1 } },
  { selector: '.faded', style: { opacity: 0.08 } },
];

function edgeId(e: RelationEdge): string {
  return `${e.a}|${e.b}`;
}

/**
 * The relationship graph: people as nodes, ties as edges (wider and darker when closer, dashed
 * when cool), coloured by kind. Ties change in place (positions stay); new ties flash.
 */
export function PeopleGraphPanel() {
  const meta = useTown((s) => s.meta);
  const selectedId = useTown((s) => s.selectedId);
  const select = useTown((s) => s.select);
  const setSideView = useTown((s) => s.setSideView);
  const people = meta?.agents ?? [];
  const big = people.length > SMALL_TOWN;
  const { data, error, reload } = useRequest('relationshipGraph', {
    maxEdges: big ? people.length * 3 : 600,
  });
  const { ref, cy } = useCytoscape(STYLE);
  const laidOut = useRef(false);

  // People: every agent, placed where they were last time, or laid out once.
  useEffect(() => {
    if (!cy || !meta) return;
    const town = `${meta.scenarioName} ${meta.seed} ${meta.agents.length}`;
    if (town !== positionsOf) {
      positions.clear();
      positionsOf = town;
    }
    const nodes: ElementDefinition[] = meta.agents.map((a, i) => ({
      data: {
        id: a.id,
        name: a.name,
        label: big ? initials(a.name) : a.name.split(' ')[0],
        colour: cyColour(agentColour(i)),
      },
      classes: big ? 'big' : '',
      ...(positions.has(a.id) ? { position: positions.get(a.id) } : {}),
    }));
    syncElements(cy, nodes, 'nodes');
    if (!big)
      meta.agents.forEach((a) => {
        void portraitUrl(a.sprite).then((url) => {
          if (url && !cy.destroyed()) cy.getElementById(a.id).data('portrait', url);
        });
      });
    const onTap = (e: { target: NodeSingular }) => {
      select(e.target.id(), { focus: true });
      setSideView('inspector');
    };
    const onOver = (e: { target: NodeSingular }) => {
      const n = e.target;
      n.addClass('show-label');
      cy.elements().not(n.closedNeighborhood()).addClass('faded');
    };
    const onOut = (e: { target: NodeSingular }) => {
      e.target.removeClass('show-label');
      cy.elements().removeClass('faded');
    };
    cy.on('tap', 'node', onTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      if (cy.destroyed()) return;
      cy.nodes().forEach((n) => {
        positions.set(n.id(), { ...n.position() });
      });
      cy.off('tap', 'node', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    };
  }, [cy, meta, big, select, setSideView]);

  // Ties: updated in place; new ones flash; the first answer lays out whoever has no place yet.
  useEffect(() => {
    if (!cy || !data) return;
    const edges: ElementDefinition[] = data.edges.map((e) => ({
      data: {
        id: edgeId(e),
        source: e.a,
        target: e.b,
        weight: Math.min(1, Math.abs(e.closeness) + Math.min(e.talked, 10) * 0.03),
        closeness: e.closeness,
        colour: KIND_COLOURS[e.kind],
        kind: e.kind,
      },
    }));
    const { added } = syncElements(cy, edges, 'edges');
    if (!laidOut.current) {
      laidOut.current = true;
      const unplaced = cy.nodes().filter((n) => !positions.has(n.id()));
      if (unplaced.nonempty()) arrange(cy, false);
    } else if (added.length && added.length < 50) {
      const fresh = cy.edges().filter((e) => added.includes(e.id()));
      fresh.addClass('fresh');
      setTimeout(() => !cy.destroyed() && fresh.removeClass('fresh'), 1500);
    }
  }, [cy, data]);

  useEffect(() => {
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [cy, selectedId]);

  const counts = useMemo(() => {
    const c = new Map<RelationKind, number>();
    for (const e of data?.edges ?? []) c.set(e.kind, (c.get(e.kind) ?? 0) + 1);
    return c;
  }, [data]);

  return (
    <div className="graph-panel">
      <div className="graph-panel__bar">
        <span className="muted small">
          {people.length} people · {data ? data.edges.length : '…'} ties
          {data && data.hidden > 0 && ` (${data.hidden} weaker hidden)`}
        </span>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => cy && arrange(cy, true)}
          title="Lay the graph out again from who is close to whom"
          data-testid="people-graph-arrange"
        >
          Re-arrange
        </button>
      </div>
      {error && <ErrorLine error={error} retry={reload} />}
      {!data && !error && <Loading what="relationships" />}
      <div
        ref={ref}
        className="graph-canvas"
        data-testid="people-graph"
        data-nodes={people.length}
        data-edges={data?.edges.length ?? 0}
        role="img"
        aria-label={`Relationship graph of ${people.length} people. Click a person to inspect them.`}
      />
      <ul className="graph-legend" aria-label="Kinds of relationship">
        {[...counts].map(([kind, n]) => (
          <li key={kind}>
            <span className="graph-legend__swatch" style={{ background: KIND_COLOURS[kind] }} />
            {KIND_LABELS[kind]} <span className="muted">{n}</span>
          </li>
        ))}
        <li className="muted">wider = closer · dashed = cool · click a person to inspect</li>
      </ul>
    </div>
  );
}

/**
 * Force layout (animated over frames, so no long task); `all`: everyone, else new nodes only. A
 * big town gets rings by number of ties instead (instant; forces would take seconds).
 */
function arrange(cy: Core, all: boolean): void {
  const save = () =>
    cy.nodes().forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
  if (cy.nodes().length > SMALL_TOWN * 2) {
    // People with ties in rings by how many (the well-connected in the middle); people nobody
    // knows yet in a tidy block below, so they do not crowd the picture.
    const tied = cy.nodes().filter((node) => node.degree(false) > 0);
    const alone = cy.nodes().not(tied);
    const size = Math.max(300, Math.sqrt(tied.length) * 70);
    tied
      .layout({
        name: 'concentric',
        concentric: (node: NodeSingular) => Math.min(node.degree(false), 6),
        levelWidth: () => 1,
        // Rings evenly spaced, so the well-connected middle is not a knot.
        equidistant: true,
        minNodeSpacing: 10,
        animate: false,
        fit: false,
        boundingBox: { x1: 0, y1: 0, w: size, h: size },
      })
      .run();
    const columns = Math.max(1, Math.ceil(Math.sqrt(alone.length * 2.5)));
    const rows = Math.ceil(alone.length / columns);
    alone
      .layout({
        name: 'grid',
        cols: columns,
        animate: false,
        fit: false,
        avoidOverlap: true,
        boundingBox: { x1: 0, y1: size + 60, w: size, h: Math.max(40, rows * (size / columns)) },
      })
      .run();
    cy.fit(undefined, 12);
    save();
    return;
  }
  const placed = cy.nodes().filter((n) => positions.has(n.id()));
  if (!all) placed.lock();
  const fresh = placed.empty();
  if (!fresh) {
    // Newcomers start near the middle, where the forces can find them a place.
    const box = placed.boundingBox();
    cy.nodes()
      .not(placed)
      .forEach((node) => {
        node.position({
          x: box.x1 + (0.3 + 0.4 * Math.random()) * box.w,
          y: box.y1 + (0.3 + 0.4 * Math.random()) * box.h,
        });
      });
  }
  const n = cy.nodes().length;
  cy.layout({
    name: 'cose',
    animate: true,
    refresh: n > 100 ? 4 : 20,
    randomize: fresh,
    fit: true,
    padding: 16,
    nodeRepulsion: () => (n > 100 ? 6000 : 40000),
    idealEdgeLength: () => (n > 100 ? 40 : 70),
    edgeElasticity: (e) => 60 / (0.3 + Number(e.data('weight'))),
    gravity: 0.6,
    numIter: n > 100 ? 400 : 1000,
    stop: () => {
      placed.unlock();
      save();
    },
  }).run();
}
