import { z } from 'zod';
import type { Share } from '../../../sim/mind';
import {
  dayTime,
  memoryLines,
  relationshipText,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, nullableEnumOf, OutputError } from './spec';

const replySchema = (memoryIds: string[]) =>
  z.object({
    text: z.string(),
    end: z.boolean(),
    shares: z.array(z.object({ memoryId: nullableEnumOf(memoryIds), gist: z.string() })),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/**
 * One line of a conversation, grounded in the speaker's memories about the listener. News passed
 * on is named in `shares` with the memory it comes from, so the listener can store it (that is
 * how invitations and news spread through town).
 */
export const nextUtteranceSpec = defineSpec({
  kind: 'nextUtterance',
  maxTokens: () => 400,
  schema: (req) => replySchema(req.memories.map((m) => m.id)),
  messages: (req) => {
    const names: Record<string, string> = {
      [req.speaker.id]: req.speaker.name,
      [req.listener.id]: req.listener.name,
    };
    const lastRound = req.round >= req.maxRounds - 1;
    return [
      systemMessage(
        'nextUtterance',
        `You are in a conversation with ${req.listener.name}. Say your next line: one to three natural, spoken sentences, in character, answering what was just said. If you pass on news, an event or an invitation from your memories, say it clearly (who, what, where, when) and list it in "shares" with that memory's id and a one-sentence, third-person gist; otherwise "shares" is empty. Answer a question that was just asked before anything else. Do not repeat what you already told them, and never invite to or announce an event that has already ended. Use time words that match how old a memory is ("just now" only for minutes ago). Set "end" to true when the conversation has reached a natural close, and then say goodbye in the line.`,
        req.speaker,
        '{"text": "Morning! Have you heard about …?", "end": false, "shares": [{"memoryId": "<id of the memory>", "gist": "<who> is <doing what>, <where>, <when>."}]}',
      ),
      userMessage([
        section(
          SECTION.now,
          `${dayTime(req.day, req.minuteOfDay)}.${req.place ? ` You are at ${req.place}.` : ''}${req.ownAction ? ` You were ${req.ownAction}.` : ''} Round ${req.round + 1} of at most ${req.maxRounds}.${lastRound ? ' This is the last round: wrap up.' : ''}`,
          // (req.seed only keys the offline mind's dispositions; it means nothing to a model.)
        ),
        section(
          SECTION.partner,
          `${req.listener.name}, ${req.listener.occupation}, who was ${req.listener.action}.`,
        ),

        section(SECTION.relationship, relationshipText(req.relationship, req.listener.name)),
        section(SECTION.memories, memoryLines(req.memories, { news: true })),
        section(
          SECTION.alreadyShared,
          req.alreadyShared.map((g) => `- ${g}`),
        ),
        section(
          SECTION.conversation,
          req.history.length
            ? req.history.map((u) => `${names[u.speakerId] ?? u.speakerId}: ${u.text}`)
            : ['(You speak first.)'],
        ),
      ]),
    ];
  },
  toResult: (reply: Reply, req) => {
    const text = reply.text.trim();
    if (!text) throw new OutputError('"text" must be the line you say.');
    const shares: Share[] = [];
    for (const s of reply.shares) {
      const gist = s.gist.trim();
      if (!s.memoryId) {
        if (gist) shares.push({ gist });
        continue;
      }
      const m = req.memories.find((x) => x.id === s.memoryId);
      if (!m)
        throw new OutputError(
          `shares: "${s.memoryId}" is not one of your memory ids (${req.memories.map((x) => x.id).join(', ')}).`,
        );
      // The memory's own gist is canonical: it lets the listener recognise news it already has.
      const share: Share = { gist: m.gist ?? gist, memoryId: m.id };
      if (!share.gist) continue;
      if (m.event) share.event = m.event;
      if (m.news) share.news = m.news;
      shares.push(share);
    }
    return { text, end: reply.end, shares };
  },
});
