import type { MemoryBrief, QuestionReq, QuestionRes } from '../../sim/mind';
import { choose, firstName } from './text';

const MIN_SUBJECT_MEMORIES = 3;
const MAX_EVIDENCE = 6;

/** Name of the person an event memory is about ("Mila Petrov is brewing coffee" → "Mila Petrov"). */
function subjectName(m: MemoryBrief): string | null {
  const i = m.description.indexOf(' is ');
  return i > 0 ? m.description.slice(0, i) : null;
}

function mostCommon<T>(items: T[]): [T, number] | null {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: [T, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best;
}

/**
 * Offline reflection: recurring themes among recent memories become insights citing them —
 * people one keeps running into, news one keeps hearing, conversations, and (from earlier
 * thoughts) who has become part of one's life.
 */
export function reflect(req: QuestionReq<'reflect'>): QuestionRes<'reflect'> {
  const { memories, agent } = req;
  const insights: { text: string; evidence: string[] }[] = [];
  const key = `${agent.id}|${memories[memories.length - 1]?.id}`;

  const bySubject = new Map<string, MemoryBrief[]>();
  for (const m of memories) {
    if (!m.subjectId || m.type === 'thought') continue;
    bySubject.set(m.subjectId, [...(bySubject.get(m.subjectId) ?? []), m]);
  }
  const frequent = [...bySubject.values()]
    .filter((ms) => ms.length >= MIN_SUBJECT_MEMORIES)
    .sort((a, b) => b.length - a.length)
    .slice(0, 2);
  for (const ms of frequent) {
    const name =
      ms.map(subjectName).find(Boolean) ?? ms.find((m) => m.type === 'chat')?.description;
    if (!name) continue;
    const doing = mostCommon(
      ms.map((m) => m.description.split(' is ')[1]).filter((x): x is string => !!x),
    );
    const chats = ms.filter((m) => m.type === 'chat').length;
    const text = chats
      ? choose(
          [
            `I seem to talk with ${firstName(name)} quite a lot these days.`,
            `${firstName(name)} and I keep finding things to talk about.`,
          ],
          key + name,
        )
      : choose(
          [
            `I keep running into ${name}${doing ? `, usually ${doing[0]}` : ''}.`,
            `${name} is often around when I am${doing ? `; ${firstName(name)} is usually ${doing[0]}` : ''}.`,
          ],
          key + name,
        );
    insights.push({ text, evidence: ms.slice(-MAX_EVIDENCE).map((m) => m.id) });
  }

  const news = memories.filter((m) => m.gist && m.source);
  if (news.length) {
    const top = news.sort((a, b) => b.importance - a.importance)[0];
    const related = news.filter(
      (m) => m.gist === top.gist || (top.event && m.event?.id === top.event.id),
    );
    const gist = top.gist!.replace(/\.$/, '');
    insights.push({
      text:
        related.length > 1
          ? `People keep bringing it up: ${gist}. It seems to matter to the town.`
          : `I should remember that ${gist}.`,
      evidence: related.slice(-MAX_EVIDENCE).map((m) => m.id),
    });
  }

  const thoughts = memories.filter((m) => m.type === 'thought' && m.description.length > 0);
  const aboutPeople = thoughts.filter((m) =>
    /keep running into|talk with|keep finding/.test(m.description),
  );
  if (aboutPeople.length >= 2) {
    insights.push({
      text: `The people around me are becoming a bigger part of my days than I expected.`,
      evidence: aboutPeople.slice(-MAX_EVIDENCE).map((m) => m.id),
    });
  }

  const work = memories.filter((m) => m.type === 'plan');
  if (work.length >= 2 && insights.length < 3) {
    insights.push({
      text: `My days have a steady rhythm built around being ${agent.occupation}.`,
      evidence: work.slice(-MAX_EVIDENCE).map((m) => m.id),
    });
  }
  return { insights: insights.slice(0, 5) };
}
