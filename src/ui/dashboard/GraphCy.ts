import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { RelationKind } from '../../protocol/graphs';
import { drawPortrait, loadSheet } from '../sheet';

/** Colours of relation kinds (legend and edges). */
export const KIND_COLOURS: Record<RelationKind, string> = {
  partner: '#d6336c',
  family: '#e8590c',
  colleague: '#1c7ed6',
  neighbour: '#0ca678',
  friend: '#f59f00',
  regular: '#7048e8',
  other: '#868e96',
  met: '#adb5bd',
};

export const KIND_LABELS: Record<RelationKind, string> = {
  partner: 'partner',
  family: 'family',
  colleague: 'work',
  neighbour: 'neighbour',
  friend: 'friend',
  regular: 'customer',
  other: 'other',
  met: 'met in town',
};

/** The container element carries its graph, for tests (`el.__cy`). */
export type GraphHost = HTMLDivElement & { __cy?: Core };

/**
 * One Cytoscape graph for the life of the component: made on mount with `style`, destroyed on
 * unmount. Returns the container ref and the graph (null until mounted).
 */
export function useCytoscape(style: cytoscape.StylesheetJson): {
  ref: React.RefObject<GraphHost | null>;
  cy: Core | null;
} {
  const ref = useRef<GraphHost>(null);
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const graph = cytoscape({
      container,
      style,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    container.__cy = graph;
    setCy(graph);
    return () => {
      delete container.__cy;
      graph.destroy();
      setCy(null);
    };
    // The style is fixed for a panel's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { ref, cy };
}

/** Adds, updates and removes elements so the graph holds exactly `wanted` (ids kept stable). */
export function syncElements(
  cy: Core,
  wanted: ElementDefinition[],
  group: 'nodes' | 'edges',
): { added: string[]; removed: number } {
  const ids = new Set<string>();
  const added: string[] = [];
  cy.batch(() => {
    for (const el of wanted) {
      const id = el.data.id!;
      ids.add(id);
      const cur = cy.getElementById(id);
      if (cur.nonempty()) cur.data(el.data);
      else {
        cy.add({ ...el, group });
        added.push(id);
      }
    }
  });
  const stale = cy.elements(group === 'nodes' ? 'node' : 'edge').filter((el) => !ids.has(el.id()));
  stale.remove();
  return { added, removed: stale.length };
}

const portraits = new Map<number, string>();

/** A data URL of a sprite's portrait (cached), or null when the sheet is not loaded. */
export async function portraitUrl(sprite: number): Promise<string | null> {
  const hit = portraits.get(sprite);
  if (hit) return hit;
  try {
    const img = await loadSheet();
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 40;
    drawPortrait(canvas, img, sprite);
    const url = canvas.toDataURL();
    portraits.set(sprite, url);
    return url;
  } catch {
    return null;
  }
}

/** A CSS colour Cytoscape can parse ("hsl(10 50% 60%)" → "hsl(10, 50%, 60%)"). */
export function cyColour(css: string): string {
  const m = /^hsl\(\s*([\d.]+)\s+([\d.]+%)\s+([\d.]+%)\s*\)$/.exec(css);
  return m ? `hsl(${m[1]}, ${m[2]}, ${m[3]})` : css;
}

/** "Ada Quill" → "AQ", for nodes without a portrait. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** How a person looks as a graph node (portrait or colour, name below); both graphs use it. */
export function personNodeStyle(size: number, minZoomedFont: number) {
  return {
    width: size,
    height: size,
    'background-color': 'data(colour)',
    'background-fit': 'cover',
    'border-width': 2,
    'border-color': '#151a25',
    label: 'data(label)',
    'font-size': 9,
    'text-valign': 'bottom',
    'text-margin-y': 3,
    color: '#e8ecf4',
    'text-background-color': '#151a25',
    'text-background-opacity': 0.8,
    'text-background-padding': '1px',
    'min-zoomed-font-size': minZoomedFont,
  } as const;
}
