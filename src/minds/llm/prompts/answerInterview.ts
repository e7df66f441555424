import { z } from 'zod';
import type { QuestionReq, ScheduleBlock } from '../../../sim/mind';
import {
  clock,
  dayTime,
  eventLine,
  memoryLines,
  placeText,
  relationshipText,
  section,
  SECTION,
  systemMessage,
  userMessage,
} from './format';
import { defineSpec, OutputError } from './spec';

const replySchema = z.object({ answer: z.string(), usedMemoryIds: z.array(z.string()) });

/** An interview question from the user, answered in character from retrieved memories. */
export const answerInterviewSpec = defineSpec({
  kind: 'answerInterview',
  maxTokens: () => 500,
  schema: () => replySchema,
  messages: (req) => [
    systemMessage(
      'answerInterview',
      'Someone is interviewing you. Answer their question in character, in the first person, in a few sentences, using only what you know from your background, the people you know (and who shares your home), your plan and schedule for today, the events you know of and your memories (which include how you heard of each event or piece of news). For tomorrow, say what you would normally do that weekday, plus any event you know of. If nothing you know speaks to it, say so honestly; answer "yes" only to a yes/no question whose answer is yes. List the ids of the memories you drew on.',
      req.agent,
      '{"answer": "…", "usedMemoryIds": ["<memory id>"]}',
    ),
    userMessage([
      section(
        SECTION.now,
        `${dayTime(req.day, req.minuteOfDay, req.weekday)}. You are ${req.currentAction}.` +
          (req.tomorrow ? ` Tomorrow is day ${req.tomorrow.day} (${req.tomorrow.weekday}).` : ''),
      ),
      section(SECTION.plan, [
        ...req.plan.map((p) => `- ${p}`),
        ...(req.schedule ?? []).map(blockLine),
      ]),
      section(SECTION.people, peopleLines(req)),
      section(
        SECTION.events,
        (req.knownEvents ?? []).map((e) => eventLine(e, req.agent.id)),
      ),
      section(SECTION.memories, memoryLines(mergedMemories(req))),
      section(SECTION.question, req.question),
    ]),
  ],
  toResult: (reply, req) => {
    const answer = reply.answer.trim();
    if (!answer) throw new OutputError('"answer" must not be empty.');
    const ids = new Set(mergedMemories(req).map((m) => m.id));
    // A wrong citation here only affects the inspector's links, so drop it rather than fail.
    return { answer, usedMemoryIds: [...new Set(reply.usedMemoryIds)].filter((id) => ids.has(id)) };
  },
});

/** A schedule block: "- 09:00–12:00 working at the pharmacy (<sector>, pharmacy)". */
function blockLine(b: ScheduleBlock): string {
  const where = b.place ? ` (${placeText(b.place.sector, b.place.arena)})` : '';
  return `- ${clock(b.startMinute)}–${clock(b.startMinute + b.durationMin)} ${b.activity}${where}`;
}

/** People the agent knows, with the relationship, and who lives with them. */
function peopleLines(req: QuestionReq<'answerInterview'>): string[] {
  return (req.people ?? []).map(
    (p) =>
      `- ${p.name}${p.occupation ? `, ${p.occupation}` : ''}${p.sharesHome ? ' (lives with you)' : ''}. ${relationshipText(p.relationship, p.name)}`,
  );
}

/** Retrieved memories plus the memories that carry events and news, each once. */
function mergedMemories(req: QuestionReq<'answerInterview'>) {
  const seen = new Set(req.memories.map((m) => m.id));
  return [...req.memories, ...(req.topics ?? []).filter((m) => !seen.has(m.id))];
}
