import type { Persona } from '../../../sim/agent/persona';
import type { PersonBrief, QuestionReq, QuestionRes } from '../../../sim/mind';
import { choose, firstName, unit } from '../text';
import { candidates, focusTag, type Focus } from './topics';

const MAX_QUESTIONS = 3;
/** At most this many of the questions are about people (a reflection should range wider). */
const MAX_PEOPLE = 2;

/**
 * A focal question in words. It is also the retrieval query, so it names what it is about (the
 * person's full name, the event, the workplace) for relevance to find the right memories.
 */
function questionText(f: Focus, agent: Persona, people: PersonBrief[], key: string): string {
  const who = (id: string) => people.find((p) => p.id === id)?.name ?? 'them';
  switch (f.kind) {
    case 'person': {
      const name = who(f.id);
      return choose(
        [
          `What is ${name} to me, and how do I feel about ${firstName(name)}?`,
          `How are things between ${name} and me?`,
          `Why does ${name} keep coming up in my days?`,
          `What have I learned about ${name} lately?`,
        ],
        key,
      );
    }
    case 'event':
      return choose(
        [`What do I make of the event ${f.id} and who told me about it?`, `Will I go to ${f.id}?`],
        key,
      );
    case 'news':
      return choose(
        [`What do I think of the news about ${f.id}?`, `Why do people talk about ${f.id}?`],
        key,
      );
    case 'work':
      return choose(
        [
          `How is my work as ${agent.occupation} at ${agent.workplace?.sector ?? 'work'} going?`,
          `Who do I see at ${agent.workplace?.sector ?? 'work'}, and what is work like lately?`,
        ],
        key,
      );
    case 'goals':
      return choose(
        [
          'What do I want most right now, and am I doing anything about it?',
          'What have I been meaning to do, and what is stopping me?',
        ],
        key,
      );
    case 'feelings':
      return choose(
        [
          'How have I been feeling these days, and why?',
          'What has been weighing on me, or lifting me up?',
        ],
        key,
      );
    case 'place':
      return choose(
        [`What keeps happening at ${f.id}?`, `Why do I keep ending up at ${f.id}?`],
        key,
      );
  }
}

/**
 * Offline focal questions: the most salient topics of the recent memories (people, events and
 * news, work, goals, feelings, places), with a little seeded variety among close scores.
 */
export function focalQuestions(req: QuestionReq<'focalQuestions'>): QuestionRes<'focalQuestions'> {
  const { agent, memories, people } = req;
  const key = `${agent.id}|${memories[memories.length - 1]?.id ?? ''}`;
  const ranked = candidates(agent, memories, people)
    .map((c) => ({ c, s: c.score * (0.75 + 0.5 * unit(`${key}|${focusTag(c.focus)}`)) }))
    .sort((a, b) => b.s - a.s);
  const picked: Focus[] = [];
  for (const { c } of ranked) {
    if (picked.length >= MAX_QUESTIONS) break;
    if (c.focus.kind === 'person' && picked.filter((f) => f.kind === 'person').length >= MAX_PEOPLE)
      continue;
    picked.push(c.focus);
  }
  return {
    questions: picked.map((f) => ({
      question: questionText(f, agent, people, `${key}|${focusTag(f)}`),
      focus: focusTag(f),
    })),
  };
}
