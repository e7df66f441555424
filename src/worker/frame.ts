import type { Agent } from '../sim/agent/agent';
import type { Conversation } from '../sim/world/conversation';
import type { World } from '../sim/world/world';
import type { AgentFrame, Frame, Speed } from '../protocol';
import { clockView, PlaceNames } from './views';

/** Builds the compact per-step frames the page draws from. */
export class FrameBuilder {
  private readonly places: PlaceNames;
  private readonly convById = new Map<string, Conversation>();
  private indexed = 0;

  constructor(private readonly world: World) {
    this.places = new PlaceNames(world);
  }

  conversation(id: string): Conversation | undefined {
    const all = this.world.conversations;
    for (; this.indexed < all.length; this.indexed++) {
      this.convById.set(all[this.indexed].id, all[this.indexed]);
    }
    return this.convById.get(id) ?? this.world.openConversations.get(id);
  }

  /** The line being spoken by `agent` now: the conversation's latest line already due. */
  private speech(agent: Agent): string | null {
    const chat = agent.s.chat;
    if (!chat) return null;
    const conv = this.conversation(chat.conversationId);
    if (!conv || this.world.step >= conv.endStep) return null;
    let current = null;
    for (const line of conv.lines) {
      if (line.step > this.world.step) break;
      current = line;
    }
    return current && current.speakerId === agent.id ? current.text : null;
  }

  build(opts: {
    running: boolean;
    speed: Speed;
    steps: number;
    stepsPerSecond: number;
    intervalMs: number;
    thinking: Set<string>;
  }): Frame {
    const w = this.world.map.width;
    const agents: AgentFrame[] = this.world.agents.map((a) => ({
      x: a.s.tile % w,
      y: Math.floor(a.s.tile / w),
      facing: a.s.facing,
      moving: a.s.path.length > 0,
      emoji: a.s.action.emoji,
      action: a.s.action.description,
      place: this.places.at(a.s.tile),
      speech: this.speech(a),
      partnerId: a.s.chat?.partnerId ?? null,
      thinking: opts.thinking.has(a.id),
      asleep: a.s.action.kind === 'sleep' && a.s.path.length === 0,
    }));
    return {
      clock: clockView(this.world),
      running: opts.running,
      speed: opts.speed,
      steps: opts.steps,
      stepsPerSecond: Math.round(opts.stepsPerSecond * 10) / 10,
      intervalMs: Math.round(opts.intervalMs),
      agents,
    };
  }
}
