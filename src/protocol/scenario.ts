/**
 * The page↔worker protocol: the scenario editor (answered by src/worker/scenarioOps.ts). The page
 * edits a personas file as a draft; the worker owns the bundled towns, the map code and the
 * checks, so every read, check and start goes through these requests.
 */
import type { DraftCheck, EditorMapInfo, PersonasDraft } from '../scenarios/editor';

// The editor's model (src/scenarios/editor) defines these; the page sees them here.
export type {
  DraftCheck as ScenarioCheck,
  DraftProblem as ScenarioProblem,
  EditorMapInfo as MapInfo,
  MapPlace,
  PersonasDraft,
  TileRect,
} from '../scenarios/editor';

/** Where the map of a scenario comes from. */
export type MapChoice =
  | { kind: 'bundled'; townId: string }
  /**
   * A Tiled JSON map the user uploaded (kept in the draft), with the key the worker knows its
   * content by (set when it was read; drafts kept before it was added have none).
   */
  | { kind: 'upload'; fileName: string; map: unknown; key?: string };

/** What the editor keeps of a scenario (in the browser, and across reloads). */
export interface ScenarioDraft {
  version: 1;
  mapChoice: MapChoice;
  personas: PersonasDraft;
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
  scenarioMap: { req: { mapChoice: MapChoice }; res: EditorMapInfo };
  /** Reads an imported file: a personas file or a Tiled map (decided by its content). */
  readScenarioFile: {
    req: { fileName: string; text: string };
    res: { kind: 'personas'; personas: PersonasDraft } | { kind: 'map'; mapChoice: MapChoice };
  };
  /** Every problem of a draft (the same schema and town check a new town runs). */
  checkScenario: { req: { draft: ScenarioDraft }; res: DraftCheck };
  /** The files the CLI loads (`--personas`, `--map`), as text. */
  exportScenario: { req: { draft: ScenarioDraft }; res: { personas: string; map: string } };
  /**
   * Starts a new town from a draft, checked as every new town is; this town is autosaved and
   * stopped (the page then reloads into the new one).
   */
  startScenario: { req: { draft: ScenarioDraft; seed?: number }; res: { townId: string } };
}
