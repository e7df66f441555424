import type { QuestionReq, QuestionRes } from '../../../sim/mind';
import { capitalise as capital, firstName, listWords } from '../text';
import { bondOf } from './bond';
import { questionIn, questionKind, type QuestionKind } from './read';

type Req = QuestionReq<'summarizeChat'>;

const TOPIC_WORDS: Partial<Record<QuestionKind, string>> = {
  wellbeing: 'how we are doing',
  doing: 'what we were up to',
  later: 'our plans',
  work: 'work',
  news: 'what is new in town',
  opinion: 'what we think of the news',
  who: 'who we are',
  propose: 'doing something together',
  advice: 'what is on my mind',
};

/**
 * What the chat was about, from its structure: what was passed on each way (shares, invitations),
 * which questions were asked; and a relationship summary that changes with what happened.
 */
export function summarizeChat(req: Req): QuestionRes<'summarizeChat'> {
  const { agent, partner, relationship, transcript } = req;
  const name = firstName(partner.name);
  const heard = transcript.filter((u) => u.speakerId === partner.id).flatMap((u) => u.shares ?? []);
  const told = transcript.filter((u) => u.speakerId === agent.id).flatMap((u) => u.shares ?? []);
  const topics = [
    ...new Set(
      transcript
        .map((u) => questionIn(u.text))
        .filter((q): q is string => !!q)
        .map((q) => TOPIC_WORDS[questionKind(q)])
        .filter((t): t is string => !!t),
    ),
  ];
  const points: string[] = [];
  for (const s of heard)
    points.push(
      s.event && s.event.hostId === partner.id
        ? `${name} invited me to ${s.event.what} on day ${s.event.day}`
        : `${name} told me that ${s.gist.replace(/\.$/, '')}`,
    );
  for (const s of told)
    points.push(
      s.event && s.event.hostId === agent.id
        ? `I invited ${name} to ${s.event.what}`
        : `I told ${name} that ${s.gist.replace(/\.$/, '')}`,
    );
  const about = topics.length ? ` We talked about ${listWords(topics.slice(0, 3))}.` : '';
  const summary = points.length
    ? `I talked with ${partner.name}.${about} ${points.join('. ')}.`
    : `I chatted with ${partner.name}, the ${partner.occupation}.${about || ' Just small talk.'}`;
  const bond = bondOf(relationship);
  const times = (relationship?.timesTalked ?? 0) + 1;
  const base = bond.relation ?? `the ${partner.occupation} I met in town`;
  const warmth = bond.closeness + (heard.length || told.length ? 0.08 : 0.04);
  const feel =
    warmth >= 0.7
      ? 'we are close'
      : warmth >= 0.4
        ? 'we get on well'
        : times >= 3
          ? 'we are getting to know each other'
          : 'we have only just met';
  const news = heard.length
    ? `; ${name} told me about ${heard
        .map((s) => s.event?.what ?? 'some news')
        .slice(0, 2)
        .join(' and ')}`
    : '';
  const rel = `${capital(base)}; ${feel} (we have talked ${times} time${times === 1 ? '' : 's'})${news}.`;
  return {
    summary,
    relationship: rel,
    closenessDelta: heard.length || told.length ? 0.08 : topics.length ? 0.05 : 0.03,
  };
}
