import type Phaser from 'phaser';
import type { ClockView, RequestKind, RequestOf, ResultOf } from '../protocol';
import type { Daylight } from './daylight';

/** Phaser.WEBGL, without importing Phaser's runtime here. */
const WEBGL = 2;

export interface AgentProbe {
  id: string;
  /** Tile the latest frame puts the agent on. */
  tileX: number;
  tileY: number;
  /** Page coordinates (CSS pixels) of the agent's body as drawn now. */
  pageX: number;
  pageY: number;
  onScreen: boolean;
  /** What the latest frame says the agent is saying and whether it is thinking. */
  speech: string | null;
  thinking: boolean;
  /** Drawn lying down asleep. */
  asleep: boolean;
}

/** A box on the page, CSS pixels. */
export interface PageRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What end-to-end tests and the benchmark may ask the running town. */
export interface TownTestHook {
  /** Page coordinates (CSS pixels) of an agent's body, or null for an unknown id. */
  agentScreenPosition(id: string): { x: number; y: number } | null;
  /** Every agent: tile, drawn position, whether it is in view. */
  agents(): AgentProbe[];
  /** Step of the latest frame. */
  step(): number;
  /** Clock of the latest frame drawn. */
  clock(): ClockView | null;
  zoom(): number;
  /** Size of the town, world px. */
  world(): { width: number; height: number };
  /** The camera's view of the world, world px. */
  view(): { x: number; y: number; width: number; height: number; zoom: number };
  /** People's name labels drawn now (id: the person's), page px. */
  nameLabels(): PageRect[];
  /** Place names drawn now (id: the place's name), page px. */
  placeLabels(): PageRect[];
  /** The light of the hour and how many lamps and windows the map has. */
  lighting(): Daylight & { lampCount: number; windowCount: number };
  /** Frames rendered by Phaser so far. */
  renderedFrames(): number;
  /** Which Phaser renderer draws the town. */
  renderer(): 'webgl' | 'canvas';
  /** Hash of the whole world shown (live or replayed), from the worker. */
  worldHash(): Promise<string>;
  /** Any request to the worker, as the store sends it (tests read state with it). */
  request<K extends RequestKind>(kind: K, args: Omit<RequestOf<K>, 'kind'>): Promise<ResultOf<K>>;
}

declare global {
  interface Window {
    __town?: TownTestHook;
  }
}

/** Exposes a tiny read-only hook on `window.__town` for tests. */
export function installTestHook(
  game: Phaser.Game,
  hook: Omit<TownTestHook, 'renderedFrames' | 'renderer'>,
): void {
  window.__town = {
    ...hook,
    renderedFrames: () => game.loop.frame,
    renderer: () => (game.renderer.type === WEBGL ? 'webgl' : 'canvas'),
  };
}

export function removeTestHook(): void {
  delete window.__town;
}
