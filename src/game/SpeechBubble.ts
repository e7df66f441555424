import Phaser from 'phaser';
import { UI_FONT } from './constants';

const PAD_X = 7;
const PAD_Y = 5;
const TAIL_PX = 6;
const WRAP_PX = 190;
const MAX_CHARS = 140;

/** A speech bubble drawn in screen space: rounded box, tail pointing down at the speaker. */
export class SpeechBubble {
  readonly box: Phaser.GameObjects.Graphics;
  readonly text: Phaser.GameObjects.Text;
  private current = '';

  constructor(scene: Phaser.Scene, resolution: number) {
    this.box = scene.add.graphics();
    this.text = scene.add.text(0, 0, '', {
      fontFamily: UI_FONT,
      fontSize: '11px',
      color: '#1f2430',
      wordWrap: { width: WRAP_PX, useAdvancedWrap: true },
      lineSpacing: 1,
      resolution,
    });
    this.text.setOrigin(0.5, 1);
    this.setVisible(false);
  }

  get objects(): Phaser.GameObjects.GameObject[] {
    return [this.box, this.text];
  }

  setVisible(visible: boolean): void {
    this.box.setVisible(visible);
    this.text.setVisible(visible);
  }

  /** Shows `line` with the tail's tip at (x, y), screen pixels. */
  show(line: string, x: number, y: number, depth: number): void {
    const clipped = line.length > MAX_CHARS ? `${line.slice(0, MAX_CHARS - 1)}…` : line;
    if (clipped !== this.current) {
      this.current = clipped;
      this.text.setText(clipped);
      this.redraw();
    }
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.box.setPosition(rx, ry);
    this.text.setPosition(rx, ry - TAIL_PX - PAD_Y);
    this.box.setDepth(depth);
    this.text.setDepth(depth + 0.1);
    this.setVisible(true);
  }

  /** Draws the box around the text, relative to the tail's tip at (0, 0). */
  private redraw(): void {
    const w = Math.ceil(this.text.width) + PAD_X * 2;
    const h = Math.ceil(this.text.height) + PAD_Y * 2;
    const left = -Math.round(w / 2);
    const top = -TAIL_PX - h;
    const g = this.box;
    g.clear();
    g.fillStyle(0x000000, 0.18);
    g.fillRoundedRect(left + 1, top + 2, w, h, 7);
    g.fillStyle(0xffffff, 1);
    g.lineStyle(1, 0x2d3142, 0.35);
    g.fillRoundedRect(left, top, w, h, 7);
    g.strokeRoundedRect(left, top, w, h, 7);
    g.fillTriangle(-5, top + h - 1, 5, top + h - 1, 0, 0);
  }

  destroy(): void {
    this.box.destroy();
    this.text.destroy();
  }
}
