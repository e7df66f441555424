import type Phaser from 'phaser';
import type { RequestKind, RequestOf, ResultOf } from '../protocol';

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
}

/** What end-to-end tests and the benchmark may ask the running town. */
export interface TownTestHook {
  /** Page coordinates (CSS pixels) of an agent's body, or null for an unknown id. */
  agentScreenPosition(id: string): { x: number; y: number } | null;
  /** Every agent: tile, drawn position, whether it is in view. */
  agents(): AgentProbe[];
  /** Step of the latest frame. */
  step(): number;
  zoom(): number;
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
