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
import { buildMapLayers } from './mapLayers';
import { installTestHook, type AgentProbe } from './testHook';

/** Agents beyond which names are shown only when zoomed in closer. */
const CROWD_AGENTS = 60;
const CROWD_LABEL_ZOOM = 2;
/** Overlays this far outside the view are hidden, screen pixels. */
const CULL_MARGIN_PX = 120;
/** How often presentation mode learns who is on screen, ms. */
const IN_VIEW_MS = 250;

/** Horizontal spread of agents standing on the same tile, px between neighbours. */
const SHARE_SPREAD_PX = 9;

/** Offsets that fan out agents who share a tile (two at a counter would hide each other). */
function shareOffsets(agents: Frame['agents'], mapWidth: number): number[] {
  const byTile = new Map<number, number[]>();
  agents.forEach((a, i) => {
    const key = a.y * mapWidth + a.x;
    const list = byTile.get(key);
    if (list) list.push(i);
    else byTile.set(key, [i]);
  });
  const out = new Array<number>(agents.length).fill(0);
  for (const list of byTile.values()) {
    if (list.length < 2) continue;
    list.forEach((i, k) => (out[i] = (k - (list.length - 1) / 2) * SHARE_SPREAD_PX));
  }
  return out;
}

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
    const worldObjects: Phaser.GameObjects.GameObject[] = [...town.objects];
    const toOverlay = (objs: Phaser.GameObjects.GameObject[]) => main.ignore(objs);
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

    this.applyFrame(performance.now());
    this.placeStartView();
    this.wireInput();
    this.store.setState({ sceneReady: true });
    installTestHook(this.game, {
      agentScreenPosition: (id) => this.agentScreenPosition(id),
      agents: () => this.probeAgents(),
      step: () => this.lastFrame?.clock.step ?? -1,
      zoom: () => main.zoom,
      worldHash: () =>
        this.store
          .getState()
          .request('worldHash', {})
          .then((r) => r.hash),
      request: (kind, args) => this.store.getState().request(kind, args),
    });
  }

  /** Starts zoomed in on the busiest spot, so people are in view right away. */
  private placeStartView(): void {
    const main = this.cameras.main;
    const zoom = DEFAULT_ZOOM;
    main.setZoom(zoom);
    const halfW = main.width / zoom / 2;
    const halfH = main.height / zoom / 2;
    let best: AgentView[] = [];
    for (const a of this.views) {
      const near = this.views.filter(
        (b) => Math.abs(b.x - a.x) < halfW * 0.8 && Math.abs(b.y - a.y) < halfH * 0.8,
      );
      if (near.length > best.length) best = near;
    }
    if (!best.length) {
      this.controller.centerOn(this.meta.width * 16, this.meta.height * 16);
      return;
    }
    const cx = best.reduce((s, v) => s + v.x, 0) / best.length;
    const cy = best.reduce((s, v) => s + v.y, 0) / best.length;
    this.controller.centerOn(cx, cy - this.meta.tileSize / 2);
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
      s.frame.agents.forEach((a, i) =>
        this.views[i]?.setFrame(a, at, s.frame!.intervalMs, first, offsets[i]),
      );
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
    this.layoutOverlays(now, s.selectedId, hoverId);
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

  private layoutOverlays(now: number, selectedId: string | null, hoverId: string | null): void {
    const cam = this.cameras.main;
    const zoom = cam.zoom;
    const crowd = this.views.length > CROWD_AGENTS;
    const showNames = zoom >= (crowd ? CROWD_LABEL_ZOOM : LABEL_MIN_ZOOM);
    const head = FRAME_SIZE_PX * 0.95;
    for (const v of this.views) {
      const feet = this.controller.toScreen(v.x, v.y);
      const offscreen =
        feet.x < -CULL_MARGIN_PX ||
        feet.y < -CULL_MARGIN_PX ||
        feet.x > cam.width + CULL_MARGIN_PX ||
        feet.y > cam.height + CULL_MARGIN_PX;
      const selected = v.id === selectedId;
      v.layout({
        x: feet.x,
        feetY: feet.y,
        headY: feet.y - head * zoom,
        zoom,
        showName: showNames,
        selected,
        hovered: v.id === hoverId,
        now,
        depth: selected ? 1e7 : feet.y,
        visible: !offscreen,
      });
    }
  }
}
