import type { EventInfo, Persona } from '../../sim/agent/persona';
import { formatHourSpoken } from '../../sim/clock';
import type { MemoryBrief, QuestionReq, QuestionRes, Share } from '../../sim/mind';
import { willAttend } from './routine';
import { capitalise, choose, firstName, unit } from './text';

const SOCIAL_TRAITS =
  /friendly|outgoing|chatty|sociable|warm|talkative|gregarious|curious|cheerful/i;
const SHY_TRAITS = /shy|quiet|reserved|introvert|private|gruff|solitary/i;

function sociability(p: Persona): number {
  const t = p.traits.join(' ');
  return (SOCIAL_TRAITS.test(t) ? 0.15 : 0) - (SHY_TRAITS.test(t) ? 0.15 : 0);
}

/**
 * Whether a person passes on something they heard. One's own news is always told; heard news is
 * retold by some people and not others (a fixed disposition per person and item), likelier for
 * weightier news and for sociable people.
 */
function keenToRetell(p: Persona, m: MemoryBrief): boolean {
  if (!m.source) return true;
  const p0 = (m.importance - 6) * 0.08 + sociability(p);
  return unit(`${p.id}|retell|${m.gist}`) < p0;
}

/** Memories worth passing on: events and news with a retellable gist. */
function shareable(
  speaker: Persona,
  memories: MemoryBrief[],
  already: string[],
  listenerId: string,
): MemoryBrief[] {
  return memories
    .filter(
      (m) =>
        m.gist &&
        (m.event || m.news) &&
        !already.includes(m.gist) &&
        m.source !== listenerId &&
        m.event?.hostId !== listenerId &&
        keenToRetell(speaker, m),
    )
    .sort((a, b) => b.importance - a.importance);
}

export function decideToTalk(req: QuestionReq<'decideToTalk'>): QuestionRes<'decideToTalk'> {
  const { agent, partner, relationship } = req;
  const hasNews = req.memories.some((m) => m.gist && (m.event || m.news) && keenToRetell(agent, m));
  const base = relationship ? 0.08 + 0.2 * relationship.closeness : 0.14;
  const p = base + (hasNews ? 0.1 : 0) + sociability(agent) / 3;
  const talk = unit(`${agent.id}|${partner.id}|${req.minuteOfDay}`) < p;
  const reason = talk
    ? hasNews
      ? `I have something to tell ${firstName(partner.name)}.`
      : relationship
        ? `It would be nice to catch up with ${firstName(partner.name)}.`
        : `I'd like to get to know ${firstName(partner.name)}.`
    : `${firstName(partner.name)} looks busy, and so am I.`;
  return { talk, reason };
}

function dayPhrase(e: EventInfo, today: number): string {
  if (e.day === today) return 'today';
  if (e.day === today + 1) return 'tomorrow';
  return `on day ${e.day}`;
}

function eventTime(e: EventInfo, today: number): string {
  return `${dayPhrase(e, today)} from ${formatHourSpoken(e.startHour)} to ${formatHourSpoken(e.endHour)}`;
}

/** " at Maple Café", unless the event's name already says where. */
function placeText(e: EventInfo): string {
  return e.what.includes(e.place.sector) ? '' : ` at ${e.place.sector}`;
}

/** A line that passes on a memory's gist, phrased by who the speaker is to it. */
function tell(speaker: Persona, m: MemoryBrief, day: number, key: string): string {
  const e = m.event;
  if (e && e.hostId === speaker.id) {
    return choose(
      [
        `I'm hosting ${e.what}${placeText(e)} ${eventTime(e, day)}. I'd love for you to come!`,
        `You're invited! ${capitalise(e.what)}${placeText(e)}, ${eventTime(e, day)}. Please come.`,
      ],
      key,
    );
  }
  const from = m.source ? 'I heard that ' : '';
  // One's own news is told in one's own words; heard news as the gist it came as.
  const gist = (m.source ? m.gist! : ownWords(speaker, m.gist!)).replace(/\.$/, '');
  if (e) {
    return choose(
      [
        `Have you heard? ${gist}. That's ${dayPhrase(e, day)}.`,
        `${capitalise(from)}${from ? gist : capitalise(gist)}. That's ${dayPhrase(e, day)}. Are you going?`,
      ],
      key,
    );
  }
  return choose(
    m.source
      ? [
          `Did you hear the news? ${gist}.`,
          `${capitalise(from)}${gist}.`,
          `Something you might want to know: ${gist}.`,
        ]
      : [`I have some news: ${gist}.`, `Can I tell you something? ${capitalise(gist)}.`],
    key,
  );
}

