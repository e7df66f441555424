import Phaser from 'phaser';
import { CHARACTERS_KEY, FRAME_SIZE_PX } from './constants';
import { standFrame } from './characters';

/** Sleeping heads (eyes closed), one frame per character, and the blanket over a sleeper. */
export const SLEEPER_HEADS_KEY = 'sleeper-heads';
export const BLANKET_KEY = 'blanket';
/** A longer blanket, stretched over a whole bed. */
export const BED_BLANKET_KEY = 'blanket-bed';
const BED_BLANKET_H = 44;
/** Rows of a character frame shown above the blanket (hair, face, chin). */
export const HEAD_ROWS = 20;
const BLANKET_W = 26;
export const BLANKET_H = 16;

/** Where the character sheet paints eyes on a frame facing down (x, y, width, height). */
const EYES = [
  [11, 11, 2, 3],
  [19, 11, 2, 3],
] as const;
/** A pixel of bare skin between the eyes and the mouth. */
const SKIN_AT = [16, 14] as const;

/** A blanket with its sheet turned down at the top. */
function blanketTexture(scene: Phaser.Scene, key: string, w: number, h: number): void {
  if (scene.textures.exists(key)) return;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0x000000, 0.22);
  g.fillRoundedRect(1, 2, w - 1, h - 2, 4);
  g.fillStyle(0x5b7fbf, 1);
  g.fillRoundedRect(0, 0, w - 1, h - 1, 4);
  g.fillStyle(0x6f93d3, 1);
  for (let y = 8; y < h - 4; y += 9) g.fillRect(3, y, w - 7, 2);
  g.fillStyle(0xf4f1ea, 1);
  g.fillRoundedRect(0, 0, w - 1, 5, { tl: 4, tr: 4, bl: 0, br: 0 });
  g.lineStyle(1, 0x2a3350, 0.9);
  g.strokeRoundedRect(0.5, 0.5, w - 2, h - 2, 4);
  g.generateTexture(key, w, h);
  g.destroy();
}

/**
 * Draws every character's head facing up from the pillow with its eyes shut (the eye pixels
 * painted over with the face's own skin and a closed-lid line), and a blanket with its sheet
 * turned down. Made once per game from the loaded sheet.
 */
export function ensureSleeperTextures(scene: Phaser.Scene, characters: number): void {
  const textures = scene.textures;
  blanketTexture(scene, BLANKET_KEY, BLANKET_W, BLANKET_H);
  blanketTexture(scene, BED_BLANKET_KEY, BLANKET_W, BED_BLANKET_H);
  if (textures.exists(SLEEPER_HEADS_KEY)) return;
  const sheet = textures.get(CHARACTERS_KEY);
  const image = sheet.getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const size = FRAME_SIZE_PX;
  const canvasTexture = textures.createCanvas(SLEEPER_HEADS_KEY, size * characters, HEAD_ROWS);
  if (!canvasTexture) return;
  const ctx = canvasTexture.getContext();
  for (let c = 0; c < characters; c++) {
    const frame = sheet.get(standFrame(c, 'down'));
    ctx.drawImage(image, frame.cutX, frame.cutY, size, HEAD_ROWS, c * size, 0, size, HEAD_ROWS);
    const skin = ctx.getImageData(c * size + SKIN_AT[0], SKIN_AT[1], 1, 1).data;
    if (skin[3] === 255) {
      const lid = ctx.getImageData(c * size + EYES[0][0], EYES[0][1], 1, 1).data;
      for (const [x, y, w, h] of EYES) {
        ctx.fillStyle = `rgb(${skin[0]}, ${skin[1]}, ${skin[2]})`;
        ctx.fillRect(c * size + x, y, w, h);
        ctx.fillStyle = `rgb(${lid[0]}, ${lid[1]}, ${lid[2]})`;
        ctx.fillRect(c * size + x, y + h - 1, w, 1);
      }
    }
    canvasTexture.add(c, 0, c * size, 0, size, HEAD_ROWS);
  }
  canvasTexture.refresh();
}
