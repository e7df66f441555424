import type { Frame, TownMeta } from '../../protocol';

/** A notable moment for the presentation ticker. */
export interface Moment {
  key: string;
  step: number;
  /** Minute of the game day it happened. */
  minute: number;
  text: string;
  /** Where it happens (tile), so the camera can go there. */
  x: number;
  y: number;
}

/** Conversations going on in a frame: each pair once, with where they stand. */
export function conversations(
  frame: Frame,
  meta: TownMeta,
): { ids: [string, string]; x: number; y: number; speaking: boolean; place: string }[] {
  const out: { ids: [string, string]; x: number; y: number; speaking: boolean; place: string }[] =
    [];
  const index = new Map(meta.agents.map((a, i) => [a.id, i]));
  frame.agents.forEach((a, i) => {
    const self = meta.agents[i]?.id;
    if (!self || !a.partnerId || self > a.partnerId) return;
    const other = frame.agents[index.get(a.partnerId) ?? -1];
    if (!other) return;
    out.push({
      ids: [self, a.partnerId],
      x: Math.round((a.x + other.x) / 2),
      y: Math.round((a.y + other.y) / 2),
      speaking: Boolean(a.speech || other.speech),
      place: a.place,
    });
  });
  return out;
}

/**
 * What changed between two frames that is worth a line in the ticker: conversations that began.
 * Pure, so the ticker is the same however often frames arrive.
 */
export function newMoments(before: Frame | null, now: Frame, meta: TownMeta): Moment[] {
  if (!before) return [];
  const was = new Set(conversations(before, meta).map((c) => c.ids.join('|')));
  const name = (id: string) => meta.agents.find((a) => a.id === id)?.name.split(' ')[0] ?? id;
  return conversations(now, meta)
    .filter((c) => !was.has(c.ids.join('|')))
    .map((c) => ({
      key: `${now.clock.step}:${c.ids.join('|')}`,
      step: now.clock.step,
      minute: now.clock.minuteOfDay,
      text: `${name(c.ids[0])} and ${name(c.ids[1])} started talking${c.place && c.place !== 'outdoors' ? ` at ${c.place.split(',')[0]}` : ''}`,
      x: c.x,
      y: c.y,
    }));
}
