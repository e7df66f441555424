import Phaser from 'phaser';
import type { TownStore } from '../store/store';
import type { Frame, TownMeta } from '../protocol';
import { AgentView } from './AgentView';
import { CameraController } from './CameraController';
import {
  CHARACTERS_KEY,
  DEFAULT_ZOOM,
  FRAME_SIZE_PX,
  LABEL_MIN_ZOOM,
  TILESET_KEY,
} from './constants';
import { placeLabels, shareOffsets, type LabelWish, type Rect } from './crowd';
import { buildMapLayers } from './mapLayers';
import { BedIndex } from './beds';
import { startView } from './startView';
import { findBeds, findLights } from './mapFeatures';
import { Minimap } from './Minimap';
import { PlaceLabels } from './PlaceLabels';
import { ensureSleeperTextures } from './sleepers';
import { installTestHook, type AgentProbe, type PageRect } from './testHook';
import { TownLights } from './TownLights';

/** Agents beyond which names are shown only when zoomed in closer. */
const CROWD_AGENTS = 60;
const CROWD_LABEL_ZOOM = 2;
/** Overlays this far outside the view are hidden, screen pixels. */
const CULL_MARGIN_PX = 120;
/** How often presentation mode learns who is on screen, ms. */
const IN_VIEW_MS = 250;

const START_ZOOMS: [number, number] = [DEFAULT_ZOOM, LABEL_MIN_ZOOM];
const MINIMAP_AREA_MS = 500;
/** The minimap is made this long after the town first shows, ms. */
const MINIMAP_DELAY_MS = 100;
/**
 * The town: the Tiled map, one AgentView per agent, and an overlay camera that draws names,
 * emojis and bubbles at screen resolution. Reads frames from the store each animation frame and
 * never waits for the simulation.
 */
export class TownScene extends Phaser.Scene {
  private meta!: TownMeta;
  private views: AgentView[] = [];
  private byId = new Map<string, AgentView>();
  private controller!: CameraController;
  private overlayCam!: Phaser.Cameras.Scene2D.Camera;
  private lastFrame: Frame | null = null;
  private lastWaiting: string[] = [];
  private lastFocusSeq = 0;
  private lastLookAt = 0;
  private inViewAt = 0;
  private lastSelected: string | null = null;
  private lastHover: string | null = null;
  private townLights!: TownLights;
  private placeNames!: PlaceLabels;
  private minimap: Minimap | null = null;
  /** Where the minimap covers the map, canvas px (re-read now and then: it costs a layout). */
  private minimapArea: Rect | null = null;
  private minimapAreaAt = -Infinity;
  /** Where sleepers lie down. */
  private beds!: BedIndex;
  /** Name labels drawn now, canvas px (for tests). */
  private labelRects: { id: string; rect: Rect }[] = [];

  constructor(
    private readonly store: TownStore,
    private readonly assetBase: string,
  ) {
    super('town');
  }

