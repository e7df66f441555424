import type { SliceContext } from './types';

/** A tile the camera should glide to once (`seq` changes each time). */
export interface LookAt {
  x: number;
  y: number;
  seq: number;
}

/**
 * Presentation mode, for a projector or a stream: the map fills the page with large captions of
 * who says what in view, a ticker of moments and the clock; the camera can follow the action.
 */
export interface PresentSlice {
  presenting: boolean;
  setPresenting(on: boolean): void;
  /** In presentation mode, the camera moves on its own to where people are talking. */
  autoCamera: boolean;
  setAutoCamera(on: boolean): void;
  lookAt: LookAt | null;
  /** Glides the camera to a tile (without selecting anyone). */
  lookAtTile(x: number, y: number): void;
  /** Agents the camera shows now (kept by the map view a few times a second). */
  inView: readonly string[];
  /** Bumped to move the camera to another conversation now (key `n`). */
  nextConversationSeq: number;
  nextConversation(): void;
}

export function createPresentSlice({ set, get }: SliceContext): PresentSlice {
  return {
    presenting: false,
    setPresenting(presenting) {
      set({ presenting });
    },
    autoCamera: true,
    setAutoCamera(autoCamera) {
      set({ autoCamera });
    },
    lookAt: null,
    lookAtTile(x, y) {
      set({ lookAt: { x, y, seq: (get().lookAt?.seq ?? 0) + 1 }, follow: false });
    },
    inView: [],
    nextConversationSeq: 0,
    nextConversation() {
      set((s) => ({ nextConversationSeq: s.nextConversationSeq + 1 }));
    },
  };
}
