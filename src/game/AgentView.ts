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
  MAX_TWEEN_MS,
  MIN_TWEEN_MS,
  SNAP_TILES,
  THINKING_HOLD_MS,
  UI_FONT,
} from './constants';
import { SpeechBubble } from './SpeechBubble';
import { ensureThinkMarkTexture, THINK_MARK_KEY, THINK_MARK_ORIGIN } from './thinkMark';

/** Screen-space placement of an agent's overlay (name, emoji, bubble). */
export interface OverlayLayout {
  /** Screen position of the agent's feet and of the top of its head. */
  x: number;
  feetY: number;
  headY: number;
  zoom: number;
  showName: boolean;
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
    registerOverlay([this.name, this.emoji, this.thinkMark]);
  }

  get id(): string {
    return this.meta.id;
  }

  get worldObjects(): Phaser.GameObjects.GameObject[] {
    return [this.ring, this.sprite];
  }

  /**
   * A new frame arrived: slide from where the agent is drawn now to its new tile. `shareOffset`
   * shifts agents sharing a tile apart so none hides another.
   */
  setFrame(a: AgentFrame, at: number, intervalMs: number, first: boolean, shareOffset = 0): void {
    const tx = (a.x + 0.5) * this.tileSize + shareOffset;
    const ty = (a.y + 1) * this.tileSize;
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
  }

  setHighlight(selected: boolean, hovered: boolean): void {
    this.selected = selected;
    this.ring.setVisible(selected || hovered);
    this.ring.setFillStyle(selected ? 0xffd166 : 0xffffff, selected ? 0.6 : 0.35);
  }

  /** Places the overlay in screen space. */
  layout(l: OverlayLayout): void {
    // Off-screen agents are not drawn at all (Phaser does not cull sprites by itself).
    this.sprite.setVisible(l.visible);
    if (!l.visible) {
      this.name.setVisible(false);
      this.emoji.setVisible(false);
      this.thinkMark.setVisible(false);
      this.bubble?.setVisible(false);
      return;
    }
    this.emoji.setVisible(true);
    const x = Math.round(l.x);
    const showName = l.showName || l.selected || l.hovered;
    this.name.setVisible(showName);
    if (showName) {
      this.name.setPosition(x, Math.round(l.feetY + 1));
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
    if (this.speech) {
      if (!this.bubble) {
        this.bubble = new SpeechBubble(this.scene, this.name.style.resolution);
        this.registerOverlay(this.bubble.objects);
      }
      this.bubble.show(this.speech, x, top, l.depth + 0.5);
    } else this.bubble?.setVisible(false);
  }

  /** Whether a world point (feet-anchored sprite box) hits this agent. */
  hits(wx: number, wy: number): boolean {
    const half = this.tileSize * 0.45;
    return Math.abs(wx - this.x) <= half && wy <= this.y && wy >= this.y - this.tileSize * 1.05;
  }
}
