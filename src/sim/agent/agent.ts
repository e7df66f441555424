import type { Persona } from './persona';
import { MemoryStream, type MemoryStreamState } from '../memory/stream';
import { Rng, type RngState } from '../rng';
import type { DecomposedStep, ScheduleBlock } from '../mind';
import type { Address } from '../world/townMap';

export type Facing = 'down' | 'left' | 'right' | 'up';

/** What an agent is doing now. */
export interface Action {
  description: string;
  emoji: string;
  address: Address | null;
  startStep: number;
  /** Step at which the action is over and the next one is chosen. */
  endStep: number;
  kind: 'sleep' | 'act' | 'chat' | 'idle';
  /** State the used object shows while this action runs ("being slept in"). */
  objectState?: string;
  /** Id of the mind call that chose this action, for the inspector. */
  opId?: string;
}

export interface DayPlan {
  day: number;
  wakeHour: number;
  /** Broad strokes: 5–8 items. */
  items: string[];
  /** Hourly schedule, minutes of the day. */
  blocks: ScheduleBlock[];
  /** Decomposition of the current block into 5–15 minute steps. */
  decomp: {
    blockIndex: number;
    steps: DecomposedStep[];
    /** The mind call that decomposed it: every action started from it was chosen by that call. */
    opId?: string;
  } | null;
}

export interface Relationship {
  relation: string;
  /** -1 … 1 */
  closeness: number;
  /** What this agent thinks of the other, updated after conversations. */
  summary: string;
  timesTalked: number;
  /** Step they first met in the simulation (-1: known from the scenario). */
  since: number;
  lastTalkStep: number;
}

export interface ChatLink {
  conversationId: string;
  partnerId: string;
  untilStep: number;
}

/** Plain JSON state of an agent; `memory` and `rng` are serialised from their live objects. */
export interface AgentState {
  id: string;
  persona: Persona;
  tile: number;
  facing: Facing;
  path: number[];
  action: Action;
  plan: DayPlan | null;
  chat: ChatLink | null;
  relationships: Record<string, Relationship>;
  /** Descriptions of the last perceived events (retention). */
  recentPerceived: string[];
  importanceSinceReflect: number;
  lastReflectStep: number;
  replanRequested: boolean;
  /** Memory enrichment waits until this step after a failed embedding (no retry storm). */
  nextEnrichStep: number;
  /** Step at which the agent's last conversation ended. */
  lastChatEndStep: number;
  /** Step at which talking to each other agent was last considered (gates repeated questions). */
  talkConsidered: Record<string, number>;
  /** Conversations joined on game day `day` (a day's social energy; absent: none yet). */
  chatsToday?: { day: number; count: number };
  /** Grounding cache: activity → place and emoji (saves mind calls for repeated routines). */
  placeCache: Record<string, Address & { emoji: string }>;
  memory: MemoryStreamState;
  rng: RngState;
}

/** A live agent: its JSON state plus memory stream and RNG objects. */
export class Agent {
  readonly memory = new MemoryStream();
  readonly rng: Rng;
  constructor(
    public s: Omit<AgentState, 'memory' | 'rng'>,
    rngState: RngState,
  ) {
    this.rng = new Rng(rngState);
  }
  get id(): string {
    return this.s.id;
  }
  get name(): string {
    return this.s.persona.name;
  }
  get persona(): Persona {
    return this.s.persona;
  }

  getState(): AgentState {
    return {
      ...structuredClone(this.s),
      memory: this.memory.getState(),
      rng: this.rng.getState(),
    };
  }

  static fromState(state: AgentState): Agent {
    const { memory, rng, ...rest } = structuredClone(state);
    const agent = new Agent(rest, rng);
    agent.memory.setState(memory);
    return agent;
  }
}
