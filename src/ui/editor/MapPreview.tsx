import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { MapInfo } from '../../protocol';
import { useEditor } from './context';
import type { PlaceDraft } from './draftOps';

/** Colour of a sector by its kind. */
const KIND_COLOURS: Record<string, string> = {
  home: '#6ea8ff',
  eatery: '#f5b945',
  bar: '#ff8f6b',
  shop: '#4fd1a5',
  work: '#4fd1a5',
  school: '#b892ff',
  civic: '#c3cad8',
  park: '#7bd86b',
};

function colourOf(kind: string | null): string {
  return (kind && KIND_COLOURS[kind]) || '#8b96ad';
}

/** The map's walls, one pixel a tile. */
function useWalls(map: MapInfo): string | null {
  return useMemo(() => {
    if (typeof document === 'undefined') return null;
    const canvas = document.createElement('canvas');
    canvas.width = map.width;
    canvas.height = map.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const img = ctx.createImageData(map.width, map.height);
    for (let i = 0; i < map.width * map.height; i++) {
      const wall = map.blocked.charCodeAt(i) === 49;
      img.data.set(wall ? [40, 46, 62, 255] : [20, 25, 36, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
    return canvas.toDataURL();
  }, [map]);
}

/**
 * A small picture of the map: walls, and every place as a rectangle with its name. With a place
 * field waiting (📍), clicking a place (or one of its rooms) picks it; the current choice is
 * outlined. `highlight` marks places the form in view uses.
 */
export function MapPreview({ highlight }: { highlight: PlaceDraft[] }) {
  const { map, pickTarget } = useEditor();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pickTarget) box.current?.scrollIntoView({ block: 'nearest' });
  }, [pickTarget]);
  if (!map) return <div className="ed-map ed-map--empty muted">No map yet.</div>;
  return <MapSvg map={map} highlight={highlight} boxRef={box} />;
}

function MapSvg({
  map,
  highlight,
  boxRef,
}: {
  map: MapInfo;
  highlight: PlaceDraft[];
  boxRef: RefObject<HTMLDivElement | null>;
}) {
  const { pickTarget } = useEditor();
  const walls = useWalls(map);
  const chosen = pickTarget?.current;
  const marked = new Set(highlight.map((p) => p.sector));
  const pick = (place: PlaceDraft) => pickTarget?.pick(place);
  return (
    <div
      ref={boxRef}
      className={`ed-map${pickTarget ? ' is-picking' : ''}`}
      data-testid="editor-map"
    >
      <p className="ed-map__note" role="status">
        {pickTarget ? (
          <>
            Click a place for <b>{pickTarget.label}</b> (a room inside it picks the room).
          </>
        ) : (
          'Places of the map. Press 📍 beside a place field, then click here.'
        )}
      </p>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label="Map of the town's places"
      >
        {walls && (
          <image
            href={walls}
            width={map.width}
            height={map.height}
            style={{ imageRendering: 'pixelated' }}
          />
        )}
        {map.places.map((p) => {
          const on = chosen?.sector === p.sector;
          return (
            <g
              key={p.sector}
              className={`ed-map__place${on ? ' is-chosen' : ''}${marked.has(p.sector) ? ' is-marked' : ''}`}
              data-sector={p.sector}
              data-testid="map-place"
            >
              <rect
                x={p.rect.x}
                y={p.rect.y}
                width={p.rect.w}
                height={p.rect.h}
                fill={colourOf(p.kind)}
                stroke={colourOf(p.kind)}
                onClick={() => pick({ sector: p.sector })}
              >
                <title>{`${p.sector}${p.kind ? ` (${p.kind})` : ''}`}</title>
              </rect>
              {pickTarget &&
                p.arenas.map((a) => (
                  <rect
                    key={a.name}
                    className={`ed-map__arena${on && chosen?.arena === a.name ? ' is-chosen' : ''}`}
                    x={a.rect.x}
                    y={a.rect.y}
                    width={a.rect.w}
                    height={a.rect.h}
                    data-arena={a.name}
                    onClick={() => pick({ sector: p.sector, arena: a.name })}
                  >
                    <title>{`${p.sector}: ${a.name}`}</title>
                  </rect>
                ))}
              <text
                x={p.rect.x + p.rect.w / 2}
                y={p.rect.y + p.rect.h / 2}
                fontSize={Math.max(1.6, Math.min(3, p.rect.w / 6))}
                textAnchor="middle"
                dominantBaseline="middle"
              >
                {p.sector}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