function respondTo(speaker: Persona, share: Share, day: number, key: string): string {
  const e = share.event;
  if (e) {
    if (e.hostId === speaker.id)
      return `Yes, I'm the one hosting ${e.what}! I hope lots of people come.`;
    const going = willAttend(speaker, e);
    return going
      ? choose(
          [
            `Oh, ${e.what} ${dayPhrase(e, day)}? I'll be there!`,
            `That sounds lovely. I'll try to come at ${formatHourSpoken(e.startHour)}.`,
          ],
          key,
        )
      : choose(
          [
            `Thanks for telling me — I'm not sure I can make it ${dayPhrase(e, day)}, though.`,
            `Hmm, ${dayPhrase(e, day)} is busy for me, but thank you.`,
          ],
          key,
        );
  }
  return choose(
    [
      "Really? I hadn't heard that. Thanks for telling me.",
      'Is that so? That is news to me.',
      "Interesting! I'll keep that in mind.",
    ],
    key,
  );
}

const VERB_S = /\bI (want|need|hope|plan|mean|like|love|think|feel|keep|know|wonder|intend)s\b/g;

/**
 * First-person version of a sentence personas write about themselves in the third person
 * ("Elena is worried that her daughter…" → "I'm worried that my daughter…").
 */
export function ownWords(p: Persona, text: string): string {
  const first = firstName(p.name);
  return text
    .replace(new RegExp(`\\b${p.name}\\b`, 'g'), first)
    .replace(new RegExp(`\\b${first}'s\\b`, 'g'), 'my')
    .replace(new RegExp(`\\b${first}\\b`, 'g'), 'I')
    .replace(/\b(she|he)\b/g, 'I')
    .replace(/\b(her|his)\b/g, 'my')
    .replace(/\bherself|himself\b/g, 'myself')
    .replace(/\bI is\b/g, "I'm")
    .replace(/\bI has\b/g, 'I have')
    .replace(/\bI was\b/g, 'I was')
    .replace(/\bI does\b/g, 'I do')
    .replace(/\bI (worrie|trie)s\b/g, (_m, v: string) => `I ${v.slice(0, -2)}y`)
    .replace(VERB_S, 'I $1')
    .replace(/\band (want|need|hope|plan|mean|like|love|wish)s\b/g, 'and $1');
}

function smallTalk(req: QuestionReq<'nextUtterance'>, key: string): string {
  const { speaker, listener, memories } = req;
  const other = memories.find(
    (m) =>
      m.type === 'event' &&
      !m.gist &&
      m.subjectId &&
      m.subjectId !== listener.id &&
      !m.description.includes(speaker.name) &&
      !m.description.includes(listener.name),
  );
  const options = [
    `Oh, you know me. ${capitalise(ownWords(speaker, speaker.currently).replace(/\.$/, ''))}.`,
    `How has your day been, ${firstName(listener.name)}?`,
    `It's been a busy ${req.minuteOfDay < 720 ? 'morning' : req.minuteOfDay < 1080 ? 'afternoon' : 'evening'}.`,
    `What are you up to later?`,
    `The town feels lively today, doesn't it?`,
    `I've been ${listener.action.startsWith('chatting') ? 'out and about' : 'thinking about what to do this evening'}.`,
  ];
  if (other) options.push(`I just saw that ${other.description.replace(/\.$/, '')}.`);
  const chat = memories.find((m) => m.type === 'chat' && m.subjectId === listener.id);
  if (chat) options.push(`I was thinking about our last chat. How did that turn out?`);
  const said = new Set(req.history.map((u) => u.text));
  const fresh = options.filter((o) => ![...said].some((line) => line.includes(o)));
  return choose(fresh.length ? fresh : options, key);
}

