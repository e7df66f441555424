/** The page↔worker protocol for "What if…?" experiments (answered by src/worker/experimentSetup.ts). */
import type { PersonEnd, RunMetrics, SeedResult } from '../eval/experiment/run';
import type { Branch, ExperimentSpec, Intervention } from '../eval/experiment/spec';
import type { ExperimentRecord, ExperimentSummary } from '../persist/experimentStore';
import type { PlaceRef } from '../sim/agent/persona';

export type {
  Branch,
  ExperimentRecord,
  ExperimentSpec,
  ExperimentSummary,
  Intervention,
  PersonEnd,
  RunMetrics,
  SeedResult,
};

/** A scheduled event someone remembers, as an experiment may move it. */
export interface ExperimentEventInfo {
  id: string;
  what: string;
  hostId: string;
  place: PlaceRef;
  day: number;
  startHour: number;
  endHour: number;
}

/**
 * The town shown (live or a replayed moment) as the start of an experiment: what the page needs to
 * offer interventions, and the map and state as bytes that the page hands on to experiment workers
 * without reading them (a few megabytes the main thread never parses).
 */
export interface ExperimentSetup {
  townName: string;
  scenarioId: string;
  step: number;
  /** "day 2 14:05". */
  clock: string;
  people: { id: string; name: string }[];
  storylines: { id: string; label: string; seedAgentId: string }[];
  events: ExperimentEventInfo[];
  /** Sector names (places an announcement or a moved event may name). */
  places: string[];
  /** Rooms with a bed (where a newcomer may live). */
  homes: { sector: string; arena: string }[];
  /** UTF-8 JSON of `ExperimentTown`. */
  town: Uint8Array;
}

/** What `ExperimentSetup.town` decodes to. */
export interface ExperimentTownJson {
  map: unknown;
  state: unknown;
}

export interface ExperimentRequests {
  /** Takes the town shown as the start of an experiment (a live town between two steps). */
  experimentSetup: { req: Record<never, never>; res: ExperimentSetup };
  /** Keeps a finished experiment with its town (in the app's database). */
  experimentKeep: { req: { record: ExperimentRecord }; res: { id: string } };
  /** A town's kept experiments, newest first. */
  experimentList: { req: { townId: string }; res: ExperimentSummary[] };
  experimentOpen: { req: { id: string }; res: ExperimentRecord };
  experimentDelete: { req: { id: string }; res: { id: string } };
}

/** Page → experiment worker (src/worker/experiment.worker.ts): run one seed. */
export type ExperimentJobMessage = {
  type: 'run';
  /** UTF-8 JSON of the map and state (`ExperimentSetup.town`). */
  town: Uint8Array;
  spec: ExperimentSpec;
  seed: number;
};

export type ExperimentJobEvent =
  | { type: 'progress'; seed: number; done: number; total: number }
  | { type: 'done'; result: SeedResult }
  | { type: 'error'; seed: number; message: string };
