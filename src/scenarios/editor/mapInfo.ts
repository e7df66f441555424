import { checkTownMap, townProblems, type CheckedTownMap } from '../../sim/world/townCheck';

/** A rectangle in tiles. */
export interface TileRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A sector of a map as the editor offers it: pick it, or one of its arenas. */
export interface MapPlace {
  sector: string;
  /** The `kind` property (home, cafe …), or null when the map does not say. */
  kind: string | null;
  rect: TileRect;
  arenas: { name: string; rect: TileRect; objects: string[] }[];
}

/** A map's places and its walls, for the editor's pickers and the preview the user clicks. */
export interface EditorMapInfo {
  width: number;
  height: number;
  /** One character per tile, row by row: "1" blocked, "0" walkable. */
  blocked: string;
  places: MapPlace[];
}

/**
 * Reads a Tiled map for the editor with the map loading and checks a new town uses
 * (`checkTownMap`): throws one message listing everything wrong with the map itself.
 */
export function editorMapInfo(map: unknown): EditorMapInfo {
  return editorMapInfoOf(checkTownMap(map));
}

/** `editorMapInfo` of a map already read and checked. */
export function editorMapInfoOf(map: CheckedTownMap): EditorMapInfo {
  const errors = map.problems.filter((p) => p.level === 'error').map((p) => p.message);
  if (errors.length) throw new Error(townProblems(errors, 'This map cannot be used'));
  const { town } = map;
  let blocked = '';
  for (let i = 0; i < town.width * town.height; i++) blocked += town.blocked[i] ? '1' : '0';
  return {
    width: town.width,
    height: town.height,
    blocked,
    places: town.sectors.map((s) => ({
      sector: s.name,
      kind: s.kind,
      rect: { ...s.rect },
      arenas: s.arenas.map((a) => ({
        name: a.name,
        rect: { ...a.rect },
        objects: a.objects.map((o) => o.name),
      })),
    })),
  };
}
