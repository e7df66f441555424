/** Why-chains: the chain for each thing explained — an action, a line, a memory. */
import type { Agent } from '../../sim/agent/agent';
import { gameTime } from '../../sim/clock';
import { jointPlans } from '../../sim/cognition/planContext';
import type { MemoryNode } from '../../sim/memory/node';
import type { Conversation } from '../../sim/world/conversation';
import { EVIDENCE_SHOWN } from './types';
import {
  allConversations,
  blockAt,
  ChainBuilder,
  eventOfBlock,
  firstName,
  hourLabel,
  quote,
} from './builder';

export function actionChain(b: ChainBuilder, agent: Agent): string {
  const world = b.world;
  const a = agent.s.action;
  const me = b.person(agent.id);
  const where = a.address?.sector;
  const chat = agent.s.chat;
  if (a.kind === 'chat' && chat) {
    b.add(
      'action',
      a.startStep,
      0,
      me,
      ' is ',
      b.conversation(agent.id, chat.conversationId, 'talking'),
      ' with ',
      b.person(chat.partnerId),
      ` since ${b.at(a.startStep)}.`,
    );
    const conv = allConversations(world).find((c) => c.id === chat.conversationId);
    if (conv) talkLink(b, conv, 0);
    return `Why is ${firstName(agent.name)} talking?`;
  }
  b.add(
    'action',
    a.startStep,
    0,
    me,
    ` is ${a.description}`,
    where ? ` at ${where}` : '',
    ` since ${b.at(a.startStep)}`,
    ...b.call(a.opId, agent.id, 'how it was chosen'),
    '.',
  );
  if (a.kind === 'sleep') {
    const p = agent.persona;
    b.add(
      'plan',
      null,
      0,
      'It is ',
      me,
      `’s time for bed: ${firstName(agent.name)} sleeps from ${hourLabel(p.sleepHour * 60)} to ${hourLabel(p.wakeHour * 60)}.`,
    );
    return `Why is ${firstName(agent.name)} asleep?`;
  }
  const plan = agent.s.plan;
  // The block the action was started from (a new block may begin before the action ends).
  const t = gameTime(Math.max(a.startStep, world.step - 1), world.firstWeekday);
  const started = gameTime(a.startStep, world.firstWeekday);
  const block = plan
    ? (blockAt(plan.blocks, started.day === t.day ? started.minuteOfDay : t.minuteOfDay) ??
      blockAt(plan.blocks, t.minuteOfDay))
    : undefined;
  if (!plan || !block) {
    b.add('plan', null, 0, 'Nothing is planned for now, so ', me, ' takes a short break.');
    return `Why is ${firstName(agent.name)} idle?`;
  }
  const sector = block.place?.sector ?? where;
  b.add(
    'plan',
    null,
    0,
    'Because ',
    me,
    ` planned ${quote(block.activity)} from ${hourLabel(block.startMinute)} to ${hourLabel(block.startMinute + block.durationMin)}`,
    sector ? ` at ${sector}` : '',
    '.',
  );
  const joint = jointPlans(world, agent, t.day).find(
    (j) => j.startMinute === block.startMinute && j.place.sector === sector,
  );
  if (joint)
    b.add(
      'accepted',
      null,
      1,
      'It is a standing arrangement with ',
      b.person(joint.partnerId),
      `: ${quote(joint.activity)}.`,
    );
  const ev = eventOfBlock(agent, block, sector, t.day);
  if (ev) {
    const host = ev.event.hostId === agent.id;
    b.add(
      'event',
      null,
      1,
      `It is for ${ev.event.what}`,
      host ? '' : ', hosted by ',
      host ? '' : b.person(ev.event.hostId),
      `, on day ${ev.event.day} from ${hourLabel(ev.event.startHour * 60)} to ${hourLabel(ev.event.endHour * 60)}.`,
    );
    const first = agent.memory.nodes.find((n) => n.event?.id === ev.event.id) ?? ev.node;
    b.origin(agent, first, 1);
    const accepted = agent.memory.nodes.find(
      (n) => n.type === 'plan' && n.created >= first.created,
    );
    if (accepted && first.created > world.startStep)
      b.add(
        'accepted',
        accepted.created,
        1,
        me,
        ' accepted and ',
        b.memory(agent, accepted, 'planned it'),
        ` on ${b.at(accepted.created)}.`,
      );
  }
  const made = b.planBefore(agent, a.startStep);
  if (made) b.plan(agent, made, 1, 'The schedule is from when ');
  return `Why is ${firstName(agent.name)} ${a.description}?`;
}

