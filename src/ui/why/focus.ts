import { useEffect, useRef } from 'react';
import type { MemoryList } from '../../protocol';
import { useTown } from '../hooks/useTown';
import { useWhy } from './whyStore';

/**
 * Marks the memory a why-chain link opened: `on` while it is the focus (for the selected person),
 * and the element scrolled into view once.
 */
export function useWhyFocusRef<T extends HTMLElement>(
  id: string,
): { ref: React.RefObject<T | null>; on: boolean } {
  const ref = useRef<T | null>(null);
  const selected = useTown((s) => s.selectedId);
  const on = useWhy((s) => s.focus?.agentId === selected && s.focus?.memoryId === id);
  useEffect(() => {
    if (on) ref.current?.scrollIntoView({ block: 'center' });
  }, [on]);
  return { ref, on };
}

/**
 * The memory tab lists the newest memories first, a page at a time: when a why-chain asks for one
 * not listed, `widen` (clear filters, list them all) runs once.
 */
export function useShowFocused(
  agentId: string,
  data: MemoryList | undefined,
  widen: () => void,
): void {
  const focus = useWhy((s) => s.focus);
  const widened = useRef<string | null>(null);
  useEffect(() => {
    if (!data || !focus || focus.agentId !== agentId) return;
    if (widened.current === focus.memoryId) return;
    if (data.memories.some((m) => m.id === focus.memoryId)) return;
    widened.current = focus.memoryId;
    widen();
  }, [data, focus, agentId, widen]);
}
