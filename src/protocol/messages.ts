/**
 * The page↔worker messages: the page sends `init`, control messages (play, pause, step, speed)
 * and requests with an id; the worker answers each request once (`reply`) and streams compact
 * frames of the town as steps are computed, plus events for saves, the mind and evaluations.
 */
import type { Facing } from '../sim/agent/agent';
import type { RetrievalWeights } from '../sim/memory/retrieve';
import type { EvalEvent } from './eval';
import type { MindEvent } from './mind';
import type { Request } from './requests';
import type { PersistEvent, TownChoice } from './saves';

/** Sim speeds: game steps per second of wall time, or as fast as possible. 1× = 1 step/s. */
export const SPEEDS = [1, 2, 5, 10, 30, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Speed on load: fast enough to look alive at once, slow enough to follow one person. */
export const DEFAULT_SPEED: Speed = 5;

export interface InitOptions {
  /** Number of agents (the scenario's own count when absent; more clones personas). */
  agents?: number;
  seed?: number;
  /** Which bundled town a new town is made of (`?town=`; see src/scenarios/index.ts). */
  scenario?: string;
  speed?: Speed;
  /** Start paused. */
  paused?: boolean;
  /** Which town to open (default: resume this tab's town, else the latest autosave). */
  town?: TownChoice;
}

// ─── Page → worker ─────────────────────────────────────────────────────────────

export type Control =
  | { kind: 'play' }
  | { kind: 'pause' }
  /** Pauses and advances exactly one step. */
  | { kind: 'step' }
  | { kind: 'setSpeed'; speed: Speed };

export type PageMessage =
  | { type: 'init'; options: InitOptions }
  | { type: 'control'; control: Control }
  | { type: 'request'; id: number; request: Request };

// ─── Worker → page ─────────────────────────────────────────────────────────────

export interface ClockView {
  step: number;
  day: number;
  minuteOfDay: number;
  weekday: string;
}

/** One agent in a frame: only what drawing and the agent list need. */
export interface AgentFrame {
  x: number;
  y: number;
  facing: Facing;
  /** Walking: has a path to follow. */
  moving: boolean;
  emoji: string;
  action: string;
  /** "Corner Bakery, kitchen" or "outdoors". */
  place: string;
  /** The line this agent is saying right now, while chatting. */
  speech: string | null;
  partnerId: string | null;
  /** A decision (plan, grounding, talk, reflection …) is pending or was just made. */
  thinking: boolean;
  /** Sleeping and arrived where it sleeps (drawn lying down). */
  asleep: boolean;
}

export interface Frame {
  clock: ClockView;
  running: boolean;
  speed: Speed;
  /** Steps computed for this frame (1 at paced speeds, more when batching at max). */
  steps: number;
  /** Measured steps per second of wall time. */
  stepsPerSecond: number;
  /** Expected wall milliseconds until the next frame, for interpolation. */
  intervalMs: number;
  /** In the order of `TownMeta.agents`. */
  agents: AgentFrame[];
}

export interface AgentMeta {
  id: string;
  name: string;
  /** Index into the character sheet (may exceed the sheet: wrap and tint). */
  sprite: number;
  age: number;
  occupation: string;
}

export interface PlaceInfo {
  sector: string;
  arenas: string[];
  /** The sector's rectangle on the map, in tiles. */
  rect: { x: number; y: number; w: number; h: number };
}

export interface TownMeta {
  scenarioName: string;
  mind: string;
  seed: number;
  /** Tiled JSON map, as the worker loaded it. */
  map: unknown;
  width: number;
  height: number;
  tileSize: number;
  agents: AgentMeta[];
  places: PlaceInfo[];
  weights: RetrievalWeights;
}

export type WorkerMessage =
  | { type: 'ready'; meta: TownMeta; frame: Frame }
  | { type: 'frame'; frame: Frame }
  /** While a slow step waits on the mind: who is waiting for a decision. */
  | { type: 'thinking'; agentIds: string[] }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  | { type: 'fatal'; message: string }
  /** Saves, autosave, replay and the two-tabs lock changed (see `PersistEvent`). */
  | { type: 'persist'; event: PersistEvent }
  /** The mind changed, or it raised a notice (one per kind of problem). */
  | { type: 'mind'; event: MindEvent }
  /** An evaluation in progress (see `EvalEvent`). */
  | { type: 'eval'; event: EvalEvent };
