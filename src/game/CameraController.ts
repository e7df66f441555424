import Phaser from 'phaser';
import { DRAG_THRESHOLD_PX, KEY_PAN_PX_PER_S, ZOOM_LEVELS } from './constants';
import { isTyping } from './typing';

/** Arrows pan; letters are the page's shortcuts (d dashboard, w What if…?, a action camera). */
const PAN_KEYS: Record<string, [number, number]> = {
  arrowleft: [-1, 0],
  arrowright: [1, 0],
  arrowup: [0, -1],
  arrowdown: [0, 1],
};
const GLIDE_MS = 380;
const FOLLOW_LERP = 0.18;

/**
 * Clamps a camera scroll on one axis. Phaser zooms about the view centre, so the visible world
 * starts at scroll + view / 2 - view / (2 zoom).
 */
function clampAxis(scroll: number, view: number, zoom: number, world: number): number {
  const visible = view / zoom;
  const offset = view / 2 - visible / 2;
  if (visible >= world) return (world - visible) / 2 - offset;
  return Phaser.Math.Clamp(scroll, -offset, world - visible - offset);
}

/**
 * Camera input for the town: drag to pan, wheel and pinch to zoom (about the pointer), arrow
 * keys to move, glide to a point and follow a moving point. Scroll is set directly (not via
 * Phaser's follow) so screen positions computed in `update` are exact for the overlay.
 */
