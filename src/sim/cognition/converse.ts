import type { Agent } from '../agent/agent';
import type { Share, Utterance } from '../mind';
import { STOPWORDS } from '../text';
import { ask, type Task } from '../ops';
import type { Conversation } from '../world/conversation';
import type { World } from '../world/world';
import { memoryBrief, partnerBrief, placeName, relationshipBrief, retrievedBrief } from './briefs';
import { noteAcquaintance } from './perceive';
import { startAction } from './plan';
import { countChat } from './react';
import { accessible, recall, remember } from './recall';

const UTTERANCE_MEMORIES = 6;
const AGENDA_MEMORIES = 3;

function faceEachOther(world: World, a: Agent, b: Agent): void {
  const w = world.map.width;
  const dx = (b.s.tile % w) - (a.s.tile % w);
  const dy = Math.floor(b.s.tile / w) - Math.floor(a.s.tile / w);
  if (Math.abs(dx) >= Math.abs(dy)) {
    a.s.facing = dx >= 0 ? 'right' : 'left';
    b.s.facing = dx >= 0 ? 'left' : 'right';
  } else {
    a.s.facing = dy >= 0 ? 'down' : 'up';
    b.s.facing = dy >= 0 ? 'up' : 'down';
  }
}

/** A sentence continued mid-line: "At dawn Ben…" → "at dawn Ben…" (names keep their case). */
function midSentence(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  return STOPWORDS.has(first.toLowerCase()) && first !== 'I'
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** The listener stores what it heard, remembering who told it. Returns whether it was new. */
function hear(world: World, listener: Agent, speaker: Agent, share: Share, opId?: string): boolean {
  const gist = share.gist.trim();
  if (!gist) return false;
  const known = listener.memory.nodes.some(
    (n) =>
      n.gist === gist ||
      (share.event && n.event?.id === share.event.id) ||
      (share.news && n.news === share.news && n.gist),
  );
  if (known) return false;
  remember(world, listener, {
    type: 'event',
    description: `${speaker.name} told me that ${midSentence(gist.replace(/\.$/, ''))}.`,
    gist,
    event: share.event,
    news: share.news,
    source: speaker.id,
    subjectId: speaker.id,
    keywords: [speaker.name],
    opId,
  });
  return true;
}

/** The retrieval query for a line: the listener, the relationship, their activity, the last line. */
export function utteranceQuery(speaker: Agent, listener: Agent, history: Utterance[]): string {
  const rel = speaker.s.relationships[listener.id];
  const last = history[history.length - 1];
  return [
    listener.name,
    rel ? rel.relation : '',
    listener.s.action.description,
    last && last.speakerId === listener.id ? last.text : '',
  ]
    .filter(Boolean)
    .join('. ');
}

/**
 * A conversation, generated turn by turn: each utterance is grounded in the speaker's memories
 * retrieved about the listener and the last line. At most `maxChatRounds` rounds; it ends when a
 * turn says so. The lines then play out over the following steps. Afterwards each side stores a
 * summary memory and updates what it thinks of the other. `opId` is the mind call that decided to
 * talk: both sides' chat actions carry it.
 */
export function* converse(world: World, a: Agent, b: Agent, opId?: string): Task {
  const cfg = world.config;
  const conv: Conversation = {
    id: world.newId('c'),
    participants: [a.id, b.id],
    startStep: world.step,
    endStep: world.step,
    place: placeName(world, a.s.tile),
    lines: [],
  };
  const bothWays: (readonly [Agent, Agent])[] = [
    [a, b],
    [b, a],
  ];
  // Claim both sides now so no other conversation starts with either; its lines show as they come.
  world.openConversations.set(conv.id, conv);
  for (const [x, y] of bothWays) {
    x.s.chat = { conversationId: conv.id, partnerId: y.id, untilStep: Number.MAX_SAFE_INTEGER };
    x.s.path = [];
    countChat(world, x);
  }
  faceEachOther(world, a, b);
  const history: Utterance[] = [];
  const heardNews = new Set<Agent>();
  let ended = false;
  for (let round = 0; round < cfg.maxChatRounds && !ended; round++) {
    for (const [speaker, listener] of bothWays) {
      // The query holds who the listener is to the speaker, what they are doing and the last line,
      // so retrieval finds memories about them and about the topic in play (one embed per turn).
      const memories = yield* recall(
        world,
        speaker,
        utteranceQuery(speaker, listener, history),
        UTTERANCE_MEMORIES,
      );
      const alreadyShared = speaker.memory.nodes
        .filter((n) => n.gist && n.sharedWith?.includes(listener.id))
        .map((n) => n.gist!);
      // What is on the speaker's mind to pass on (news and events not yet told to this listener),
      // however long ago it was learned: people bring up what matters to them.
      const agenda = accessible(world, speaker)
        .filter(
          (n) =>
            n.gist && !n.sharedWith?.includes(listener.id) && !memories.some((m) => m.node === n),
        )
        .sort((x, y) => y.importance - x.importance)
        .slice(0, AGENDA_MEMORIES);
      const res = yield* ask('nextUtterance', {
        speaker: speaker.persona,
        listener: partnerBrief(listener),
        relationship: relationshipBrief(speaker, listener.id),
        history: [...history],
        memories: [
          ...agenda.map((n) => memoryBrief(n, world.step)),
          ...memories.map((m) => retrievedBrief(m, world.step)),
        ],
        alreadyShared,
        day: world.time.day,
        minuteOfDay: world.time.minuteOfDay,
        round,
        maxRounds: cfg.maxChatRounds,
        ownAction: speaker.s.action.description,
        place: world.map.arenaOf(speaker.s.tile)?.sector,
        seed: world.seed,
      });
      const text = res.text.trim() || '…';
      history.push({
        speakerId: speaker.id,
        text,
        shares: res.shares.length ? res.shares : undefined,
      });
      // Due one line apart from the start; later if the mind was slower than the talk.
      const step = Math.max(
        world.step + 1,
        conv.startStep + (conv.lines.length + 1) * cfg.lineSteps,
      );
      conv.endStep = step + cfg.lineSteps;
      conv.lines.push({
        speakerId: speaker.id,
        text,
        step,
        shares: res.shares.length ? res.shares : undefined,
        opId: res.opId,
      });
      for (const share of res.shares) {
        const source = share.memoryId ? speaker.memory.get(share.memoryId) : undefined;
        if (source) source.sharedWith = [...new Set([...(source.sharedWith ?? []), listener.id])];
        if (hear(world, listener, speaker, share, res.opId) && share.event) heardNews.add(listener);
      }
      if (res.end) {
        ended = true;
        break;
      }
    }
  }
  conv.endStep = Math.max(conv.endStep, world.step + cfg.lineSteps);
  world.openConversations.delete(conv.id);
  world.conversations.push(conv);
  world.stats.conversations++;
  for (const [x, y] of bothWays) {
    startAction(world, x, {
      description: `chatting with ${y.name}`,
      emoji: '💬',
      address: null,
      startStep: world.step,
      endStep: conv.endStep,
      kind: 'chat',
      opId,
    });
    x.s.chat = { conversationId: conv.id, partnerId: y.id, untilStep: conv.endStep };
  }
  for (const [x, y] of bothWays) {
    const rel = noteAcquaintance(world, x, y, 'someone I met in town');
    const sum = yield* ask('summarizeChat', {
      agent: x.persona,
      partner: partnerBrief(y),
      relationship: relationshipBrief(x, y.id),
      transcript: history,
    });
    rel.summary = sum.relationship || rel.summary;
    rel.closeness = Math.max(-1, Math.min(1, rel.closeness + (sum.closenessDelta || 0)));
    rel.timesTalked++;
    rel.lastTalkStep = world.step;
    remember(world, x, {
      type: 'chat',
      description: sum.summary,
      subjectId: y.id,
      keywords: [y.name],
      chatId: conv.id,
      opId: sum.opId,
    });
    if (heardNews.has(x)) x.s.replanRequested = true;
  }
}