/** Why two people were talking: who decided to, and what they said about it. */
export function talkLink(b: ChainBuilder, conv: Conversation, depth: number): void {
  const [first, second] = conv.participants;
  const decision = b.calls
    ? [first, second]
        .flatMap((id) => b.calls!.forAgent(id, false))
        .filter(
          (c) =>
            c.kind === 'decideToTalk' &&
            c.step <= conv.startStep &&
            (c.result as { talk?: boolean } | null)?.talk === true &&
            conv.participants.includes(
              (c.req as { partner?: { id?: string } } | null)?.partner?.id ?? '',
            ),
        )
        .sort((x, y) => y.step - x.step)[0]
    : undefined;
  const asker =
    (decision?.req as { agent?: { id?: string } } | null)?.agent?.id ?? decision?.agentId ?? first;
  const other = asker === first ? second : first;
  const reason = (decision?.result as { reason?: string } | null)?.reason;
  b.add(
    'talk',
    conv.startStep,
    depth,
    b.person(asker),
    ' decided to talk to ',
    b.person(other),
    ` at ${conv.place} on ${b.at(conv.startStep)}`,
    reason ? `: ${quote(reason)}` : '.',
    ...b.call(decision?.opId, decision?.agentId ?? null),
  );
}

export function lineChain(
  b: ChainBuilder,
  conv: Conversation,
  index: number,
): { title: string; speaker: Agent } | null {
  const line = conv.lines[index];
  const speaker = line ? b.world.agent(line.speakerId) : undefined;
  if (!line || !speaker) return null;
  const listenerId = conv.participants.find((p) => p !== speaker.id) ?? speaker.id;
  b.add(
    'line',
    line.step,
    0,
    b.person(speaker.id),
    ` said ${quote(line.text)} to `,
    b.person(listenerId),
    ' in ',
    b.conversation(speaker.id, conv.id, 'their conversation'),
    ` at ${conv.place}.`,
  );
  for (const share of line.shares ?? []) {
    const mine = share.memoryId ? speaker.memory.get(share.memoryId) : undefined;
    b.add(
      'told',
      line.step,
      1,
      b.person(speaker.id),
      ' was passing on what they knew: ',
      mine ? b.memory(speaker, mine, quote(share.gist)) : quote(share.gist),
    );
    if (mine) b.origin(speaker, mine, 2);
  }
  talkLink(b, conv, 0);
  return { title: `Why did ${firstName(speaker.name)} say that?`, speaker };
}

export function memoryChain(b: ChainBuilder, agent: Agent, node: MemoryNode): string {
  const name = firstName(agent.name);
  if (node.type === 'plan') {
    b.plan(agent, node, 0, '');
    return `Why did ${name} plan this?`;
  }
  if (node.type === 'thought' && node.evidence.length) {
    b.origin(agent, node, 0);
    b.add('evidence', null, 0, 'It rests on these memories:');
    for (const id of node.evidence.slice(0, EVIDENCE_SHOWN)) {
      const ev = agent.memory.get(id);
      if (!ev) continue;
      b.origin(agent, ev, 1);
    }
    const more = node.evidence.length - EVIDENCE_SHOWN;
    if (more > 0) b.add('evidence', null, 1, `… and ${more} more.`);
    return `Why does ${name} think this?`;
  }
  if (node.type === 'chat' && node.chatId) {
    b.origin(agent, node, 0);
    const conv = allConversations(b.world).find((c) => c.id === node.chatId);
    if (conv) talkLink(b, conv, 1);
    return `Where does ${name}’s memory come from?`;
  }
  b.origin(agent, node, 0);
  return `Where does ${name}’s memory come from?`;
}
