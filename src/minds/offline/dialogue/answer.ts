import type { EventInfo, Persona } from '../../../sim/agent/persona';
import { formatHourSpoken } from '../../../sim/clock';
import type { MemoryBrief, Share } from '../../../sim/mind';
import { willAttend } from '../routine';
import { choose, unit } from '../text';
import type { Voice } from '../voice/style';
import { inVoice } from '../voice/style';
import { partOfDay } from '../voice/timeWords';
import type { Bond } from './bond';
import { dayPhrase, intentions, nextHobby, sightingLine } from './content';
import { article, capital } from './grammar';
import type { QuestionKind } from './read';
import { advice, opinion, proposeReply } from './stance';

/** What the speaker knows when answering: its situation, memories and the topic in play. */
export interface AnswerContext {
  speaker: Persona;
  voice: Voice;
  bond: Bond;
  ownAction: string;
  memories: MemoryBrief[];
  day: number;
  minuteOfDay: number;
  seed: number;
  /** Events the speaker knows of that have not ended. */
  events: EventInfo[];
  /** The share under discussion (from the partner's last lines), if any. */
  topic: Share | null;
  /** Name of whoever the topic came from (for opinions), if known. */
  topicTeller: string | null;
  /** Both people in the chat (not told about as sightings) and what the speaker already said. */
  present: string[];
  said: string;
  key: string;
}

/**
 * An answer to the question just asked, grounded in the speaker's situation. Every answer opens as
 * an answer does ("I…", "Oh…", "Well…", "Yes…", "Not much…") and never closes the conversation.
 */
export function answerQuestion(kind: QuestionKind, c: AnswerContext): string {
  switch (kind) {
    case 'attend':
      return c.topic?.event ? attendReply(c, c.topic.event) : wellbeing(c);
    case 'opinion':
      return opinion(c);
    case 'news':
      return noNews(c);
    case 'who':
      return `I'm ${c.speaker.name}, ${article(c.speaker.occupation)}${c.speaker.workplace ? ` at ${c.speaker.workplace.sector}` : ''}.`;
    case 'propose':
      return proposeReply(c);
    case 'advice':
      return advice(c);
    case 'later':
      return later(c);
    case 'work':
      return work(c);
    case 'doing':
      return doing(c);
    case 'wellbeing':
      return wellbeing(c);
    default:
      return choose(
        [
          `Well, I'd have to think about that. ${doing(c)}`,
          `Hmm, maybe. ${later(c)}`,
          `Honestly, I couldn't say for sure. ${doing(c)}`,
        ],
        c.key,
      );
  }
}

/** An intention the speaker has not voiced yet in this chat. */
function freshGoal(c: AnswerContext): string | undefined {
  // Strangers hear no confidences; goals that name someone else only close people hear.
  if (!c.bond.known) return undefined;
  const named = (t: string) => /\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(t.slice(1));
  return intentions(c.speaker, c.memories).find(
    (g) => !c.said.includes(g.text.slice(0, 30)) && (!named(g.text) || c.bond.closeness >= 0.6),
  )?.text;
}

/** What the speaker is doing, from its current action. */
function doing(c: AnswerContext): string {
  const a = c.ownAction.replace(/^chatting with .*/, '').trim();
  const goal = freshGoal(c);
  const part = partOfDay(c.minuteOfDay);
  if (!a)
    return goal
      ? `I'm mostly thinking about things. ${capital(goal)}.`
      : choose(
          [
            `Oh, nothing much, just out and about this ${part}.`,
            `Not a lot. Enjoying the ${part}.`,
            `I'm just wandering, really.`,
            `Well, nothing in particular this ${part}.`,
          ],
          `${c.key}|idle`,
        );
  return choose(
    [
      `Oh, just ${a}.`,
      `I'm ${a}, as you can see.`,
      `Nothing exciting. I'm ${a}.`,
      goal ? `I'm ${a}. And, well, ${goal}.` : `I was ${a} before we got talking.`,
    ],
    `${c.key}|doing`,
  );
}

