import { create } from 'zustand';
import type { WhyTarget } from '../../protocol/why';

/** The "why?" asked last: whose, about what (`seq` re-asks when the same link is clicked). */
export interface WhyQuestion {
  agentId: string;
  target: WhyTarget;
  seq: number;
}

/** The memory a why-chain link opened in the memory tab (shown and marked). */
export interface WhyFocus {
  agentId: string;
  memoryId: string;
}

interface WhyState {
  question: WhyQuestion | null;
  focus: WhyFocus | null;
  ask(agentId: string, target: WhyTarget): void;
  close(): void;
  setFocus(focus: WhyFocus | null): void;
}

let seq = 0;

/** Page-only state of the why panel (nothing here reaches the worker or the saves). */
export const useWhy = create<WhyState>((set) => ({
  question: null,
  focus: null,
  ask(agentId, target) {
    set({ question: { agentId, target, seq: ++seq } });
  },
  close() {
    set({ question: null });
  },
  setFocus(focus) {
    set({ focus });
  },
}));