  preload(): void {
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) =>
      this.store.setState({ status: 'error', error: `Could not load ${file.src}` }),
    );
    this.load.image(TILESET_KEY, `${this.assetBase}assets/tileset.png`);
    this.load.spritesheet(CHARACTERS_KEY, `${this.assetBase}assets/characters.png`, {
      frameWidth: FRAME_SIZE_PX,
      frameHeight: FRAME_SIZE_PX,
    });
  }

  create(): void {
    const state = this.store.getState();
    this.meta = state.meta!;
    const main = this.cameras.main;
    main.setBackgroundColor('#2b3a2f');
    this.overlayCam = this.cameras.add(0, 0, main.width, main.height, false, 'overlay');

    const town = buildMapLayers(this, this.meta.map);
    const sheet = this.textures.get(CHARACTERS_KEY).getSourceImage() as HTMLImageElement;
    const sheetCharacters = Math.max(1, Math.floor(sheet.height / FRAME_SIZE_PX));
    const resolution = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
    const ts = this.meta.tileSize;
    const places = this.meta.places.map(({ sector, rect: r }) => ({
      name: sector,
      x: r.x * ts,
      y: r.y * ts,
      w: r.w * ts,
      h: r.h * ts,
    }));
    this.townLights = new TownLights(this, findLights(this.meta.map), places, this.meta.tileSize);
    const worldObjects: Phaser.GameObjects.GameObject[] = [
      ...town.objects,
      ...this.townLights.objects,
    ];
    const toOverlay = (objs: Phaser.GameObjects.GameObject[]) => main.ignore(objs);
    this.placeNames = new PlaceLabels(this, places, resolution);
    toOverlay(this.placeNames.objects);
    ensureSleeperTextures(this, sheetCharacters);
    this.beds = new BedIndex(findBeds(this.meta.map), this.meta);
    this.views = this.meta.agents.map((m) => {
      const view = new AgentView(
        this,
        m,
        sheetCharacters,
        this.meta.tileSize,
        resolution,
        toOverlay,
      );
      worldObjects.push(...view.worldObjects);
      this.byId.set(m.id, view);
      return view;
    });
    this.overlayCam.ignore(worldObjects);

    this.controller = new CameraController(this, main, town.widthPx, town.heightPx);
    this.controller.onManualMove = () => {
      if (this.store.getState().follow) this.store.getState().setFollow(false);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => {
      main.setSize(size.width, size.height);
      this.overlayCam.setSize(size.width, size.height);
      this.controller.apply();
    });

    // The minimap is drawn once the town shows (it reads the tileset's pixels: not on the way
    // to the first picture).
    let gone = false;
    const drop = () => {
      gone = true;
      this.minimap?.destroy();
      this.minimap = null;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, drop);
    this.events.once(Phaser.Scenes.Events.DESTROY, drop);
    window.setTimeout(() => {
      const parent = this.game.canvas?.parentElement;
      if (gone || !parent) return;
      const tilesetImage = this.textures.get(TILESET_KEY).getSourceImage() as HTMLImageElement;
      this.minimap = new Minimap(parent, town.map, town.layers, town.tileset, tilesetImage, {
        jumpTo: (wx, wy) => {
          this.controller.onManualMove();
          this.controller.centerOn(wx, wy);
        },
        zoom: (dir) => this.controller.zoomStep(dir),
        fit: () => this.controller.fit(),
      });
    }, MINIMAP_DELAY_MS);

    this.applyFrame(performance.now());
    this.placeStartView();
    this.wireInput();
    this.store.setState({ sceneReady: true });
    installTestHook(this.game, {
      agentScreenPosition: (id) => this.agentScreenPosition(id),
      agents: () => this.probeAgents(),
      step: () => this.lastFrame?.clock.step ?? -1,
      clock: () => this.lastFrame?.clock ?? null,
      zoom: () => main.zoom,
      world: () => ({ width: town.widthPx, height: town.heightPx }),
      view: () => {
        const a = this.controller.toWorld(0, 0);
        const b = this.controller.toWorld(main.width, main.height);
        return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y, zoom: main.zoom };
      },
      nameLabels: () => this.pageRects(this.labelRects),
      placeLabels: () =>
        this.pageRects(this.placeNames.shown.map((p) => ({ id: p.name, rect: p.rect }))),
      lighting: () => ({ ...this.townLights.current, ...this.townLights.lightCount }),
      worldHash: () =>
        this.store
          .getState()
          .request('worldHash', {})
          .then((r) => r.hash),
      request: (kind, args) => this.store.getState().request(kind, args),
    });
  }

  /** Starts on the busiest part of town (see `startView`). */
  private placeStartView(): void {
    const main = this.cameras.main;
    const { zoom, centre } = startView(this.views, main.width, main.height, START_ZOOMS);
    main.setZoom(zoom);
    if (centre) this.controller.centerOn(centre.x, centre.y - this.meta.tileSize / 2);
    else this.controller.centerOn(this.meta.width * 16, this.meta.height * 16);
  }

  private pageRects(list: { id: string; rect: Rect }[]): PageRect[] {
    const c = this.game.canvas.getBoundingClientRect();
    return list.map(({ id, rect }) => ({
      id,
      x: c.left + rect.x,
      y: c.top + rect.y,
      width: rect.w,
      height: rect.h,
    }));
  }

  private pick(sx: number, sy: number): AgentView | null {
    const w = this.controller.toWorld(sx, sy);
    let hit: AgentView | null = null;
    for (const v of this.views) if (v.hits(w.x, w.y) && (!hit || v.y > hit.y)) hit = v;
    return hit;
  }

  private wireInput(): void {
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (p.isDown) return;
      const hit = this.pick(p.x, p.y);
      this.store.getState().setHover(hit ? { id: hit.id, x: p.x, y: p.y } : null);
      this.input.setDefaultCursor(hit ? 'pointer' : 'grab');
    });
    this.input.on('gameout', () => this.store.getState().setHover(null));
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (this.controller.wasDrag) return;
      const hit = this.pick(p.x, p.y);
      if (hit) this.store.getState().select(hit.id);
    });
    this.input.setDefaultCursor('grab');
  }

  private applyFrame(now: number): void {
    const s = this.store.getState();
    if (s.frame && s.frame !== this.lastFrame) {
      const first = this.lastFrame === null;
      const at = first ? now : s.frameAt;
      const offsets = shareOffsets(s.frame.agents, this.meta.width);
      const beds = this.beds.bedsFor(s.frame.agents);
      s.frame.agents.forEach((a, i) =>
        this.views[i]?.setFrame(a, at, s.frame!.intervalMs, first, offsets[i], beds[i]),
      );
      this.townLights.setPeople(s.frame.agents, this.meta.width);
      this.lastFrame = s.frame;
    }
    if (s.waiting !== this.lastWaiting) {
      this.lastWaiting = s.waiting;
      for (const id of s.waiting) this.byId.get(id)?.markThinking(now);
    }
  }

  /** Page coordinates of an agent's body (for tests and tooltips). */
  agentScreenPosition(id: string): { x: number; y: number } | null {
    const v = this.byId.get(id);
    if (!v) return null;
    const p = this.controller.toScreen(v.x, v.y - this.meta.tileSize * 0.45);
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  private probeAgents(): AgentProbe[] {
    const cam = this.cameras.main;
    const rect = this.game.canvas.getBoundingClientRect();
    return this.views.map((v, i) => {
      const a = this.lastFrame?.agents[i];
      const p = this.controller.toScreen(v.x, v.y - this.meta.tileSize * 0.45);
      return {
        id: v.id,
        tileX: a?.x ?? -1,
        tileY: a?.y ?? -1,
        pageX: rect.left + p.x,
        pageY: rect.top + p.y,
        onScreen: p.x >= 0 && p.y >= 0 && p.x <= cam.width && p.y <= cam.height,
        speech: a?.speech ?? null,
        thinking: a?.thinking ?? false,
        asleep: v.isLying,
      };
    });
  }

  update(_time: number, delta: number): void {
    const now = performance.now();
    this.applyFrame(now);
    const s = this.store.getState();
    for (const v of this.views) v.update(now);

    const selected = s.selectedId ? this.byId.get(s.selectedId) : undefined;
    if (s.focusSeq !== this.lastFocusSeq) {
      this.lastFocusSeq = s.focusSeq;
      if (selected) this.controller.glideTo(selected.x, selected.y, now);
    }
    if (s.lookAt && s.lookAt.seq !== this.lastLookAt) {
      this.lastLookAt = s.lookAt.seq;
      const ts = this.meta.tileSize;
      this.controller.glideTo((s.lookAt.x + 0.5) * ts, (s.lookAt.y + 0.5) * ts, now);
    }
    const follow = s.follow && selected ? { x: selected.x, y: selected.y } : null;
    this.controller.update(now, delta, follow);

    const hoverId = s.hover?.id ?? null;
    if (s.selectedId !== this.lastSelected || hoverId !== this.lastHover) {
      for (const id of [this.lastSelected, this.lastHover, s.selectedId, hoverId]) {
        const v = id ? this.byId.get(id) : undefined;
        v?.setHighlight(v.id === s.selectedId, v.id === hoverId);
      }
      this.lastSelected = s.selectedId;
      this.lastHover = hoverId;
    }
    const cam = this.cameras.main;
    const a = this.controller.toWorld(0, 0);
    const b = this.controller.toWorld(cam.width, cam.height);
    const view = new Phaser.Geom.Rectangle(a.x, a.y, b.x - a.x, b.y - a.y);
    this.townLights.update(this.lastFrame?.clock.minuteOfDay ?? 12 * 60, view);
    this.layoutOverlays(now, s.selectedId, hoverId);
    this.minimap?.setVisible(!s.presenting);
    if (now - this.minimapAreaAt > MINIMAP_AREA_MS) {
      this.minimapAreaAt = now;
      this.minimapArea = this.minimap?.coveredArea() ?? null;
    }
    this.placeNames.layout(
      (x, y) => this.controller.toScreen(x, y),
      cam.width,
      cam.height,
      this.minimapArea ? [this.minimapArea] : [],
    );
    this.minimap?.update(now, {
      view,
      tint: this.townLights.current.tint,
      dots: () =>
        this.views.map((v) => ({
          x: v.x,
          y: v.y,
          selected: v.id === s.selectedId,
          asleep: v.isLying,
        })),
    });
    if (s.presenting && now - this.inViewAt > IN_VIEW_MS) this.reportInView(now);
  }

  /** Tells the page who is on screen (presentation captions show only them). */
  private reportInView(now: number): void {
    this.inViewAt = now;
    const cam = this.cameras.main;
    const ids: string[] = [];
    for (const v of this.views) {
      const p = this.controller.toScreen(v.x, v.y);
      if (p.x >= 0 && p.y >= 0 && p.x <= cam.width && p.y <= cam.height) ids.push(v.id);
    }
    const before = this.store.getState().inView;
    if (ids.length !== before.length || ids.some((id, i) => id !== before[i]))
      this.store.setState({ inView: ids });
  }

  /**
   * Places every overlay. Name labels never overlap: the selected, hovered and talking people's
   * go first, then the nearest to the view's centre; the rest stack a row lower or hide.
   */
  private layoutOverlays(now: number, selectedId: string | null, hoverId: string | null): void {
    const cam = this.cameras.main;
    const zoom = cam.zoom;
    const crowd = this.views.length > CROWD_AGENTS;
    const showNames = zoom >= (crowd ? CROWD_LABEL_ZOOM : LABEL_MIN_ZOOM);
    const feet = this.views.map((v) => this.controller.toScreen(v.x, v.y));
    const visible = feet.map(
      (f) =>
        f.x >= -CULL_MARGIN_PX &&
        f.y >= -CULL_MARGIN_PX &&
        f.x <= cam.width + CULL_MARGIN_PX &&
        f.y <= cam.height + CULL_MARGIN_PX,
    );
    const wishIds: number[] = [];
    const wishes: LabelWish[] = [];
    const diag = Math.hypot(cam.width, cam.height) || 1;
    this.views.forEach((v, i) => {
      const selected = v.id === selectedId;
      const hovered = v.id === hoverId;
      if (!visible[i] || !(showNames || selected || hovered)) return;
      const frame = this.lastFrame?.agents[i];
      const talking = !!(frame?.speech || frame?.partnerId);
      const { w, h } = v.labelSize;
      const f = feet[i];
      const near = Math.hypot(f.x - cam.width / 2, f.y - cam.height / 2) / diag;
      wishIds.push(i);
      wishes.push({
        x: f.x - w / 2,
        y: f.y + 1,
        w,
        h,
        priority: selected ? 0 : hovered ? 1 : (talking ? 2 : 3) + near,
      });
    });
    const placed = placeLabels(wishes);
    const labelAt = new Map<number, Rect>();
    wishIds.forEach((i, k) => {
      const r = placed[k];
      if (r) labelAt.set(i, r);
    });
    this.labelRects = [];
    this.views.forEach((v, i) => {
      const selected = v.id === selectedId;
      const r = labelAt.get(i) ?? null;
      if (r) this.labelRects.push({ id: v.id, rect: r });
      v.layout({
        x: feet[i].x,
        feetY: feet[i].y,
        headY: this.controller.toScreen(v.x, v.headTop).y,
        zoom,
        nameAt: r,
        selected,
        hovered: v.id === hoverId,
        now,
        depth: selected ? 1e7 : feet[i].y,
        visible: visible[i],
      });
    });
  }
}
