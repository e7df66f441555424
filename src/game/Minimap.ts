import type Phaser from 'phaser';

/** Largest minimap, CSS px (the map keeps its proportions inside). */
const MAX_W = 200;
const MAX_H = 150;
/** Pixels per tile side in the minimap's own picture (each tile: 2×2 average colours). */
const SUB = 2;
/** People dots and the view rectangle are redrawn at most this often, ms. */
const REDRAW_MS = 100;
const GRASS: [number, number, number] = [134, 182, 114];

export interface MinimapDot {
  x: number;
  y: number;
  selected: boolean;
  asleep: boolean;
}

export interface MinimapView {
  /** The camera's view, world px. */
  view: { x: number; y: number; width: number; height: number };
  /** Asked only when the minimap redraws. */
  dots: () => MinimapDot[];
  /** Day/night tint (0xffffff by day). */
  tint: number;
}

export interface MinimapActions {
  /** Centre the camera on a world point. */
  jumpTo(wx: number, wy: number): void;
  zoom(dir: 1 | -1): void;
  fit(): void;
}

/**
 * Average colour of each quarter of each tile in the tileset (premultiplied RGBA), read once
 * from the loaded image.
 */
function tileColours(
  tileset: Phaser.Tilemaps.Tileset,
  image: CanvasImageSource & { width: number; height: number },
): Map<number, Float32Array> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const out = new Map<number, Float32Array>();
  if (!ctx || !canvas.width || !canvas.height) return out;
  ctx.drawImage(image, 0, 0);
  const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const tw = tileset.tileWidth;
  const th = tileset.tileHeight;
  for (let i = 0; i < tileset.total; i++) {
    const gid = tileset.firstgid + i;
    const at = tileset.getTileTextureCoordinates(gid) as { x: number; y: number } | null;
    if (!at) continue;
    const c = new Float32Array(SUB * SUB * 4);
    let n = 0;
    // Every other pixel both ways is plenty for an average colour (and four times faster).
    for (let y = 0; y < th; y += 2)
      for (let x = 0; x < tw; x += 2) {
        const sx = at.x + x;
        const sy = at.y + y;
        if (sx >= canvas.width || sy >= canvas.height) continue;
        const p = (sy * canvas.width + sx) * 4;
        const a = px[p + 3] / 255;
        const q = (Math.floor((y * SUB) / th) * SUB + Math.floor((x * SUB) / tw)) * 4;
        c[q] += px[p] * a;
        c[q + 1] += px[p + 1] * a;
        c[q + 2] += px[p + 2] * a;
        c[q + 3] += a;
        if (q === 0) n++;
      }
    if (n) for (let k = 0; k < c.length; k++) c[k] /= n;
    out.set(gid, c);
  }
  return out;
}

