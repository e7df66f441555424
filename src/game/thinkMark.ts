import Phaser from 'phaser';

export const THINK_MARK_KEY = 'think-mark';
const W = 28;
const H = 22;

/**
 * The "thinking…" mark: a small thought bubble with three dots, drawn once into a texture that
 * every agent's mark shares. Its origin is the little trailing circle near the head.
 */
export function ensureThinkMarkTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(THINK_MARK_KEY)) return;
  const g = scene.make.graphics({}, false);
  const ink = 0x5c4096;
  g.fillStyle(0xffffff, 1);
  g.lineStyle(1.5, ink, 0.9);
  g.fillEllipse(17, 8, 20, 14);
  g.strokeEllipse(17, 8, 20, 14);
  g.fillCircle(5, 17, 3);
  g.strokeCircle(5, 17, 3);
  g.fillCircle(1.8, 20.2, 1.4);
  g.fillStyle(ink, 1);
  for (const x of [11.5, 17, 22.5]) g.fillCircle(x, 8, 1.6);
  g.generateTexture(THINK_MARK_KEY, W, H);
  g.destroy();
}

/** Origin of the mark's image: its trailing tip at the bottom left. */
export const THINK_MARK_ORIGIN = { x: 0.05, y: 0.95 };
