import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimClient } from '../protocol/client';
import type { InitOptions } from '../protocol';
import { createCommandsSlice } from './commandsSlice';
import { createControlsSlice } from './controlsSlice';
import { createEditorSlice } from './editorSlice';
import { createEvalSlice } from './evalSlice';
import { createMindSlice } from './mindSlice';
import { createSavesSlice } from './savesSlice';
import { createPresentSlice } from './presentSlice';
import { createSelectionSlice } from './selectionSlice';
import type { SliceContext, TownState } from './types';

export type TownStore = StoreApi<TownState>;

/** Shortest wall time between panel updates while the clock runs, ms. */
export const VIEW_INTERVAL_MS = 200;

/**
 * The page's read model of the town and its command senders, built from slices. React and
 * Phaser both read it; neither talks to the worker directly.
 */
export function createTownStore(client: SimClient): TownStore {
  return createStore<TownState>()((set, get) => {
    const ctx: SliceContext = { set, get, client };
    return {
      status: 'loading',
      error: null,
      meta: null,
      agentIndex: {},
      sceneReady: false,
      townSeq: 0,
      frame: null,
      view: null,
      frameAt: 0,
      waiting: [],
      ...createSelectionSlice(ctx),
      ...createControlsSlice(ctx),
      ...createCommandsSlice(ctx),
      ...createMindSlice(ctx),
      ...createSavesSlice(ctx),
      ...createEvalSlice(ctx),
      ...createPresentSlice(ctx),
      ...createEditorSlice(ctx),
    };
  });
}

/** Starts the simulation and feeds its messages into the store. */
export function connectTown(store: TownStore, client: SimClient, options: InitOptions): void {
  const set = store.setState;
  let viewAt = 0;
  client.start(options, {
    onReady(meta, frame) {
      const agentIndex = Object.fromEntries(meta.agents.map((a, i) => [a.id, i]));
      viewAt = performance.now();
      // A later `ready` shows another town in this page (back from a replay): start afresh.
      set((s) => ({
        status: 'ready',
        meta,
        agentIndex,
        frame,
        view: frame,
        frameAt: viewAt,
        weights: meta.weights,
        townSeq: s.townSeq + 1,
        sceneReady: false,
        selectedId: null,
        hover: null,
        follow: false,
      }));
    },
    onFrame(frame) {
      store.getState().watchRun(frame);
      const now = performance.now();
      const prev = store.getState().view;
      // The panel need not redraw 30 times a second; state changes (pause, speed) show at once.
      const urgent =
        !prev || !frame.running || prev.running !== frame.running || prev.speed !== frame.speed;
      if (urgent || now - viewAt >= VIEW_INTERVAL_MS) {
        viewAt = now;
        set({ frame, view: frame, frameAt: now, waiting: [] });
      } else set({ frame, frameAt: now, waiting: [] });
    },
    onThinking(agentIds) {
      set({ waiting: agentIds });
    },
    onFatal(message) {
      set({ status: 'error', error: message });
    },
  });
}

/** Reads `?agents=`, `?seed=`, `?town=`, `?speed=` and `?paused=` from a page URL. */
export function initOptionsFromUrl(search: string): InitOptions {
  const params = new URLSearchParams(search);
  const num = (key: string) => {
    const v = Number(params.get(key));
    return params.has(key) && Number.isFinite(v) && v > 0 ? Math.floor(v) : undefined;
  };
  const speedParam = params.get('speed');
  const speed =
    speedParam === 'max'
      ? 'max'
      : ([1, 2, 5, 10, 30] as const).find((s) => String(s) === speedParam);
  return {
    agents: num('agents'),
    seed: num('seed'),
    scenario: params.get('town') || undefined,
    speed,
    paused: params.get('paused') === '1' || params.get('paused') === 'true',
  };
}
