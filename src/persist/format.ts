import type { Persona, Storyline } from '../sim/agent/persona';
import type { Command } from '../sim/commands';
import type { TiledMap } from '../sim/world/tiled';
import type { WorldState } from '../sim/world/world';

/** The town file format version this app writes. Bump it (and add a migration) on any change. */
export const TOWN_FILE_VERSION = 3;
/** Marks a JSON document as a Generative Town file. */
export const TOWN_FILE_KIND = 'generative-town';
/** Suggested file name extension. */
export const TOWN_FILE_EXTENSION = '.town';

/** The town as a scenario: map inline, so a custom map travels with the file. */
export interface ScenarioRecord {
  id: string;
  name: string;
  /** Tiled JSON. */
  map: TiledMap;
  /** `mapIdentity(map)` when saved; a file whose map no longer matches it is refused (v2 on). */
  mapIdentity: string;
  personas: Persona[];
  storylines: Storyline[];
  startMinute: number;
  firstWeekday: number;
}

/** A command as recorded on the tape. */
export interface RecordedCommand {
  step: number;
  command: Command;
  /**
   * Commands with the same batch number were applied together (one `flush` or `tick`). Replay
   * needs it because an interview applied with other commands runs its mind calls interleaved.
   * Absent: every command of a step is taken as one batch.
   */
  batch?: number;
}

/** Everything needed to replay the run without asking any mind. */
export interface TapeRecord {
  seed: number;
  entries: RecordedCommand[];
  /** Mind answers by op id (`op123`), for the calls not answered by the offline mind. */
  answers: Record<string, unknown>;
  /**
   * Half-open ranges `[from, to)` of op numbers answered by the deterministic offline mind and
   * therefore not recorded; replay asks the offline mind again. Absent: the file's `mind.kind`
   * decides (offline → every op; llm → none).
   */
  offlineOps?: [number, number][];
  /**
   * `[op number, step]` for each answer that came after its step went on (a live run with
   * overlap): replay hands it to its cognition at the start of the step after `step`, as live did.
   * Absent: every answer was used within its step.
   */
  delivered?: [number, number][];
}

/** Which mind ran the town. Never a key or an endpoint secret. */
export interface MindInfo {
  kind: 'offline' | 'llm';
  model?: string;
}

/** The decoded content of a town file (current version). */
export interface TownFile {
  schemaVersion: typeof TOWN_FILE_VERSION;
  kind: typeof TOWN_FILE_KIND;
  /** ISO time of saving. */
  savedAt: string;
  name: string;
  scenario: ScenarioRecord;
  /** The world when the run began (replay starts here); absent in files migrated from v0. */
  initial?: WorldState;
  /** The world now. */
  world: WorldState;
  tape: TapeRecord;
  mind?: MindInfo;
}
