import { z } from 'zod';

/**
 * What a place is for, from the map (a `kind` property on a sector region; see docs/maps.md).
 * Minds choose meals, outings and homes by kind, never by a place's name.
 */
export const PLACE_KINDS = [
  'home',
  'eatery',
  'bar',
  'park',
  'shop',
  'work',
  'civic',
  'school',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** When a place is open: minutes of the day [open, close) on the listed weekdays (0 = Monday). */
export interface OpeningHours {
  open: number;
  /** May exceed 1440 for places open past midnight. */
  close: number;
  days: number[];
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function clock(text: string): number | null {
  const m = /^(\d{1,2})(?::(\d\d))?$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h <= 24 && min < 60 ? h * 60 + min : null;
}

/**
 * Parses `hours` ("07:00-22:00", "7-22", "18:00-02:00", "24h") and `days` ("mon-fri", "sat,sun",
 * default every day). Throws with a message naming what is wrong.
 */
export function parseOpeningHours(hours: string, days = 'mon-sun'): OpeningHours {
  let open = 0;
  let close = 24 * 60;
  if (hours.trim().toLowerCase() !== '24h') {
    const parts = hours.split('-');
    const [from = '', to = ''] = parts;
    const a = parts.length === 2 ? clock(from) : null;
    const b = parts.length === 2 ? clock(to) : null;
    if (a === null || b === null)
      throw new Error(`hours "${hours}" should look like "07:00-22:00" or "24h"`);
    open = a;
    close = b <= a ? b + 24 * 60 : b;
  }
  const list: number[] = [];
  for (const part of days.toLowerCase().split(',')) {
    const [from, to] = part.trim().split('-');
    const i = from === undefined ? -1 : DAY_NAMES.indexOf(from.slice(0, 3));
    const j = to === undefined ? i : DAY_NAMES.indexOf(to.slice(0, 3));
    if (i < 0 || j < 0) throw new Error(`days "${days}" should look like "mon-fri" or "sat,sun"`);
    for (let k = i; ; k = (k + 1) % 7) {
      if (!list.includes(k)) list.push(k);
      if (k === j) break;
    }
  }
  return { open, close, days: list.sort((x, y) => x - y) };
}

/** True when a place with these hours is open at a weekday (0 = Monday) and minute of day. */
export function isOpen(hours: OpeningHours | null, weekday: number, minuteOfDay: number): boolean {
  if (!hours) return true;
  const today =
    hours.days.includes(weekday) && minuteOfDay >= hours.open && minuteOfDay < hours.close;
  // Past midnight it is still yesterday's opening.
  const yesterday = (weekday + 6) % 7;
  const late =
    hours.close > 24 * 60 && hours.days.includes(yesterday) && minuteOfDay + 24 * 60 < hours.close;
  return today || late;
}

/** Region properties as Tiled writes them: `[{ name, type, value }]`. */
export const TiledPropertiesSchema = z
  .array(z.object({ name: z.string(), type: z.string().optional(), value: z.unknown() }))
  .optional();
export type TiledProperties = z.infer<typeof TiledPropertiesSchema>;

/** A property's value as a string, if set. */
export function propertyOf(props: TiledProperties, name: string): string | undefined {
  const p = props?.find((x) => x.name === name);
  return p === undefined || p.value === undefined || p.value === null ? undefined : String(p.value);
}

/** The kind of a sector from its properties; throws on an unknown kind. */
export function parsePlaceKind(value: string | undefined, sector: string): PlaceKind | null {
  if (value === undefined || value === '') return null;
  const kind = value.trim().toLowerCase();
  if (!(PLACE_KINDS as readonly string[]).includes(kind))
    throw new Error(`sector "${sector}": kind "${value}" is not one of ${PLACE_KINDS.join(', ')}`);
  return kind as PlaceKind;
}
