import { characterOf } from '../game/characters';
import { FRAME_SIZE_PX } from '../game/constants';

let sheet: Promise<HTMLImageElement> | null = null;

/** The character sheet image, loaded once for all portraits. */
export function loadSheet(): Promise<HTMLImageElement> {
  sheet ??= new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('characters.png failed to load'));
    img.src = `${import.meta.env.BASE_URL}assets/characters.png`;
  });
  return sheet;
}

/** Head-and-shoulders crop of the front-facing frame, in sheet pixels. */
const CROP = { x: 6, y: 2, size: 20 };

/** Draws a portrait of a sprite index onto a canvas (tinted for crowd copies). */
export function drawPortrait(canvas: HTMLCanvasElement, img: HTMLImageElement, sprite: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const characters = Math.max(1, Math.floor(img.naturalHeight / FRAME_SIZE_PX));
  const { index, tint } = characterOf(sprite, characters);
  const sx = CROP.x;
  const sy = index * FRAME_SIZE_PX + CROP.y;
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, sx, sy, CROP.size, CROP.size, 0, 0, canvas.width, canvas.height);
  if (tint !== null) {
    ctx.globalCompositeOperation = 'multiply';
    ctx.fillStyle = `#${tint.toString(16).padStart(6, '0')}`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalCompositeOperation = 'destination-in';
    ctx.drawImage(img, sx, sy, CROP.size, CROP.size, 0, 0, canvas.width, canvas.height);
    ctx.globalCompositeOperation = 'source-over';
  }
}
