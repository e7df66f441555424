import type { Persona } from '../../../sim/agent/persona';
import type { EventInfo } from '../../../sim/agent/persona';
import type { MemoryBrief } from '../../../sim/mind';
import { unit } from '../text';
import { isFresh } from '../voice/timeWords';

const OUTGOING =
  /friendly|outgoing|chatty|sociable|warm|talkative|gregarious|curious|cheerful|enthusiastic|lively/i;
const RESERVED = /shy|quiet|reserved|introvert|private|gruff|solitary|discreet|taciturn/i;

/** -0.15 … +0.15: how readily a person passes things on, from traits. */
export function sociability(p: Persona): number {
  const t = p.traits.join(' ');
  return (OUTGOING.test(t) ? 0.15 : 0) - (RESERVED.test(t) ? 0.15 : 0);
}

/** An event is over once its day has passed or its end hour today has come. */
export function eventOver(e: EventInfo, day: number, minuteOfDay: number): boolean {
  return e.day < day || (e.day === day && minuteOfDay >= e.endHour * 60);
}

/** An event is worth mentioning while it has not ended and is at most a week ahead. */
export function eventLive(e: EventInfo, day: number, minuteOfDay: number): boolean {
  return !eventOver(e, day, minuteOfDay) && e.day - day <= 7;
}

/**
 * Whether a person passes on something they heard. Town-agnostic: it depends on structure, never
 * on words — an invitation or event travels more readily than talk; news from the one it concerns
 * (heard first-hand) more than fourth-hand gossip; how close the teller is; how important it was to
 * the hearer (its rated importance); and the hearer's traits. The world seed varies dispositions
 * between runs; the same seed keeps them fixed. One's own news is always told.
 */
export function keenToRetell(
  p: Persona,
  m: MemoryBrief,
  seed: number,
  tellerCloseness: number,
  day: number,
  minuteOfDay: number,
): boolean {
  if (m.event && !eventLive(m.event, day, minuteOfDay)) return false;
  if (!m.event && !isFresh(m.ageMinutes) && m.source) return false;
  if (!m.source) return true;
  const firstHand = m.event ? m.source === m.event.hostId : false;
  const p0 =
    0.2 +
    (m.event ? 0.15 : 0) +
    (firstHand ? 0.1 : 0) +
    (m.importance - 5) * 0.05 +
    tellerCloseness * 0.15 +
    sociability(p);
  return unit(`${seed}|${p.id}|retell|${m.event?.id ?? m.news ?? m.gist}`) < p0;
}
