import type { World } from '../sim/world/world';
import { allConversations, ChainBuilder, whenLabel } from './whyChain/builder';
import { callView, type RelevanceTarget } from './whyChain/calls';
import { actionChain, lineChain, memoryChain } from './whyChain/chains';
import type { CallSource, WhyChain, WhyTarget } from './whyChain/types';

export * from './whyChain/types';
export { whenLabel };

/**
 * A plain-language why-chain for `agentId`'s current action, one conversation line, or one
 * memory; null when the thing no longer exists. `calls` adds the mind call's memories and the
 * decision to talk (live towns); without it the chain is built from the town alone.
 */
export function buildWhyChain(
  world: World,
  agentId: string,
  target: WhyTarget,
  calls: CallSource | null,
): WhyChain | null {
  const agent = world.agent(agentId);
  if (!agent) return null;
  const b = new ChainBuilder(world, calls);
  let title: string;
  let subject = agent;
  let opId: string | undefined;
  let rel: RelevanceTarget | null = null;
  if (target.kind === 'action') {
    title = actionChain(b, agent);
    const plan =
      agent.s.action.kind === 'act' ? b.planBefore(agent, agent.s.action.startStep) : undefined;
    // The plan's call holds the memories the day was planned from; the action's own call (the
    // breakdown of a block) has none.
    opId = plan?.opId ?? agent.s.action.opId;
    if (plan) rel = { agent, memoryId: plan.id, label: 'the plan' };
  } else if (target.kind === 'line') {
    const conv = allConversations(world).find((c) => c.id === target.conversationId);
    const made = conv ? lineChain(b, conv, target.index) : null;
    if (!conv || !made) return null;
    title = made.title;
    subject = made.speaker;
    const line = conv.lines[target.index];
    opId = line?.opId;
    const summary = subject.memory.nodes.find((n) => n.chatId === conv.id);
    if (summary) rel = { agent: subject, memoryId: summary.id, label: 'the conversation' };
  } else {
    const node = agent.memory.get(target.memoryId);
    if (!node) return null;
    title = memoryChain(b, agent, node);
    opId = node.opId;
    rel = { agent, memoryId: node.id, label: 'this memory' };
  }
  return {
    agentId: subject.id,
    name: subject.name,
    title,
    links: b.links,
    call: callView(world, calls, opId, subject, rel),
    opId: opId ?? null,
  };
}
