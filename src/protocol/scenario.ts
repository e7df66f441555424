/**
 * The page↔worker protocol: the scenario editor (answered by src/worker/scenarioOps.ts). The page
 * edits a personas file as a draft; the worker owns the bundled towns, the map code and the
 * checks, so every read, check and start goes through these requests.
 */
import type { z } from 'zod';
import type { PersonasFileSchema } from '../sim/agent/persona';

/**
 * A personas file as the editor holds it: the file's own shape (what `--personas` loads), with
 * defaults not yet applied and values possibly invalid while the person types.
 */
export type PersonasDraft = z.input<typeof PersonasFileSchema>;

/** Where the map of a scenario comes from. */
export type MapChoice =
  | { kind: 'bundled'; townId: string }
  /** A Tiled JSON map the user uploaded (kept in the draft). */
  | { kind: 'upload'; fileName: string; map: unknown };

/** What the editor keeps of a scenario (in the browser, and across reloads). */
export interface ScenarioDraft {
  version: 1;
  mapChoice: MapChoice;
  personas: PersonasDraft;
}

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

/** A map's places and a coarse picture of it (for the preview the user clicks). */
export interface MapInfo {
  width: number;
  height: number;
  /** One character per tile, row by row: "1" blocked, "0" walkable. */
  blocked: string;
  places: MapPlace[];
}

/** One problem of a draft: `path` names the field ("personas.2.home.sector"; "" for the whole). */
export interface ScenarioProblem {
  path: string;
  message: string;
}

export interface ScenarioCheck {
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
}

type NoArgs = Record<never, never>;

/** Requests of the scenario editor. */
export interface ScenarioRequests {
  /** The bundled towns whose map and people the editor can start from. */
  scenarioTowns: { req: NoArgs; res: { id: string; name: string }[] };
  /** A bundled town's map and personas file (a copy to edit). */
  scenarioTemplate: {
    req: { townId: string };
    res: { mapChoice: MapChoice; personas: PersonasDraft };
  };
  /** The map of a choice, checked, with its places; rejects naming what is wrong with it. */
  scenarioMap: { req: { mapChoice: MapChoice }; res: MapInfo };
  /** Reads an imported file: a personas file or a Tiled map (decided by its content). */
  readScenarioFile: {
    req: { fileName: string; text: string };
    res: { kind: 'personas'; personas: PersonasDraft } | { kind: 'map'; mapChoice: MapChoice };
  };
  /** Every problem of a draft (the same schema and town check a new town runs). */
  checkScenario: { req: { draft: ScenarioDraft }; res: ScenarioCheck };
  /** The files the CLI loads (`--personas`, `--map`), as text. */
  exportScenario: { req: { draft: ScenarioDraft }; res: { personas: string; map: string } };
  /**
   * Starts a new town from a draft, checked as every new town is; this town is autosaved and
   * stopped (the page then reloads into the new one).
   */
  startScenario: { req: { draft: ScenarioDraft; seed?: number }; res: { townId: string } };
}
