import type { MemoryBrief, QuestionReq, QuestionRes } from '../../sim/mind';
import { formatClock } from '../../sim/clock';
import { capitalise, tokens } from './text';

/** Question words that say nothing about the topic. */
const GENERIC = new Set(
  tokens('know anyone anything heard hear tell think who what about happen going'),
);

function overlap(a: Set<string>, text: string): number {
  return tokens(text).filter((t) => a.has(t)).length;
}

/** Offline interview: answers from the retrieved memories that share the question's topic. */
export function answerInterview(
  req: QuestionReq<'answerInterview'>,
): QuestionRes<'answerInterview'> {
  const { agent, question } = req;
  const q = question.toLowerCase();
  const topic = new Set(tokens(question).filter((t) => !GENERIC.has(t)));

  if (/who are you|tell me about yourself|introduce yourself/.test(q)) {
    return {
      answer: `I'm ${agent.name}, ${agent.age}, ${agent.occupation}. ${agent.learned}`,
      usedMemoryIds: [],
    };
  }
  if (/\b(plan|schedule|today|doing)\b/.test(q) && req.plan.length) {
    return {
      answer: `Right now I'm ${req.currentAction}. Today I plan to ${req.plan.join('; ')}.`,
      usedMemoryIds: [],
    };
  }
  const scored = req.memories
    .map((m: MemoryBrief) => ({ m, hits: overlap(topic, `${m.description} ${m.gist ?? ''}`) }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.m.importance - a.m.importance);
  if (!scored.length) {
    return {
      answer: `Hmm, I'm not sure. I haven't heard anything about that. Right now I'm ${req.currentAction}.`,
      usedMemoryIds: [],
    };
  }
  const best = scored.slice(0, 2).map((x) => x.m);
  const when = (m: MemoryBrief) =>
    m.ageMinutes < 60 ? 'just now' : `around ${formatClock(req.minuteOfDay - m.ageMinutes)}`;
  const lines = best.map((m) =>
    m.type === 'thought'
      ? capitalise(m.description)
      : `${capitalise(m.description.replace(/\.$/, ''))} (${when(m)}).`,
  );
  return { answer: `Yes. ${lines.join(' ')}`, usedMemoryIds: best.map((m) => m.id) };
}
