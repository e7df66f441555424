import Phaser from 'phaser';
import type { Facing } from '../sim/agent/agent';
import type { AgentFrame, AgentMeta } from '../protocol';
import { firstName } from '../ui/format';
import { ensureWalkAnims, walkKey } from './agentAnims';
import { characterOf, standFrame } from './characters';
import {
  CHARACTERS_KEY,
  DEPTH_AGENTS,
  EMOJI_FONT,
  FRAME_SIZE_PX,
  MAX_TWEEN_MS,
  MIN_TWEEN_MS,
  SNAP_TILES,
  THINKING_HOLD_MS,
  UI_FONT,
} from './constants';
import type { Offset, Rect } from './crowd';
import { BED_BLANKET_KEY, BLANKET_H, BLANKET_KEY, HEAD_ROWS, SLEEPER_HEADS_KEY } from './sleepers';
import { SpeechBubble } from './SpeechBubble';
import { ensureThinkMarkTexture, THINK_MARK_KEY, THINK_MARK_ORIGIN } from './thinkMark';

/** Added to a bubble's depth: above all names, below the selected person's overlay (1e7). */
const BUBBLE_DEPTH = 1e6;

/** Screen-space placement of an agent's overlay (name, emoji, bubble). */
export interface OverlayLayout {
  /** Screen position of the agent's feet and of the top of its head. */
  x: number;
  feetY: number;
  headY: number;
  zoom: number;
  /** Top-left corner of the name label (screen px), or null to hide it. */
  nameAt: { x: number; y: number } | null;
  selected: boolean;
  hovered: boolean;
  now: number;
  /** Draw order among overlays (the selected agent on top). */
  depth: number;
  /** False when the agent is off screen: hide the overlay. */
  visible: boolean;
}

const LABEL_BG = 'rgba(22, 26, 38, 0.72)';
const LABEL_BG_SELECTED = 'rgba(214, 140, 20, 0.95)';
/** One "z" floats up from a sleeper every this many ms. */
const Z_CYCLE_MS = 1800;
/** Zoomed out further, the "z" is left out (the 😴 says it, with less clutter). */
const Z_MIN_ZOOM = 0.75;

type RegisterOverlay = (objects: Phaser.GameObjects.GameObject[]) => void;

/**
 * One agent on the map: a walking sprite in the world (interpolated between frames) and its
 * overlay in screen space: name label, action emoji, "thinking…" mark and speech bubble.
 */
export class AgentView {
  readonly sprite: Phaser.GameObjects.Sprite;
  readonly ring: Phaser.GameObjects.Ellipse;
  private readonly name: Phaser.GameObjects.Text;
  private readonly emoji: Phaser.GameObjects.Text;
  private readonly thinkMark: Phaser.GameObjects.Image;
  /** Lying in bed: the head on the pillow, eyes shut, under a blanket, and a floating "z". */
  private readonly sleepHead: Phaser.GameObjects.Image;
  private readonly blanket: Phaser.GameObjects.Image;
  private readonly zMark: Phaser.GameObjects.Text;
  private asleep = false;
  private lying = false;
  /** The bed a sleeper lies in (world px), or null: lies where it stands. */
  private bed: Rect | null = null;
  private readonly zPhase: number;
  private bubble: SpeechBubble | null = null;
  private readonly character: number;