export function nextUtterance(req: QuestionReq<'nextUtterance'>): QuestionRes<'nextUtterance'> {
  const { speaker, listener, relationship, history, round, maxRounds, day } = req;
  const key = `${speaker.id}|${listener.id}|${day}|${req.minuteOfDay}|${history.length}`;
  const last = history[history.length - 1];
  const parts: string[] = [];
  const shares: Share[] = [];
  if (history.length === 0) {
    parts.push(
      relationship
        ? choose(
            [
              `Hi ${firstName(listener.name)}!`,
              `Oh, ${firstName(listener.name)}, good to see you.`,
              `Hey there, ${firstName(listener.name)}.`,
            ],
            key,
          )
        : `Hello! I don't think we've met. I'm ${speaker.name}, ${withArticle(speaker.occupation)}.`,
    );
  } else if (history.length === 1 && !relationship) {
    parts.push(`Nice to meet you, I'm ${speaker.name}. I'm ${withArticle(speaker.occupation)}.`);
  } else if (last?.shares?.length) {
    parts.push(respondTo(speaker, last.shares[0], day, key));
  }
  const discussed = history.flatMap((u) => (u.shares ?? []).map((x) => x.gist));
  const news = shareable(
    speaker,
    req.memories,
    [...req.alreadyShared, ...discussed],
    listener.id,
  )[0];
  if (news && round < maxRounds - 1) {
    parts.push(tell(speaker, news, day, key));
    shares.push({ gist: news.gist!, event: news.event, news: news.news, memoryId: news.id });
  }
  const saidSomething = parts.length > 0;
  const wrapUp =
    round >= maxRounds - 1 ||
    (round >= 2 && !news && unit(`${key}|end`) < 0.5) ||
    (round >= 1 && !news && !last?.shares?.length && unit(`${key}|end`) < 0.35);
  if (wrapUp) {
    parts.push(
      choose(
        [
          'Anyway, I should get going. See you around!',
          `Well, back to it. Take care, ${firstName(listener.name)}.`,
          'I have to run, but this was nice. Bye for now!',
        ],
        key,
      ),
    );
    return { text: parts.join(' '), end: true, shares };
  }
  if (!saidSomething || (!news && unit(`${key}|more`) < 0.6)) parts.push(smallTalk(req, key));
  return { text: parts.join(' '), end: false, shares };
}

export function summarizeChat(req: QuestionReq<'summarizeChat'>): QuestionRes<'summarizeChat'> {
  const { agent, partner, relationship, transcript } = req;
  const heard = transcript.filter((u) => u.speakerId === partner.id).flatMap((u) => u.shares ?? []);
  const told = transcript.filter((u) => u.speakerId === agent.id).flatMap((u) => u.shares ?? []);
  const points: string[] = [];
  for (const s of heard)
    points.push(`${firstName(partner.name)} told me that ${s.gist.replace(/\.$/, '')}`);
  for (const s of told)
    points.push(`I told ${firstName(partner.name)} that ${s.gist.replace(/\.$/, '')}`);
  const summary = points.length
    ? `I talked with ${partner.name}. ${points.join('. ')}.`
    : `I had a friendly chat with ${partner.name}, the ${partner.occupation}.`;
  const times = (relationship?.timesTalked ?? 0) + 1;
  const base = relationship?.relation ?? `${partner.occupation} I met in town`;
  const rel = `${capitalise(base)}; we have talked ${times} time${times === 1 ? '' : 's'}${
    heard.length ? `, and ${firstName(partner.name)} keeps me up to date on town news` : ''
  }.`;
  return { summary, relationship: rel, closenessDelta: heard.length || told.length ? 0.08 : 0.04 };
}

function withArticle(occupation: string): string {
  if (/^(a|an|the|my)\b/i.test(occupation)) return occupation;
  return `${/^[aeiou]/i.test(occupation) ? 'an' : 'a'} ${occupation}`;
}