export class CameraController {
  private dragging = false;
  private pressX = 0;
  private pressY = 0;
  private lastX = 0;
  private lastY = 0;
  private pinchDist = 0;
  private readonly keys = new Set<string>();
  private glide: { fromX: number; fromY: number; toX: number; toY: number; t0: number } | null =
    null;
  /** Scroll kept in floats; the camera gets it rounded (pixel art) in `apply`. */
  private sx: number;
  private sy: number;
  /** Set when the user moves the camera by hand (cancels following). */
  onManualMove: () => void = () => {};

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly cam: Phaser.Cameras.Scene2D.Camera,
    private readonly worldW: number,
    private readonly worldH: number,
  ) {
    this.sx = cam.scrollX;
    this.sy = cam.scrollY;
    const input = scene.input;
    input.addPointer(1);
    input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.pressX = this.lastX = p.x;
      this.pressY = this.lastY = p.y;
      this.dragging = false;
    });
    input.on('pointermove', (p: Phaser.Input.Pointer) => this.pointerMove(p));
    input.on('pointerup', () => {
      this.pinchDist = 0;
    });
    input.on('wheel', (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (dy === 0) return;
      this.zoomStep(dy > 0 ? -1 : 1, p.x, p.y);
    });
    window.addEventListener('keydown', this.keyDown);
    window.addEventListener('keyup', this.keyUp);
    window.addEventListener('blur', this.clearKeys);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  /** Whether the press that just ended moved the map (then it is not a click). */
  get wasDrag(): boolean {
    return this.dragging;
  }

  private keyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toLowerCase();
    if (PAN_KEYS[k]) {
      this.keys.add(k);
      if (k.startsWith('arrow')) e.preventDefault();
    } else if (k === '+' || k === '=') this.zoomStep(1);
    else if (k === '-') this.zoomStep(-1);
    else if (k === '0') this.fit();
  };

  private keyUp = (e: KeyboardEvent) => {
    this.keys.delete(e.key.toLowerCase());
  };

  private clearKeys = () => this.keys.clear();

  private pointerMove(p: Phaser.Input.Pointer): void {
    const input = this.scene.input;
    const p1 = input.pointer1;
    const p2 = input.pointer2;
    if (p1?.isDown && p2?.isDown) {
      const dist = Phaser.Math.Distance.Between(p1.x, p1.y, p2.x, p2.y);
      if (this.pinchDist > 0 && dist > 0) {
        const levels = this.levels();
        const z = Phaser.Math.Clamp(
          (this.cam.zoom * dist) / this.pinchDist,
          levels[0],
          levels[levels.length - 1],
        );
        this.zoomTo(z, (p1.x + p2.x) / 2, (p1.y + p2.y) / 2);
      }
      this.pinchDist = dist;
      this.dragging = true;
      return;
    }
    if (!p.isDown) return;
    if (!this.dragging && Math.hypot(p.x - this.pressX, p.y - this.pressY) < DRAG_THRESHOLD_PX)
      return;
    if (!this.dragging) this.onManualMove();
    this.dragging = true;
    this.glide = null;
    this.sx -= (p.x - this.lastX) / this.cam.zoom;
    this.sy -= (p.y - this.lastY) / this.cam.zoom;
    this.lastX = p.x;
    this.lastY = p.y;
    this.apply();
  }

  /** World point under a screen point (camera origin at its centre). */
  toWorld(sx: number, sy: number): { x: number; y: number } {
    const c = this.cam;
    return {
      x: c.scrollX + c.width / 2 + (sx - c.width / 2) / c.zoom,
      y: c.scrollY + c.height / 2 + (sy - c.height / 2) / c.zoom,
    };
  }

  /** Screen point (relative to the canvas) of a world point. */
  toScreen(wx: number, wy: number): { x: number; y: number } {
    const c = this.cam;
    return {
      x: Math.floor(c.x + c.width / 2 + 0.5) + (wx - c.scrollX - c.width / 2) * c.zoom,
      y: Math.floor(c.y + c.height / 2 + 0.5) + (wy - c.scrollY - c.height / 2) * c.zoom,
    };
  }

  zoomTo(zoom: number, sx = this.cam.width / 2, sy = this.cam.height / 2): void {
    const before = this.toWorld(sx, sy);
    this.cam.setZoom(zoom);
    const c = this.cam;
    this.sx = before.x - c.width / 2 - (sx - c.width / 2) / zoom;
    this.sy = before.y - c.height / 2 - (sy - c.height / 2) / zoom;
    this.apply();
  }

  /** Zoom at which the whole town fits the view (a little margin). */
  fitZoom(): number {
    const c = this.cam;
    return Math.min(c.width / this.worldW, c.height / this.worldH) * 0.98;
  }

  /** The wheel's zoom levels, with the whole-town zoom among them. */
  levels(): number[] {
    const fit = this.fitZoom();
    const near = ZOOM_LEVELS.some((l) => Math.abs(l - fit) < 0.05);
    const all =
      near || fit > ZOOM_LEVELS[ZOOM_LEVELS.length - 1] ? ZOOM_LEVELS : [...ZOOM_LEVELS, fit];
    return [...all].sort((a, b) => a - b);
  }

  /** One zoom level in (+1) or out (-1), about a screen point. */
  zoomStep(dir: 1 | -1, sx?: number, sy?: number): void {
    const z = this.cam.zoom;
    const levels = this.levels();
    const next =
      dir > 0
        ? (levels.find((l) => l > z + 1e-3) ?? z)
        : ([...levels].reverse().find((l) => l < z - 1e-3) ?? z);
    if (next !== z) this.zoomTo(next, sx, sy);
  }

  /** Shows the whole town. */
  fit(): void {
    this.onManualMove();
    this.glide = null;
    this.cam.setZoom(this.fitZoom());
    this.centerOn(this.worldW / 2, this.worldH / 2);
  }

  centerOn(wx: number, wy: number): void {
    this.glide = null;
    this.sx = wx - this.cam.width / 2;
    this.sy = wy - this.cam.height / 2;
    this.apply();
  }

  glideTo(wx: number, wy: number, now: number): void {
    const c = this.cam;
    this.glide = {
      fromX: this.sx,
      fromY: this.sy,
      toX: wx - c.width / 2,
      toY: wy - c.height / 2,
      t0: now,
    };
  }

  /** Per frame: keys, glide, follow. `follow` is the point to keep centred, if any. */
  update(now: number, deltaMs: number, follow: { x: number; y: number } | null): void {
    const c = this.cam;
    if (this.keys.size) {
      let dx = 0;
      let dy = 0;
      for (const k of this.keys) {
        dx += PAN_KEYS[k][0];
        dy += PAN_KEYS[k][1];
      }
      if (dx || dy) {
        this.glide = null;
        this.onManualMove();
        const step = (KEY_PAN_PX_PER_S * deltaMs) / 1000 / c.zoom;
        this.sx += dx * step;
        this.sy += dy * step;
      }
    } else if (this.glide) {
      const g = this.glide;
      const t = Math.min(1, (now - g.t0) / GLIDE_MS);
      const e = Phaser.Math.Easing.Cubic.Out(t);
      this.sx = g.fromX + (g.toX - g.fromX) * e;
      this.sy = g.fromY + (g.toY - g.fromY) * e;
      if (t >= 1) this.glide = null;
    } else if (follow) {
      this.sx += (follow.x - c.width / 2 - this.sx) * FOLLOW_LERP;
      this.sy += (follow.y - c.height / 2 - this.sy) * FOLLOW_LERP;
    }
    this.apply();
  }

  /** Keeps the map filling the view (centred when smaller) and hands the camera whole pixels. */
  apply(): void {
    const c = this.cam;
    this.sx = clampAxis(this.sx, c.width, c.zoom, this.worldW);
    this.sy = clampAxis(this.sy, c.height, c.zoom, this.worldH);
    c.scrollX = Math.floor(this.sx);
    c.scrollY = Math.floor(this.sy);
  }

  destroy(): void {
    window.removeEventListener('keydown', this.keyDown);
    window.removeEventListener('keyup', this.keyUp);
    window.removeEventListener('blur', this.clearKeys);
  }
}