  private fromX = 0;
  private fromY = 0;
  private toX = 0;
  private toY = 0;
  private t0 = 0;
  private duration = 1;
  private facing: Facing = 'down';
  private walking = false;
  private moving = false;
  private speech: string | null = null;
  private thinkingUntil = 0;
  private labelSelected = false;
  private selected = false;
  private standing = -1;
  /** Current interpolated world position (feet). */
  x = 0;
  y = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly meta: AgentMeta,
    sheetCharacters: number,
    private readonly tileSize: number,
    resolution: number,
    private readonly registerOverlay: RegisterOverlay,
  ) {
    const { index, tint } = characterOf(meta.sprite, sheetCharacters);
    this.character = index;
    ensureWalkAnims(scene, index);
    this.ring = scene.add.ellipse(0, 0, tileSize * 0.9, tileSize * 0.38, 0xffd166, 0.55);
    this.ring.setStrokeStyle(2, 0xffffff, 0.9).setVisible(false);
    this.sprite = scene.add.sprite(0, 0, CHARACTERS_KEY, standFrame(index, 'down'));
    this.sprite.setOrigin(0.5, 1);
    if (tint !== null) this.sprite.setTint(tint);

    this.name = scene.add.text(0, 0, firstName(meta.name), {
      fontFamily: UI_FONT,
      fontSize: '11px',
      fontStyle: '600',
      color: '#ffffff',
      backgroundColor: LABEL_BG,
      padding: { x: 4, y: 1 },
      resolution,
    });
    this.name.setOrigin(0.5, 0);
    this.emoji = scene.add.text(0, 0, '', {
      fontFamily: EMOJI_FONT,
      fontSize: '15px',
      padding: { x: 1, y: 2 },
      resolution,
    });
    this.emoji.setOrigin(0.5, 1);
    ensureThinkMarkTexture(scene);
    this.thinkMark = scene.add.image(0, 0, THINK_MARK_KEY);
    this.thinkMark.setOrigin(THINK_MARK_ORIGIN.x, THINK_MARK_ORIGIN.y).setVisible(false);
    this.sleepHead = scene.add.image(0, 0, SLEEPER_HEADS_KEY, index).setOrigin(0.5, 0);
    this.blanket = scene.add.image(0, 0, BLANKET_KEY).setOrigin(0.5, 1);
    this.sleepHead.setVisible(false);
    this.blanket.setVisible(false);
    this.zMark = scene.add.text(0, 0, 'z', {
      fontFamily: UI_FONT,
      fontSize: '13px',
      fontStyle: '800',
      color: '#dfe9ff',
      stroke: '#1d2540',
      strokeThickness: 3,
      resolution,
    });
    this.zMark.setOrigin(0.5, 1).setVisible(false);
    this.zPhase = (meta.sprite * 397) % Z_CYCLE_MS;
    registerOverlay([this.name, this.emoji, this.thinkMark, this.zMark]);
  }

  /** Size of the name label, screen px. */
  get labelSize(): { w: number; h: number } {
    return { w: this.name.width, h: this.name.height };
  }

  /** Drawn lying in bed now. */
  get isLying(): boolean {
    return this.lying;
  }

  /** World y of the top of the head as drawn (standing, lying, or in a bed). */
  get headTop(): number {
    if (this.lying && this.bed) return this.bed.y;
    return this.y - (this.lying ? HEAD_ROWS : FRAME_SIZE_PX * 0.95);
  }

  get id(): string {
    return this.meta.id;
  }

  get worldObjects(): Phaser.GameObjects.GameObject[] {
    return [this.ring, this.sprite, this.sleepHead, this.blanket];
  }

  /**
   * A new frame arrived: slide from where the agent is drawn now to its new tile. `share`
   * shifts agents sharing a tile apart so none hides another.
   */
  setFrame(
    a: AgentFrame,
    at: number,
    intervalMs: number,
    first: boolean,
    share: Offset = { dx: 0, dy: 0 },
    bed: Rect | null = null,
  ): void {
    this.bed = a.asleep ? bed : null;
    const b = this.bed;
    const tx = b ? b.x + b.w / 2 : (a.x + 0.5) * this.tileSize + share.dx;
    const ty = b ? b.y + b.h : (a.y + 1) * this.tileSize + share.dy;
    const far = Math.hypot(tx - this.x, ty - this.y) > SNAP_TILES * this.tileSize;
    if (first || far) {
      this.x = this.fromX = this.toX = tx;
      this.y = this.fromY = this.toY = ty;
    } else {
      this.fromX = this.x;
      this.fromY = this.y;
      this.toX = tx;
      this.toY = ty;
    }
    this.t0 = at;
    this.duration = Math.min(MAX_TWEEN_MS, Math.max(MIN_TWEEN_MS, intervalMs));
    this.facing = a.facing;
    this.moving = a.moving;
    this.speech = a.speech;
    this.asleep = a.asleep;
    if (a.thinking) this.thinkingUntil = at + THINKING_HOLD_MS;
    if (this.emoji.text !== a.emoji) this.emoji.setText(a.emoji);
  }

  /** Marks the agent as waiting on its mind now (a slow step in progress). */
  markThinking(now: number): void {
    this.thinkingUntil = now + THINKING_HOLD_MS;
  }

  /** Advances the interpolation and the walk animation. */
  update(now: number): void {
    const p = Math.min(1, Math.max(0, (now - this.t0) / this.duration));
    this.x = this.fromX + (this.toX - this.fromX) * p;
    this.y = this.fromY + (this.toY - this.fromY) * p;
    const sliding = p < 1 && (this.toX !== this.fromX || this.toY !== this.fromY);
    const walking = sliding || (this.moving && p < 1);
    this.sprite.setPosition(this.x, this.y);
    this.sprite.setDepth(DEPTH_AGENTS + this.y + (this.selected ? 0.3 : 0));
    this.ring.setPosition(this.x, this.y - this.tileSize * 0.12);
    this.ring.setDepth(DEPTH_AGENTS + this.y - 0.5);
    if (walking) {
      const key = walkKey(this.character, this.facing);
      if (!this.walking || this.sprite.anims.currentAnim?.key !== key) this.sprite.play(key, true);
      this.standing = -1;
    } else {
      if (this.walking) this.sprite.stop();
      const frame = standFrame(this.character, this.facing);
      if (frame !== this.standing) {
        this.standing = frame;
        this.sprite.setFrame(frame);
      }
    }
    this.walking = walking;
    this.lying = this.asleep && !walking;
    if (this.lying) {
      const x = Math.round(this.x);
      const bed = this.bed;
      if (bed) {
        // Head on the pillow, the blanket up to the chin and down to the bed's foot.
        const top = Math.round(bed.y) - 2;
        this.sleepHead.setPosition(x, top);
        this.blanket.setTexture(BED_BLANKET_KEY);
        this.blanket.setPosition(x, Math.round(bed.y + bed.h) - 2);
        this.blanket.setDisplaySize(bed.w - 6, bed.h - HEAD_ROWS + 4);
      } else {
        const top = Math.round(this.y) - FRAME_SIZE_PX;
        this.sleepHead.setPosition(x, top);
        this.blanket.setTexture(BLANKET_KEY);
        this.blanket.setPosition(x, top + HEAD_ROWS - 4 + BLANKET_H);
        this.blanket.setScale(1);
      }
      this.sleepHead.setDepth(DEPTH_AGENTS + this.y);
      this.blanket.setDepth(DEPTH_AGENTS + this.y + 0.1);
    }
  }

  setHighlight(selected: boolean, hovered: boolean): void {
    this.selected = selected;
    this.ring.setVisible(selected || hovered);
    this.ring.setFillStyle(selected ? 0xffd166 : 0xffffff, selected ? 0.6 : 0.35);
  }

  /** Places the overlay in screen space. */
  layout(l: OverlayLayout): void {
    // Off-screen agents are not drawn at all (Phaser does not cull sprites by itself).
    this.sprite.setVisible(l.visible && !this.lying);
    this.sleepHead.setVisible(l.visible && this.lying);
    this.blanket.setVisible(l.visible && this.lying);
    this.zMark.setVisible(l.visible && this.lying && l.zoom >= Z_MIN_ZOOM);
    if (!l.visible) {
      this.name.setVisible(false);
      this.emoji.setVisible(false);
      this.thinkMark.setVisible(false);
      this.bubble?.setVisible(false);
      return;
    }
    this.emoji.setVisible(true);
    const x = Math.round(l.x);
    this.name.setVisible(l.nameAt !== null);
    if (l.nameAt) {
      this.name.setPosition(Math.round(l.nameAt.x + this.name.width / 2), Math.round(l.nameAt.y));
      if (l.selected !== this.labelSelected) {
        this.labelSelected = l.selected;
        this.name.setBackgroundColor(l.selected ? LABEL_BG_SELECTED : LABEL_BG);
      }
      this.name.setDepth(l.depth);
    }
    const emojiScale = Math.max(0.6, Math.min(1.2, l.zoom / 1.6));
    this.emoji.setScale(emojiScale);
    this.emoji.setPosition(x, Math.round(l.headY + 2 * emojiScale));
    this.emoji.setDepth(l.depth);
    const top = l.headY - this.emoji.height * emojiScale + 2;
    const thinking = l.now < this.thinkingUntil && !this.speech;
    this.thinkMark.setVisible(thinking);
    if (thinking) {
      this.thinkMark.setPosition(x + 7 * emojiScale, Math.round(l.headY - 6 * emojiScale));
      this.thinkMark.setScale(emojiScale);
      this.thinkMark.setAlpha(0.8 + 0.2 * Math.sin(l.now / 160));
      this.thinkMark.setDepth(l.depth + 0.2);
    }
    if (this.lying) {
      const p = ((l.now + this.zPhase) % Z_CYCLE_MS) / Z_CYCLE_MS;
      const s = Math.max(0.7, Math.min(1.3, l.zoom / 1.4)) * (0.75 + 0.5 * p);
      this.zMark.setScale(s);
      this.zMark.setAlpha(Math.sin(Math.PI * p));
      this.zMark.setPosition(x + (9 + 6 * p) * s, Math.round(l.headY - 2 - 16 * p * s));
      this.zMark.setDepth(l.depth + 0.3);
    }
    if (this.speech) {
      if (!this.bubble) {
        this.bubble = new SpeechBubble(this.scene, this.name.style.resolution);
        this.registerOverlay(this.bubble.objects);
      }
      // Over every name and emoji (what is said matters more), under the selected person's overlay.
      this.bubble.show(this.speech, x, top, BUBBLE_DEPTH + l.depth + 0.5);
    } else this.bubble?.setVisible(false);
  }

  /** Whether a world point (feet-anchored sprite box) hits this agent. */
  hits(wx: number, wy: number): boolean {
    const half = this.tileSize * 0.45;
    return Math.abs(wx - this.x) <= half && wy <= this.y && wy >= this.y - this.tileSize * 1.05;
  }
}
