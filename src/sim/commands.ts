import type { PlaceRef } from './agent/persona';
import type { RetrievalWeights } from './memory/retrieve';

/**
 * Every change from outside the simulation arrives as a command. Commands are recorded on the tape
 * with the step at which they were applied, so seed + tape replays a run exactly.
 */
export interface Commands {
  /** An inner voice: stored as a high-importance thought that can change plans. */
  whisper: { agentId: string; text: string };
  /** A question answered in character; alters the agent only if `remember`. */
  interview: { agentId: string; question: string; remember: boolean; requestId: string };
  /** A world event perceived by everyone present at `place` (or everyone, without a place). */
  announceEvent: { text: string; place?: PlaceRef };
  setWeights: { weights: RetrievalWeights };
  /** Forgets one memory: the past, edited by the user (an experiment's "what if"). */
  forgetMemory: { agentId: string; memoryId: string };
  /**
   * Rewrites what a memory says. The facts it carried in data (an event, news to pass on, a sight,
   * who told it) go with the old words: the memory is now what it says.
   */
  rewriteMemory: { agentId: string; memoryId: string; text: string };
}

export type CommandType = keyof Commands;
export type Command = { [K in CommandType]: { type: K } & Commands[K] }[CommandType];

/** Importance of a whispered inner thought. */
export const WHISPER_IMPORTANCE = 8;
/** Importance of an announced town event. */
export const ANNOUNCE_IMPORTANCE = 7;
