/** Drawing constants of the town view. */

export const TILESET_KEY = 'tiles';
export const CHARACTERS_KEY = 'characters';
export const MAP_KEY = 'town';
/** Name of the embedded tileset in the Tiled map. */
export const TILESET_NAME = 'town';

export const FRAME_SIZE_PX = 32;
export const FRAMES_PER_CHARACTER = 12;
export const FRAMES_PER_DIRECTION = 3;
export const DIRECTION_ORDER = ['down', 'left', 'right', 'up'] as const;
/** Walk cycle over a direction's frames: stand, step-left, step-right. */
export const WALK_CYCLE = [1, 0, 2, 0];
export const WALK_FPS = 8;

/** Tile layers drawn below agents, bottom first; `foreground` is drawn above them. */
export const GROUND_LAYERS = ['ground', 'walls', 'furniture'];
export const FOREGROUND_LAYER = 'foreground';

/** Depths: map below agents (sorted by y), foreground above them. */
export const DEPTH_AGENTS = 10;
export const DEPTH_FOREGROUND = 1_000_000;

/** Zoom levels the wheel steps through (integer-ish keeps pixels crisp). */
export const ZOOM_LEVELS = [0.5, 0.75, 1, 1.5, 2, 3, 4];
export const DEFAULT_ZOOM = 1;
/** Below this zoom, names are shown only for the selected and hovered agent. */
export const LABEL_MIN_ZOOM = 0.75;
/** Keyboard pan speed, screen pixels per second. */
export const KEY_PAN_PX_PER_S = 700;
/** Pointer travel before a press becomes a drag, CSS pixels. */
export const DRAG_THRESHOLD_PX = 5;

/** Interpolation between frames: never slower or faster than this, ms. */
export const MIN_TWEEN_MS = 40;
export const MAX_TWEEN_MS = 1200;
/** Jumps longer than this (tiles) snap instead of sliding through walls. */
export const SNAP_TILES = 6;
/** The "thinking…" mark stays at least this long so fast decisions are visible, ms. */
export const THINKING_HOLD_MS = 900;

/** Tints for crowd agents that reuse a sheet character (sprite index beyond the sheet). */
export const CROWD_TINTS = [0xffd6a5, 0xcaffbf, 0x9bf6ff, 0xbdb2ff, 0xffc6ff, 0xfdffb6, 0xa0c4ff];

export const UI_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
export const EMOJI_FONT =
  "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', system-ui, sans-serif";
