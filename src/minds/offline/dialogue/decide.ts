import type { QuestionReq, QuestionRes } from '../../../sim/mind';
import { firstName, unit } from '../text';
import { bondOf, intimate } from './bond';
import { intentions } from './content';
import { eventLive, keenToRetell, sociability } from './retell';

/** Chance to start talking with a stranger, before sociability and motives. */
const STRANGER_BASE = 0.2;
const WIND_DOWN_MINUTES = 90;

/**
 * Whether to start a conversation: likelier with people one is close to (family, colleagues,
 * friends), with something to pass on (an invitation or news one is keen to retell), with an
 * intention that names the partner, and for sociable people; less likely late in the evening or
 * right after talking. The reason names the motive.
 */
export function decideToTalk(req: QuestionReq<'decideToTalk'>): QuestionRes<'decideToTalk'> {
  const { agent, partner, relationship, minuteOfDay } = req;
  const seed = req.seed ?? 0;
  const day = req.day ?? 1;
  const bond = bondOf(relationship);
  const news = req.memories.find(
    (m) =>
      m.gist &&
      (m.event || m.news) &&
      m.source !== partner.id &&
      m.event?.hostId !== partner.id &&
      (!m.event || eventLive(m.event, day, minuteOfDay)) &&
      keenToRetell(
        agent,
        m,
        seed,
        agent.relationships.find((r) => r.id === m.source)?.closeness ?? 0,
        day,
        minuteOfDay,
      ),
  );
  const goal = intentions(agent, req.memories).find((g) => g.listenerNamed(partner.name));
  const base = bond.known ? 0.1 + 0.22 * Math.max(0, bond.closeness) : STRANGER_BASE;
  // In the last hour and a half before one's own bedtime, people are less inclined to start.
  const toBed = (agent.sleepHour * 60 - minuteOfDay + 1440) % 1440;
  const late = toBed <= WIND_DOWN_MINUTES ? -0.06 : 0;
  const p =
    base +
    (news ? 0.12 : 0) +
    (goal ? 0.25 : 0) +
    sociability(agent) / 2 +
    late +
    (intimate(bond) ? 0.05 : 0);
  const talk = unit(`${seed}|${agent.id}|${partner.id}|${day}|${minuteOfDay}`) < p;
  const name = firstName(partner.name);
  const reason = !talk
    ? `${name} looks busy, and I am in the middle of ${req.ownAction || 'something'}.`
    : goal
      ? `I have been meaning to talk to ${name}: ${goal.text}.`
      : news?.event?.hostId === agent.id
        ? `I want to invite ${name} to ${news.event.what}.`
        : news
          ? `I want to tell ${name} what I heard.`
          : bond.known
            ? `${name} is ${bond.relation ?? 'someone I know'}; it would be nice to catch up.`
            : `I would like to get to know ${name}, the ${partner.occupation}.`;
  return { talk, reason };
}