function wellbeing(c: AnswerContext): string {
  const mood = inVoice(
    c.voice,
    {
      casual: ['Pretty good!', 'Not bad at all.', 'Good, good.', "Oh, can't complain."],
      plain: [
        'Pretty well, thanks.',
        'Good, thank you.',
        'Busy, but good.',
        'Not bad, thanks.',
        'Fine, thanks for asking.',
      ],
      formal: [
        "I'm quite well, thank you.",
        'Very well, thank you for asking.',
        "I'm well, thank you.",
      ],
    },
    `${c.key}|mood`,
  );
  const goal = freshGoal(c);
  const sight = c.memories
    .filter((m) => !c.said.includes(m.seen?.action.replace(/\s*\(.*?\)/g, '') ?? '\u0000'))
    .map((m) => sightingLine(m, c.minuteOfDay, `${c.key}|sight`, c.present))
    .find(Boolean);
  const detail =
    unit(`${c.key}|detail`) < 0.5 && goal
      ? `${choose(['Though to be honest,', 'A lot on my mind, though:', 'Mostly,'], `${c.key}|g`)} ${goal}.`
      : sight && unit(`${c.key}|sd`) < 0.5
        ? sight
        : `${capital(c.ownAction.replace(/^chatting with .*/, 'out and about'))} ${choose(['mostly', 'all ' + partOfDay(c.minuteOfDay), 'so far'], `${c.key}|d`)}.`;
  return `${mood} ${detail}`;
}

function later(c: AnswerContext): string {
  const going = c.events.find(
    (e) => willAttend(c.speaker, e, c.seed) && (e.day === c.day || e.day === c.day + 1),
  );
  if (going)
    return e2(going, c)
      ? choose(
          [
            `I'm hosting ${going.what} ${dayPhrase(going, c.day)} at ${formatHourSpoken(going.startHour)}, so that's my evening.`,
            `Getting ready for ${going.what} — it starts at ${formatHourSpoken(going.startHour)} ${dayPhrase(going, c.day)}.`,
            `I've got ${going.what} to host ${dayPhrase(going, c.day)}. Lots to do before ${formatHourSpoken(going.startHour)}!`,
          ],
          `${c.key}|host`,
        )
      : choose(
          [
            `I'm going to ${going.what} ${dayPhrase(going, c.day)} at ${formatHourSpoken(going.startHour)}.`,
            `I'm off to ${going.what} ${dayPhrase(going, c.day)}, from ${formatHourSpoken(going.startHour)}. I'm looking forward to it.`,
            `I'll be at ${going.what} ${dayPhrase(going, c.day)}, from ${formatHourSpoken(going.startHour)} or so.`,
            `I said I'd go to ${going.what} ${dayPhrase(going, c.day)}, so that's settled.`,
            `Well, there's ${going.what} ${dayPhrase(going, c.day)} at ${formatHourSpoken(going.startHour)}. I'll be there.`,
          ],
          `${c.key}|going`,
        );
  const h = nextHobby(c.speaker, c.minuteOfDay);
  // the hobby often says where already ("darts at the pub")
  if (h && /\b(at|in) /.test(h.activity)) h.sector = '';
  if (h && !/^\w+ing\b/.test(h.activity))
    return choose(
      [
        `I have ${h.activity} planned for later.`,
        `Oh, ${h.activity}${h.sector ? ` at ${h.sector}` : ''}, most likely.`,
      ],
      `${c.key}|later`,
    );
  if (h)
    return choose(
      [
        `I'll probably be ${h.activity} later.`,
        `I was planning on ${h.activity}${h.sector ? ` at ${h.sector}` : ''} later.`,
        `Oh, ${h.activity}, most likely.`,
      ],
      `${c.key}|later`,
    );
  const [ws, we] = c.speaker.workHours ?? [0, 0];
  const hour = c.minuteOfDay / 60;
  if (hour < ws)
    return `I'm off to work at ${c.speaker.workplace?.sector ?? 'work'} at ${formatHourSpoken(ws)}.`;
  if (hour < we) return `I'm working until ${formatHourSpoken(we)}, then home.`;
  return choose(
    [
      'Not much. A quiet evening at home, I think.',
      'Nothing special, an early night.',
      'I think I will just rest.',
      `Home to ${c.speaker.home.sector}, and probably bed by ${formatHourSpoken(c.speaker.sleepHour)}.`,
      `Well, I'm usually asleep by ${formatHourSpoken(c.speaker.sleepHour)}, so not much.`,
      'Nothing planned. I might just read.',
    ],
    `${c.key}|later`,
  );
}

