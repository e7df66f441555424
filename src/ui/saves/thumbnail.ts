/** Size of a save's thumbnail, CSS pixels. */
export const THUMB_WIDTH = 160;
export const THUMB_HEIGHT = 100;

/**
 * A small JPEG of what the map view shows now, or undefined when it cannot be read (a WebGL canvas
 * that kept no drawing buffer reads back empty). Best effort: a save without one shows its summary.
 */
export function captureThumbnail(): string | undefined {
  const source = document.querySelector<HTMLCanvasElement>('[data-testid="game"] canvas');
  if (!source || !source.width || !source.height) return undefined;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = THUMB_WIDTH;
    canvas.height = THUMB_HEIGHT;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    // Crop the middle of the view to the thumbnail's aspect.
    const scale = Math.min(source.width / THUMB_WIDTH, source.height / THUMB_HEIGHT);
    const w = THUMB_WIDTH * scale;
    const h = THUMB_HEIGHT * scale;
    ctx.drawImage(
      source,
      (source.width - w) / 2,
      (source.height - h) / 2,
      w,
      h,
      0,
      0,
      THUMB_WIDTH,
      THUMB_HEIGHT,
    );
    const { data } = ctx.getImageData(0, 0, THUMB_WIDTH, THUMB_HEIGHT);
    let lit = 0;
    for (let i = 3; i < data.length; i += 4 * 50) if (data[i] > 0) lit++;
    if (lit === 0) return undefined;
    return canvas.toDataURL('image/jpeg', 0.75);
  } catch {
    return undefined;
  }
}
