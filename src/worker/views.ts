import { gameTime } from '../sim/clock';
import type { MemoryNode } from '../sim/memory/node';
import type { Address } from '../sim/world/townMap';
import type { World } from '../sim/world/world';
import type { ClockView, MemoryView } from '../protocol';
import { dayClock } from '../protocol/text';

/** "Day 1 07:05" for a step. */
export function timeLabel(step: number): string {
  const t = gameTime(step);
  return dayClock(t.day, t.minuteOfDay);
}

export function clockView(world: World): ClockView {
  const t = world.time;
  return { step: world.step, day: t.day, minuteOfDay: t.minuteOfDay, weekday: t.weekday };
}

/** "Corner Bakery › kitchen › oven" */
export function addressLabel(a: Address | null | undefined): string | null {
  if (!a) return null;
  return [a.sector, a.arena, a.object].filter(Boolean).join(' › ');
}

/** Where a tile is, in words, cached per tile (the map never changes). */
export class PlaceNames {
  private cache = new Map<number, string>();
  constructor(private readonly world: World) {}

  at(tile: number): string {
    let name = this.cache.get(tile);
    if (name === undefined) {
      const arena = this.world.map.arenaOf(tile);
      name = arena ? `${arena.sector}, ${arena.name}` : 'outdoors';
      this.cache.set(tile, name);
    }
    return name;
  }
}

export function memoryView(world: World, node: MemoryNode): MemoryView {
  const view: MemoryView = {
    id: node.id,
    type: node.type,
    created: node.created,
    time: timeLabel(node.created),
    importance: node.importance,
    description: node.description,
    evidence: node.evidence,
  };
  if (node.source) view.source = world.agent(node.source)?.name ?? node.source;
  if (node.subjectId) view.subject = world.agent(node.subjectId)?.name ?? node.subjectId;
  if (node.opId) view.opId = node.opId;
  return view;
}