/** The town in miniature: every visible tile layer blended into SUB×SUB pixels per tile. */
function drawBase(
  map: Phaser.Tilemaps.Tilemap,
  layers: Phaser.Tilemaps.LayerData[],
  tileset: Phaser.Tilemaps.Tileset | null,
  image: (CanvasImageSource & { width: number; height: number }) | null,
): HTMLCanvasElement {
  const w = map.width * SUB;
  const h = map.height * SUB;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const img = ctx.createImageData(w, h);
  const rgb = new Float32Array(w * h * 3);
  for (let i = 0; i < w * h; i++) rgb.set(GRASS, i * 3);
  const colours = tileset && image ? tileColours(tileset, image) : new Map<number, Float32Array>();
  for (const layer of layers.filter((l) => !/collision/i.test(l.name)))
    for (let ty = 0; ty < Math.min(layer.height, map.height); ty++)
      for (let tx = 0; tx < Math.min(layer.width, map.width); tx++) {
        const c = colours.get(layer.data[ty]?.[tx]?.index ?? -1);
        if (!c) continue;
        for (let q = 0; q < SUB * SUB; q++) {
          const a = c[q * 4 + 3];
          if (a <= 0) continue;
          const px = tx * SUB + (q % SUB);
          const py = ty * SUB + Math.floor(q / SUB);
          const o = (py * w + px) * 3;
          for (let k = 0; k < 3; k++) rgb[o + k] = c[q * 4 + k] + rgb[o + k] * (1 - a);
        }
      }
  for (let i = 0; i < w * h; i++) {
    img.data[i * 4] = rgb[i * 3];
    img.data[i * 4 + 1] = rgb[i * 3 + 1];
    img.data[i * 4 + 2] = rgb[i * 3 + 2];
    img.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'minimap__btn';
  b.textContent = label;
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A small overview of the whole town in a corner of the map (plain DOM canvas: no second Phaser
 * camera to draw): people as dots, the camera's view as a rectangle; click or drag to move the
 * view there. Zoom buttons and "whole town" sit under it.
 */
export class Minimap {
  readonly root: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly base: HTMLCanvasElement;
  private readonly scale: number;
  private readonly cssW: number;
  private readonly cssH: number;
  private drawnAt = -Infinity;
  private lastView = '';
  private dragging = false;
  private readonly worldW: number;
  private readonly worldH: number;

  constructor(
    parent: HTMLElement,
    map: Phaser.Tilemaps.Tilemap,
    layers: Phaser.Tilemaps.LayerData[],
    tileset: Phaser.Tilemaps.Tileset | null,
    image: (CanvasImageSource & { width: number; height: number }) | null,
    private readonly actions: MinimapActions,
  ) {
    this.base = drawBase(map, layers, tileset, image);
    const worldW = map.widthInPixels;
    const worldH = map.heightInPixels;
    this.worldW = worldW;
    this.worldH = worldH;
    this.scale = Math.min(MAX_W / worldW, MAX_H / worldH);
    this.cssW = Math.round(worldW * this.scale);
    this.cssH = Math.round(worldH * this.scale);

    this.root = document.createElement('div');
    this.root.className = 'minimap';
    this.root.dataset.testid = 'minimap';
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'minimap__map';
    this.canvas.dataset.testid = 'minimap-map';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Map of the whole town: click to look there');
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(this.cssW * dpr);
    this.canvas.height = Math.round(this.cssH * dpr);
    this.canvas.style.width = `${this.cssW}px`;
    this.canvas.style.height = `${this.cssH}px`;
    this.ctx = this.canvas.getContext('2d');
    this.ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);

    const bar = document.createElement('div');
    bar.className = 'minimap__bar';
    bar.append(
      button('−', 'Zoom out (−)', () => actions.zoom(-1)),
      button('+', 'Zoom in (+)', () => actions.zoom(1)),
      button('⤢ Whole town', 'See the whole town (0)', () => actions.fit()),
    );
    (bar.lastChild as HTMLElement).dataset.testid = 'zoom-fit';
    this.root.append(this.canvas, bar);
    parent.append(this.root);

    this.canvas.addEventListener('pointerdown', this.down);
    this.canvas.addEventListener('pointermove', this.move);
    this.canvas.addEventListener('pointerup', this.up);
    this.canvas.addEventListener('pointercancel', this.up);
    // The map below must not start a drag or a click on the town.
    this.root.addEventListener('pointerdown', (e) => e.stopPropagation());
    this.root.addEventListener('wheel', (e) => e.stopPropagation(), { passive: true });
  }

  private jump(e: PointerEvent): void {
    const r = this.canvas.getBoundingClientRect();
    // CSS may draw the minimap smaller than its own size (a small map): measure as drawn.
    const k = r.width / this.cssW || 1;
    const x = (e.clientX - r.left) / k / this.scale;
    const y = (e.clientY - r.top) / k / this.scale;
    this.actions.jumpTo(x, y);
  }

  private down = (e: PointerEvent) => {
    this.dragging = true;
    this.canvas.setPointerCapture?.(e.pointerId);
    this.jump(e);
  };

  private move = (e: PointerEvent) => {
    if (this.dragging) this.jump(e);
  };

  private up = () => {
    this.dragging = false;
  };

  setVisible(visible: boolean): void {
    if (this.root.hidden === !visible) return;
    this.root.hidden = !visible;
  }

  /** Area the minimap covers, relative to `parent`'s box (for labels to avoid), or null. */
  coveredArea(): { x: number; y: number; w: number; h: number } | null {
    if (this.root.hidden) return null;
    const parent = this.root.parentElement;
    if (!parent) return null;
    const r = this.root.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    return { x: r.left - p.left, y: r.top - p.top, w: r.width, h: r.height };
  }

  /** Redraws when the view moved, and every REDRAW_MS for the people. */
  update(now: number, v: MinimapView): void {
    const ctx = this.ctx;
    if (!ctx || this.root.hidden) return;
    // The whole town in view: the minimap would only hide part of it; keep its buttons.
    const whole =
      v.view.x <= 1 &&
      v.view.y <= 1 &&
      v.view.x + v.view.width >= this.worldW - 1 &&
      v.view.y + v.view.height >= this.worldH - 1;
    if (this.canvas.hidden !== whole) this.canvas.hidden = whole;
    if (whole) return;
    const key = `${v.view.x | 0},${v.view.y | 0},${v.view.width | 0},${v.tint}`;
    if (key === this.lastView && now - this.drawnAt < REDRAW_MS) return;
    this.lastView = key;
    this.drawnAt = now;
    const s = this.scale;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.base, 0, 0, this.cssW, this.cssH);
    if (v.tint !== 0xffffff) {
      ctx.globalCompositeOperation = 'multiply';
      ctx.fillStyle = `#${v.tint.toString(16).padStart(6, '0')}`;
      ctx.fillRect(0, 0, this.cssW, this.cssH);
      ctx.globalCompositeOperation = 'source-over';
    }
    const dots = v.dots();
    for (const d of dots) {
      if (d.selected) continue;
      ctx.fillStyle = d.asleep ? 'rgba(190, 205, 255, 0.75)' : '#ffffff';
      ctx.fillRect(d.x * s - 1.5, d.y * s - 1.5, 3, 3);
    }
    const sel = dots.find((d) => d.selected);
    if (sel) {
      ctx.fillStyle = '#ffd166';
      ctx.strokeStyle = '#1a1a1a';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.arc(sel.x * s, sel.y * s, 3.5, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    const x = Math.max(0, v.view.x * s);
    const y = Math.max(0, v.view.y * s);
    const w = Math.min(this.cssW, (v.view.x + v.view.width) * s) - x;
    const h = Math.min(this.cssH, (v.view.y + v.view.height) * s) - y;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.12)';
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x + 0.75, y + 0.75, Math.max(0, w - 1.5), Math.max(0, h - 1.5));
  }

  destroy(): void {
    this.root.remove();
  }
}