function e2(e: EventInfo, c: AnswerContext): boolean {
  return e.hostId === c.speaker.id;
}

function work(c: AnswerContext): string {
  const place = c.speaker.workplace?.sector;
  const goal = freshGoal(c);
  const busy = choose(['busy', 'steady', 'a bit hectic', 'quiet for once'], `${c.key}|busy`);
  return choose(
    [
      `It's ${busy}${place ? ` at ${place}` : ''}. ${goal ? `${capital(goal)}.` : ''}`.trim(),
      `Work is ${busy}. Being ${article(c.speaker.occupation)} is never dull.`,
      `Oh, ${busy}. ${goal ? `${capital(goal)}.` : choose(['Same as ever.', 'You know how it is.', `The ${partOfDay(c.minuteOfDay)}s are the worst.`, 'No complaints.'], `${c.key}|same`)}`,
    ],
    `${c.key}|work`,
  );
}

function noNews(c: AnswerContext): string {
  const sight = c.memories
    .filter((m) => !c.said.includes(m.seen?.action.replace(/\s*\(.*?\)/g, '') ?? '\u0000'))
    .map((m) => sightingLine(m, c.minuteOfDay, `${c.key}|ns`, c.present))
    .find(Boolean);
  return sight
    ? `${choose(['Not much, really.', 'Nothing big.', 'Hmm, not really.'], `${c.key}|nn`)} ${sight}`
    : choose(
        [
          'Not much, really. It has been a quiet few days.',
          'Nothing I can think of, honestly.',
          'Not really — I have been keeping to myself.',
          `Nothing yet this ${partOfDay(c.minuteOfDay)}. Ask me again tomorrow!`,
          `Not much. Work, mostly${c.speaker.workplace ? ` at ${c.speaker.workplace.sector}` : ''}.`,
          'Hmm, nothing worth repeating.',
          `Nothing big. I've mostly been ${c.ownAction.replace(/^chatting with .*/, 'keeping busy') || 'keeping busy'}.`,
          `Not really. It's been an ordinary ${partOfDay(c.minuteOfDay)}${c.speaker.workplace ? ` at ${c.speaker.workplace.sector}` : ''}.`,
          `Nope. As ${article(c.speaker.occupation)}, I'm usually the last to hear.`,
        ],
        `${c.key}|nn`,
      );
}

/** Accept or decline, consistent with what the speaker's plans will do (`willAttend`). */
export function attendReply(c: AnswerContext, e: EventInfo): string {
  if (e.hostId === c.speaker.id) return `Yes, I'm the one hosting it! I hope lots of people come.`;
  const when = dayPhrase(e, c.day);
  return willAttend(c.speaker, e, c.seed)
    ? inVoice(
        c.voice,
        {
          casual: [`Yes! I'll be there ${when}.`, `Oh, I'm so in.`, `Definitely, count me in!`],
          plain: [
            `I'd love to. I'll come at ${formatHourSpoken(e.startHour)}.`,
            `Yes, I'll be there ${when}.`,
            `Oh, that sounds lovely. I'll come.`,
          ],
          formal: [
            `I would be delighted. I'll be there at ${formatHourSpoken(e.startHour)}.`,
            `Yes, thank you, I shall come.`,
          ],
        },
        `${c.key}|acc`,
      )
    : inVoice(
        c.voice,
        {
          casual: [
            `Oh, I wish, but ${when} doesn't work for me.`,
            `I probably can't, sorry — ${when} is packed.`,
          ],
          plain: [
            `I'm not sure I can make it ${when}, but thank you.`,
            `I don't think I can, ${when} is busy for me. Thanks, though.`,
            `Probably not, I'm afraid, but it sounds nice.`,
          ],
          formal: [
            `I'm afraid I can't ${when}, but thank you for thinking of me.`,
            `I don't believe I can make it, regrettably.`,
          ],
        },
        `${c.key}|dec`,
      );
}
