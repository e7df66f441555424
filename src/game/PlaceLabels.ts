import Phaser from 'phaser';
import { placeLabels, type Rect } from './crowd';
import { UI_FONT } from './constants';
import type { PlaceRect } from './mapFeatures';

/** A place's name shows once the place is at least this wide on screen, px. */
const MIN_PLACE_PX = 56;
/** Kept this far from the view's edges, px. */
const EDGE_PX = 4;

interface Entry {
  place: PlaceRect;
  text: Phaser.GameObjects.Text;
}

type ToScreen = (wx: number, wy: number) => { x: number; y: number };

/**
 * Names of buildings and places on the map, in screen space (always legible): at the top of each
 * place, kept in view while the place is, hidden when the place is too small on screen or when a
 * bigger place's name is in the way.
 */
export class PlaceLabels {
  private readonly entries: Entry[];
  /** What is drawn now (for tests). */
  shown: { name: string; rect: Rect }[] = [];

  constructor(scene: Phaser.Scene, places: PlaceRect[], resolution: number) {
    // Bigger places first: their names win a tie for room.
    const ordered = [...places].sort((a, b) => b.w * b.h - a.w * a.h);
    this.entries = ordered.map((place) => {
      const text = scene.add.text(0, 0, place.name, {
        fontFamily: UI_FONT,
        fontSize: '12px',
        fontStyle: '700',
        color: '#fff7e0',
        backgroundColor: 'rgba(30, 24, 16, 0.62)',
        padding: { x: 6, y: 2 },
        resolution,
      });
      text.setDepth(-1).setVisible(false);
      return { place, text };
    });
  }

  get objects(): Phaser.GameObjects.GameObject[] {
    return this.entries.map((e) => e.text);
  }

  /** `blocked`: areas of the view covered by something else (the minimap), canvas px. */
  layout(toScreen: ToScreen, viewW: number, viewH: number, blocked: Rect[] = []): void {
    const wishes = this.entries.map(({ place, text }) => {
      const a = toScreen(place.x, place.y);
      const b = toScreen(place.x + place.w, place.y + place.h);
      const w = text.width;
      const h = text.height;
      const fits = b.x - a.x >= Math.max(MIN_PLACE_PX, w * 0.6);
      const inView = b.x > EDGE_PX && a.x < viewW - EDGE_PX && b.y > h && a.y < viewH - h;
      // Centred over the place's top edge, slid along (within the place) to stay in view.
      const cx = Phaser.Math.Clamp(
        (a.x + b.x) / 2,
        Math.max(a.x, EDGE_PX) + w / 2,
        Math.min(b.x, viewW - EDGE_PX) - w / 2,
      );
      const y = Phaser.Math.Clamp(a.y + 3, EDGE_PX, b.y - h - 3);
      return {
        x: Math.round(Phaser.Math.Clamp(cx - w / 2, EDGE_PX, viewW - EDGE_PX - w)),
        y: Math.round(y),
        w,
        h,
        // 0: wants to show; 1: too small on screen or out of view.
        priority: fits && inView ? 0 : 1,
      };
    });
    const candidates = wishes.flatMap((w, i) => (w.priority === 0 ? [{ ...w, priority: i }] : []));
    const placed = placeLabels(candidates, 0, blocked);
    const at = new Map(candidates.map((c, k) => [c.priority, placed[k]]));
    this.shown = [];
    this.entries.forEach(({ place, text }, i) => {
      const r = at.get(i) ?? null;
      text.setVisible(r !== null);
      if (!r) return;
      text.setPosition(r.x, r.y);
      this.shown.push({ name: place.name, rect: r });
    });
  }
}
