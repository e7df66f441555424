import Phaser from 'phaser';
import type { AgentFrame } from '../protocol';
import { daylight, type Daylight } from './daylight';
import type { LightSpot, PlaceRect } from './mapFeatures';

/** Above the foreground layer: the day/night tint, then the lights it does not dim. */
export const DEPTH_TINT = 2_000_000;
const DEPTH_LIGHTS = DEPTH_TINT + 1;

const LAMP_GLOW_KEY = 'glow-lamp';
const WINDOW_GLOW_KEY = 'glow-window';
const LAMP_GLOW_PX = 120;
const WINDOW_GLOW_PX = 44;
/** Windows of a place where nobody is awake glow this much (a night light). */
const ASLEEP_WINDOWS = 0.2;
/** Windows and doors outside every named place. */
const UNPLACED_WINDOWS = 0.7;

interface Glow {
  image: Phaser.GameObjects.Image;
  spot: LightSpot;
  /** Index into the places, or -1. */
  place: number;
  half: number;
}

function glowTexture(
  scene: Phaser.Scene,
  key: string,
  size: number,
  stops: [number, string][],
): void {
  if (scene.textures.exists(key)) return;
  const tex = scene.textures.createCanvas(key, size, size);
  if (!tex) return;
  const ctx = tex.getContext();
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  for (const [at, color] of stops) g.addColorStop(at, color);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
  tex.refresh();
}

/**
 * Day and night on the map: a multiply-blended rectangle over the camera's view in the colour of
 * the hour, and warm glows (additive) at lamps and windows once the sun is low. Windows of a
 * place where everyone is asleep go dim. Glows outside the view are not drawn.
 */
export class TownLights {
  private readonly tint: Phaser.GameObjects.Rectangle;
  private readonly glows: Glow[];
  /** Per place: anyone awake inside (1) or not (ASLEEP_WINDOWS). */
  private placeLevel: number[];
  private readonly placeByTile = new Map<number, number>();
  private tintBox = '';
  private lastMinute = -1;
  private lastShown = false;
  current: Daylight = daylight(12 * 60);

  constructor(
    scene: Phaser.Scene,
    spots: LightSpot[],
    private readonly places: PlaceRect[],
    private readonly tileSize: number,
  ) {
    glowTexture(scene, LAMP_GLOW_KEY, LAMP_GLOW_PX, [
      [0, 'rgba(255, 236, 180, 0.95)'],
      [0.12, 'rgba(255, 214, 130, 0.75)'],
      [0.4, 'rgba(255, 180, 90, 0.28)'],
      [1, 'rgba(255, 160, 70, 0)'],
    ]);
    glowTexture(scene, WINDOW_GLOW_KEY, WINDOW_GLOW_PX, [
      [0, 'rgba(255, 226, 150, 0.95)'],
      [0.3, 'rgba(255, 200, 110, 0.6)'],
      [1, 'rgba(255, 170, 80, 0)'],
    ]);
    this.tint = scene.add.rectangle(0, 0, 1, 1, 0xffffff, 1);
    this.tint.setOrigin(0, 0).setBlendMode(Phaser.BlendModes.MULTIPLY).setDepth(DEPTH_TINT);
    this.tint.setVisible(false);
    const margin = tileSize;
    this.glows = spots.map((spot) => {
      const lamp = spot.kind === 'lamp';
      const image = scene.add.image(spot.x, spot.y, lamp ? LAMP_GLOW_KEY : WINDOW_GLOW_KEY);
      image.setBlendMode(Phaser.BlendModes.ADD).setDepth(DEPTH_LIGHTS).setVisible(false);
      const place = lamp
        ? -1
        : places.findIndex(
            (p) =>
              spot.x >= p.x - margin &&
              spot.x <= p.x + p.w + margin &&
              spot.y >= p.y - margin &&
              spot.y <= p.y + p.h + margin,
          );
      return { image, spot, place, half: (lamp ? LAMP_GLOW_PX : WINDOW_GLOW_PX) / 2 };
    });
    this.placeLevel = places.map(() => 1);
  }

  get objects(): Phaser.GameObjects.GameObject[] {
    return [this.tint, ...this.glows.map((g) => g.image)];
  }

  get lightCount(): { lampCount: number; windowCount: number } {
    const lampCount = this.glows.filter((g) => g.spot.kind === 'lamp').length;
    return { lampCount, windowCount: this.glows.length - lampCount };
  }

  /** A new frame: which places have someone awake inside. */
  setPeople(agents: AgentFrame[], mapWidth: number): void {
    const awake = this.places.map(() => false);
    for (const a of agents) {
      if (a.asleep) continue;
      const place = this.placeAt(a.x, a.y, mapWidth);
      if (place >= 0) awake[place] = true;
    }
    this.placeLevel = awake.map((on) => (on ? 1 : ASLEEP_WINDOWS));
  }

  /** Index of the (first) place containing a tile, or -1; looked up once per tile. */
  private placeAt(tx: number, ty: number, mapWidth: number): number {
    const key = ty * mapWidth + tx;
    let place = this.placeByTile.get(key);
    if (place === undefined) {
      const x = (tx + 0.5) * this.tileSize;
      const y = (ty + 0.5) * this.tileSize;
      place = this.places.findIndex((p) => x >= p.x && x < p.x + p.w && y >= p.y && y < p.y + p.h);
      this.placeByTile.set(key, place);
    }
    return place;
  }

  /** Per animation frame: the tint follows the camera, glows in view get the hour's level. */
  update(minuteOfDay: number, view: Phaser.Geom.Rectangle): void {
    if (minuteOfDay !== this.lastMinute) {
      this.lastMinute = minuteOfDay;
      this.current = daylight(minuteOfDay);
    }
    const d = this.current;
    const tinted = d.tint !== 0xffffff;
    this.tint.setVisible(tinted);
    if (tinted) {
      const x = Math.floor(view.x) - 2;
      const y = Math.floor(view.y) - 2;
      const w = Math.ceil(view.width) + 4;
      const h = Math.ceil(view.height) + 4;
      const box = `${x},${y},${w},${h},${d.tint}`;
      if (box !== this.tintBox) {
        this.tintBox = box;
        this.tint.setPosition(x, y);
        this.tint.setSize(w, h);
        this.tint.setFillStyle(d.tint, 1);
      }
    }
    const shown = d.lamps > 0;
    if (!shown && !this.lastShown) return;
    this.lastShown = shown;
    for (const g of this.glows) {
      const { x, y } = g.spot;
      const inView =
        shown &&
        x + g.half >= view.x &&
        x - g.half <= view.right &&
        y + g.half >= view.y &&
        y - g.half <= view.bottom;
      g.image.setVisible(inView);
      if (!inView) continue;
      const level =
        g.spot.kind === 'lamp'
          ? d.lamps
          : d.windows * (g.place >= 0 ? this.placeLevel[g.place] : UNPLACED_WINDOWS);
      g.image.setAlpha(level);
    }
  }
}
