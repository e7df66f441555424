import { DEFAULT_WEIGHTS, type RetrievalWeights } from './memory/retrieve';
import { STEPS_PER_HOUR, STEPS_PER_MINUTE } from './clock';

/** Tunable parameters of the cognitive model; defaults follow the Generative Agents paper. */
export interface SimConfig {
  /** Vision radius in tiles (paper's town: 8). */
  visionRadius: number;
  /** How many perceived events an agent attends to per step (paper: 8). */
  attentionBandwidth: number;
  /** Skip events already among the last N perceived (paper: 8). */
  retention: number;
  /** Summed importance since the last reflection that triggers a new one (paper: 150). */
  reflectThreshold: number;
  /** Memories a reflection considers (paper: ~100). */
  reflectWindow: number;
  weights: RetrievalWeights;
  /** Upper bound on conversation rounds (one round = each side speaks once). */
  maxChatRounds: number;
  /** Steps each conversation line stays on screen. */
  lineSteps: number;
  /** Steps before the same pair may talk again. */
  chatCooldownSteps: number;
  /** Steps after any conversation before an agent starts another one. */
  chatRestSteps: number;
  /** Largest distance in tiles at which two agents can start a conversation. */
  chatDistance: number;
  /** Hours of the day during which unplanned conversations may start. */
  chatHours: [number, number];
  /** Rate and embed new memories once this many are waiting… */
  enrichBatch: number;
  /** …or once the oldest has waited this many steps (fewer, larger mind calls). */
  enrichMaxDelaySteps: number;
  /**
   * The paper's ablations, for evaluation: no reflection (no thoughts are written), no planning
   * (plans are still followed but never stored in memory nor shown to the mind), no memory
   * (retrieval returns nothing). Absent in normal runs.
   */
  ablate?: Ablations;
}

export interface Ablations {
  reflection?: boolean;
  planning?: boolean;
  memory?: boolean;
}

export type AblationName = keyof Ablations;
export const ABLATION_NAMES: AblationName[] = ['reflection', 'planning', 'memory'];

export const DEFAULT_CONFIG: SimConfig = {
  visionRadius: 8,
  attentionBandwidth: 8,
  retention: 8,
  reflectThreshold: 150,
  reflectWindow: 100,
  weights: DEFAULT_WEIGHTS,
  maxChatRounds: 8,
  lineSteps: 2,
  chatCooldownSteps: 8 * STEPS_PER_HOUR,
  chatRestSteps: 45 * STEPS_PER_MINUTE,
  chatDistance: 4,
  chatHours: [7, 22],
  enrichBatch: 20,
  enrichMaxDelaySteps: 60 * STEPS_PER_MINUTE,
};
