import type { MemoryBrief, QuestionReq, QuestionRes } from '../../../sim/mind';
import { candidates, isInsight, memoriesOf, parseFocus, type Focus } from './topics';
import { voiced } from './voice';
import * as write from './writers';

export { focalQuestions } from './focal';

const MAX_INSIGHTS = 3;
/** Insights per focal question: one, or two about a person (how one feels, what they did). */
const PER_QUESTION = 1;
const PER_PERSON = 2;
const MAX_EVIDENCE = 6;
/** Memories to cite when a theme rests on the persona more than on particular memories. */
const FALLBACK_EVIDENCE = 3;

function drafts(f: Focus, c: write.Ctx): write.Draft[] {
  switch (f.kind) {
    case 'person':
      return write.person(c, f.id);
    case 'event':
      return write.event(c, f.id);
    case 'news':
      return write.news(c, f.id);
    case 'work':
      return write.work(c);
    case 'goals':
      return write.goals(c);
    case 'feelings':
      return write.feelings(c);
    case 'place':
      return write.place(c, f.id);
  }
}

/**
 * Offline reflection, part two: for each focal question, insights drawn from the memories retrieved
 * for it — about a person (how one feels about them, what they told, what they are always doing),
 * an event or news, work, goals (whispers, current concerns in the first person), feelings, or a
 * place — in the person's voice, each citing the memories it rests on.
 */
export function reflect(req: QuestionReq<'reflect'>): QuestionRes<'reflect'> {
  const { agent, people } = req;
  const byId = new Map(req.memories.map((m) => [m.id, m]));
  const insights: QuestionRes<'reflect'>['insights'] = [];
  // What earlier insights rest on: a draft grounded in no more than one of them says nothing new.
  const earlier = req.memories.filter(isInsight).map((m) => new Set(m.evidence));
  const stale = (ids: string[]) => earlier.some((e) => ids.every((id) => e.has(id)));
  for (const q of req.questions) {
    const qms = q.memoryIds.map((id) => byId.get(id)).filter((m): m is MemoryBrief => !!m);
    if (!qms.length) continue;
    // A question from another mind carries no focus: take the strongest topic of its memories.
    const focus = parseFocus(q.focus) ?? candidates(agent, qms, people)[0]?.focus;
    if (!focus) continue;
    let ms = memoriesOf(focus, qms, agent);
    const personal = focus.kind === 'work' || focus.kind === 'goals' || focus.kind === 'feelings';
    if (!ms.length && !personal) continue;
    if (!ms.length) ms = qms.slice(0, FALLBACK_EVIDENCE);
    const key = `${agent.id}|${q.focus ?? ''}|${ms[ms.length - 1].id}`;
    const limit = focus.kind === 'person' ? PER_PERSON : PER_QUESTION;
    let written = 0;
    for (const d of drafts(focus, { agent, ms, people, key, seed: req.seed ?? 0 })) {
      if (written >= limit) break;
      const evidence = (d.evidence.length ? d.evidence : ms).slice(-MAX_EVIDENCE).map((m) => m.id);
      if (stale(evidence)) continue;
      written++;
      insights.push({
        text: voiced(d.text, agent, key + d.text.length),
        evidence,
        ...(d.subjectId ? { subjectId: d.subjectId } : {}),
      });
    }
  }
  return { insights: insights.slice(0, MAX_INSIGHTS) };
}
