import type { MemoryType } from '../sim/memory/node';
import type { Speed } from '../protocol';

export function speedLabel(speed: Speed): string {
  return speed === 'max' ? 'Max' : `${speed}×`;
}

/** "12 min", "1 h 05 min" */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')} min` : `${h} h`;
}

export const MEMORY_TYPES: MemoryType[] = ['event', 'chat', 'thought', 'plan'];

export const MEMORY_TYPE_LABEL: Record<MemoryType, string> = {
  event: 'Observation',
  chat: 'Chat',
  thought: 'Thought',
  plan: 'Plan',
};

/** A stable colour for an agent, used for dots and portrait backgrounds. */
export function agentColour(index: number): string {
  const hue = Math.round((index * 137.508) % 360);
  return `hsl(${hue} 55% 62%)`;
}

/** "Ada Quill" → "Ada" (the page's; the simulation has its own in sim/text.ts). */
export function firstName(name: string): string {
  return name.split(' ')[0];
}
