/**
 * Daylight from the minute of day: a sun that rises at 6:00 and sets at 18:00 on every map (a
 * cosine, so the light changes smoothly), a multiply tint for the whole view, and how bright lamps
 * and windows shine.
 */

export interface Daylight {
  /** Colour the map is multiplied by (0xffffff: full day, no tint). */
  tint: number;
  /** 0 in daylight … 1 at night: street lamps. */
  lamps: number;
  /** 0 … 1: lit windows (lamps' level; dimmer where everyone inside sleeps, see TownLights). */
  windows: number;
  /** Sun height, -1 (midnight) … 1 (noon). */
  sun: number;
}

type Rgb = [number, number, number];

/** Tint by sun height, lowest first: night, blue hour, sunrise/sunset glow, day. */
const KEYS: { sun: number; rgb: Rgb }[] = [
  { sun: -0.4, rgb: [62, 78, 142] },
  { sun: -0.12, rgb: [118, 108, 168] },
  { sun: 0.08, rgb: [255, 188, 150] },
  { sun: 0.38, rgb: [255, 255, 255] },
];

const MINUTES_PER_DAY = 24 * 60;

/** Height of the sun: -cos of the day's angle (noon 1, midnight -1, 6:00 and 18:00 0). */
export function sunHeight(minuteOfDay: number): number {
  return -Math.cos((2 * Math.PI * minuteOfDay) / MINUTES_PER_DAY);
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

function tintAt(sun: number): Rgb {
  if (sun <= KEYS[0].sun) return KEYS[0].rgb;
  for (let i = 1; i < KEYS.length; i++) {
    const a = KEYS[i - 1];
    const b = KEYS[i];
    if (sun <= b.sun) {
      const t = (sun - a.sun) / (b.sun - a.sun);
      return [0, 1, 2].map((k) => Math.round(a.rgb[k] + (b.rgb[k] - a.rgb[k]) * t)) as Rgb;
    }
  }
  return KEYS[KEYS.length - 1].rgb;
}

export function daylight(minuteOfDay: number): Daylight {
  const sun = sunHeight(minuteOfDay);
  const [r, g, b] = tintAt(sun);
  const lamps = smoothstep(0.12, -0.18, sun);
  return { tint: (r << 16) | (g << 8) | b, lamps, windows: lamps, sun };
}

/** Mean brightness of a tint, 0 … 1 (what the tests compare). */
export function tintLevel(tint: number): number {
  return (
    (((tint >> 16) & 255) * 0.2126 + ((tint >> 8) & 255) * 0.7152 + (tint & 255) * 0.0722) / 255
  );
}
