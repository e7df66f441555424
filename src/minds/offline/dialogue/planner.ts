import type { QuestionReq, QuestionRes, Share } from '../../../sim/mind';
import { choose, firstName } from '../text';
import { voiceOf, saysMore, opener } from '../voice/style';
import { partOfDay } from '../voice/timeWords';
import { answerQuestion, attendReply, type AnswerContext } from './answer';
import { opinion } from './stance';
import { bondOf, intimate } from './bond';
import {
  chance,
  intentions,
  lowerI,
  inviteLine,
  liveEvents,
  newsLine,
  sharedActivity,
  sightingLine,
} from './content';
import {
  askDoing,
  askLater,
  askNews,
  askWellbeing,
  askWork,
  article,
  greet,
  introduce,
  introduceBack,
  reactToNews,
  recognise,
  type Slots,
} from './grammar';
import { farewell } from './farewell';
import { ownLines, partnerLast, questionIn, questionKind, type QuestionKind } from './read';
import { eventLive, keenToRetell } from './retell';

type Req = QuestionReq<'nextUtterance'>;

/** A move: a line part, what it shares, and whether it asks something. */
interface Move {
  text: string;
  share?: Share;
  asks: boolean;
}

/** "And you?" asks back whatever the speaker asked before. */
const ASK_BACK = /^(and you|how about you|what about you|and yourself|you\?)/i;

/**
 * The next line of a conversation, as dialogue acts: respond to what was just said (answer the
 * question, accept or decline an invitation, react to news and give an opinion), then either close
 * or make a move of one's own (invite, pass on news, pursue an intention, ask, small talk). The
 * relationship decides greetings and introductions; the voice decides wording and length.
 */
export function nextUtterance(req: Req): QuestionRes<'nextUtterance'> {
  const { speaker, listener, history, round, maxRounds, day, minuteOfDay } = req;
  const seed = req.seed ?? 0;
  const key = `${seed}|${speaker.id}|${listener.id}|${day}|${minuteOfDay}|${history.length}`;
  const voice = voiceOf(speaker);
  const bond = bondOf(req.relationship);
  const part = partOfDay(minuteOfDay);
  const slots: Slots = {
    name: firstName(listener.name),
    part: part === 'night' ? 'evening' : part,
    place: req.place ?? null,
  };
  const last = partnerLast(history, speaker.id);
  const mine = ownLines(history, speaker.id);
  const live = (e: { day: number; endHour: number }) => eventLive(e as never, day, minuteOfDay);
  const events = liveEvents(req.memories, live);
  // The topic under discussion: the latest thing the partner passed on.
  const topicLine = [...history]
    .reverse()
    .find((u) => u.speakerId !== speaker.id && u.shares?.length);
  const ctx: AnswerContext = {
    speaker,
    voice,
    bond,
    ownAction: req.ownAction ?? '',
    memories: req.memories,
    day,
    minuteOfDay,
    seed,
    events,
    topic: topicLine?.shares?.[0] ?? ownLastShare(history, speaker.id),
    topicTeller: topicLine ? listener.name : null,
    present: [speaker.id, listener.id, speaker.name, listener.name],
    said: history.map((u) => u.text).join(' '),
    key,
  };
  const parts: string[] = [];
  const shares: Share[] = [];
  const lastRound = round >= maxRounds - 1;

  // 1. Opening: greet by bond; strangers introduce themselves once.
  const q = last ? questionIn(last.text) : null;
  if (history.length === 0) {
    parts.push(greet(voice, bond, slots, `${key}|greet`));
    if (!bond.known) parts.push(introduce(voice, speaker.name, job(speaker), `${key}|intro`));
    else if (bond.kind === 'acquaintance' && chance(0.5, `${key}|rec`))
      parts.push(recognise(bond.timesTalked, `${key}|rec`));
  }
  // Introducing oneself back comes first; its openings ("Oh, hi!", "I'm …") also open an answer.
  const introBack =
    history.length === 1 && !bond.known
      ? introduceBack(voice, speaker.name, job(speaker), `${key}|introb`)
      : null;

  // 2. Respond to what was just said.
  if (q) {
    let kind: QuestionKind = questionKind(q);
    if (ASK_BACK.test(q.trim())) {
      const asked = mine.map(questionIn).filter(Boolean).pop();
      kind = asked ? questionKind(asked) : 'wellbeing';
    }
    if (kind === 'attend' && last?.shares?.length) ctx.topic = last.shares[0];
    parts.unshift(answerQuestion(kind, ctx));
    if (introBack) parts.unshift(introBack);
  } else if (introBack) {
    parts.push(introBack);
  } else if (last?.shares?.length) {
    const s = last.shares[0];
    if (s.event && s.event.hostId !== speaker.id && live(s.event))
      parts.push(attendReply(ctx, s.event));
    else {
      const known = req.memories.some((m) => m.gist === s.gist && m.source !== listener.id);
      parts.push(reactToNews(voice, !known, `${key}|react`));
      if (saysMore(voice, `${key}|op`)) parts.push(opinion(ctx));
    }
  } else if (last && history.length > 2 && chance(0.6, `${key}|ack`)) {
    parts.push(
      choose(
        voice.warmth > 0.55
          ? [
              'That sounds nice.',
              'Good to hear.',
              'Oh, lovely.',
              'I am glad.',
              'Ha, I can imagine.',
              'Oh, that is nice to hear.',
              'Sounds like a good plan.',
              'Well, good for you.',
            ]
          : [
              'I see.',
              'Right.',
              'Fair enough.',
              'Makes sense.',
              'Mm.',
              'Huh.',
              'Is that so.',
              'Well, there you go.',
            ],
        `${key}|ack`,
      ),
    );
  }

  // 3. Close, when nothing is pending: never right after an unanswered question.
  const moves = candidateMoves(req, ctx, slots, [...mine, ...parts], live);
  const spent = moves.length === 0;
  const pEnd =
    0.05 +
    0.11 * round -
    0.12 * bond.closeness +
    (voice.length === 0 ? 0.1 : voice.length === 2 ? -0.06 : 0) +
    (spent ? 0.45 : 0);
  if (!q && history.length >= 3 && (lastRound || spent || chance(pEnd, `${key}|end`))) {
    const next = (req.ownAction ?? '').replace(/^chatting with .*/, '').trim() || null;
    parts.push(farewell(voice, bond, slots, next, `${key}|bye`));
    return { text: say(parts), end: true, shares };
  }
  if (lastRound && history.length % 2 === 1) {
    // The very last line: no new question, a soft close that leaves the answer standing.
    parts.push(
      choose(
        [
          "Anyway, I'll let you get on.",
          'Right, back to it.',
          'Well, duty calls.',
          'Anyway, good talking.',
        ],
        `${key}|soft`,
      ),
    );
    return { text: say(parts), end: true, shares };
  }

  // 4. A move of one's own: a terse voice that already answered may leave it there.
  const answeredOnly = !!q && voice.length === 0 && chance(0.4, `${key}|terse`);
  const pool = lastRound ? moves.filter((m) => !m.asks) : moves;
  if (!answeredOnly && pool.length) {
    const move = pool[0];
    parts.push(
      opener(voice, `${key}|mv`) && !parts.length
        ? `${opener(voice, `${key}|mv`)} ${lowerFirst(move.text)}`
        : move.text,
    );
    if (move.share) shares.push(move.share);
    // A talkative voice adds a second, non-question remark before asking.
    const extra = pool.slice(1).find((m) => !m.asks && !m.share);
    if (extra && saysMore(voice, `${key}|extra`) && voice.length === 2 && !move.asks)
      parts.push(extra.text);
  }
  // An answer with nothing after it: often ask the same back ("And you?"), once per chat.
  const askedBack = mine.some((l) => ASK_BACK.test(l.split(/(?<=[.!?])\s+/).pop() ?? ''));
  if (
    q &&
    parts.length === 1 &&
    !lastRound &&
    !askedBack &&
    !ASK_BACK.test(q.trim()) &&
    !asksQuestionText(parts[0]) &&
    chance(0.65, `${key}|back`)
  )
    parts.push(
      choose(
        ['And you?', 'How about you?', `What about you, ${slots.name}?`, 'And yourself?'],
        `${key}|backq`,
      ),
    );
  if (!parts.length) parts.push(askWellbeing(voice, bond, slots, `${key}|fallback`));
  return { text: say(parts), end: false, shares };
}

function asksQuestionText(t: string): boolean {
  return t.trim().endsWith('?');
}

/** The line: its parts, without empty ones. */
function say(parts: string[]): string {
  return parts.filter((p) => p.trim()).join(' ');
}

function lowerFirst(s: string): string {
  return lowerI(s);
}

/** The speaker's own last share (its topic, when the partner answers a question about it). */
function ownLastShare(history: Req['history'], speakerId: string): Share | null {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i].speakerId === speakerId && history[i].shares?.length)
      return history[i].shares![0];
  return null;
}

function job(p: Req['speaker']): string {
  const sector = p.workplace?.sector;
  const at = sector && !p.occupation.includes(sector) ? ` at ${sector}` : '';
  return `I'm ${article(p.occupation)}${at}`;
}

/** The moves available now, best first: invite, news, goals, questions, small talk. */
function candidateMoves(
  req: Req,
  c: AnswerContext,
  slots: Slots,
  mine: string[],
  live: (e: { day: number; endHour: number }) => boolean,
): Move[] {
  const { speaker, listener, history, day, minuteOfDay } = req;
  const seed = req.seed ?? 0;
  const key = c.key;
  const out: Move[] = [];
  const discussed = new Set([
    ...req.alreadyShared,
    ...history.flatMap((u) => (u.shares ?? []).map((s) => s.gist)),
  ]);
  const said = mine.join(' ');
  const heardFromListener = new Set(
    history
      .filter((u) => u.speakerId === listener.id)
      .flatMap((u) => (u.shares ?? []).map((s) => s.event?.id ?? s.news ?? s.gist)),
  );
  // Invitations and news, as structured shares.
  const items = req.memories
    .filter(
      (m) =>
        m.gist &&
        (m.event || m.news) &&
        !discussed.has(m.gist) &&
        !heardFromListener.has(m.event?.id ?? m.news ?? m.gist) &&
        m.source !== listener.id &&
        m.event?.hostId !== listener.id &&
        keenToRetell(
          speaker,
          m,
          seed,
          speaker.relationships.find((r) => r.id === m.source)?.closeness ?? 0,
          day,
          minuteOfDay,
        ),
    )
    .sort(
      (a, b) =>
        Number(b.event?.hostId === speaker.id) - Number(a.event?.hostId === speaker.id) ||
        b.importance - a.importance,
    );
  const seenIds = new Set<string>();
  for (const m of items) {
    const id = m.event?.id ?? m.news ?? m.gist!;
    if (seenIds.has(id)) continue;
    seenIds.add(id);
    const share: Share = { gist: m.gist!, event: m.event, news: m.news, memoryId: m.id };
    if (m.event?.hostId === speaker.id && live(m.event))
      out.push({ text: inviteLine(m.event, day, `${key}|inv`), share, asks: true });
    else {
      const text = newsLine(
        speaker,
        m,
        day,
        minuteOfDay,
        m.source === undefined ? null : nameOf(m),
        `${key}|news`,
      );
      // News (not an event) invites an opinion: "What do you make of that?"
      const ask =
        !m.event && !text.endsWith('?') && chance(0.6, `${key}|opq`)
          ? ` ${choose(['What do you make of that?', 'What do you think?', 'What do you think of that?', 'What is your take on it?'], `${key}|opq2`)}`
          : '';
      out.push({ text: text + ask, share, asks: text.endsWith('?') || !!ask });
    }
  }
  // Intentions: a goal that names the listener becomes a proposal; another goal, something to confide.
  const goals = intentions(speaker, req.memories).filter(
    (g) => !said.includes(g.text.slice(0, 30)),
  );
  const aboutListener = goals.find((g) => g.listenerNamed(listener.name));
  const joint = sharedActivity(speaker, `${key}|joint`);
  if (aboutListener && joint && !/would you like to/i.test(said))
    out.push({
      text: `${choose(["There's something I've been meaning to ask you.", 'There is something I wanted to ask.', 'I was hoping I would run into you.'], `${key}|pre`)} Would you like to join me ${joint.activity.startsWith('at ') ? '' : 'for '}${joint.activity} at ${joint.sector} sometime?`,
      asks: true,
    });
  // Goals that name someone else are confided only to close people.
  const named = (t: string) => /\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(t.slice(1));
  const goal = goals.find(
    (g) => !g.listenerNamed(listener.name) && (!named(g.text) || c.bond.closeness >= 0.6),
  );
  if (goal && history.length > 1 && (intimate(c.bond) || c.bond.known))
    out.push({
      text: `${choose(['To be honest,', 'Between us,', 'You know,', "I'll tell you what's on my mind:"], `${key}|conf`)} ${goal.text}.${chance(0.5, `${key}|adv`) ? ` ${choose(['Any advice?', 'What would you do?'], `${key}|advq`)}` : ''}`,
      asks: false,
    });
  // Questions the speaker has not asked yet in this chat.
  const ownQuestions = mine.map(questionIn).filter((x): x is string => !!x);
  // Kinds asked by either side already (nobody asks back what they were just asked).
  const asked = new Set(
    history
      .map((u) => questionIn(u.text))
      .filter((x): x is string => !!x)
      .map(questionKind),
  );
  // A question budget by voice: talkative people ask more; nobody interrogates.
  const budget = 1 + c.voice.length;
  const questions: [QuestionKind, () => string][] = [
    ['wellbeing', () => askWellbeing(c.voice, c.bond, slots, `${key}|qw`)],
    ['doing', () => askDoing(listener.action, slots, `${key}|qd`)],
    ['later', () => askLater(slots, `${key}|ql`)],
    ['work', () => askWork(listener.occupation, `${key}|qk`)],
    ['news', () => askNews(c.voice, `${key}|qn`)],
  ];
  const start = Math.floor(((seed + history.length) * 7 + speaker.id.length) % questions.length);
  for (let i = 0; i < questions.length && ownQuestions.length < budget; i++) {
    const [kind, make] = questions[(start + i) % questions.length];
    if (!asked.has(kind) && !(kind === 'wellbeing' && history.length > 3)) {
      out.push({ text: make(), asks: true });
      break;
    }
  }
  // Small talk from structured sightings of people the speaker knows (time words fit their age);
  // not as an opening line, and not of anyone at home (that is private).
  const knows = new Set(speaker.relationships.map((r) => r.id));
  for (const m of history.length ? req.memories : []) {
    if (!knows.has(m.seen?.subjectId ?? '') && m.ageMinutes > 90) continue;
    if (m.seen?.sector && m.seen.sector === req.speaker.home.sector) continue;
    if (!m.seen?.subjectId || m.seen.subjectId === listener.id || m.seen.subjectId === speaker.id)
      continue;
    const line = sightingLine(m, minuteOfDay, `${key}|st`, c.present);
    const all = history.map((u) => u.text).join(' ');
    const act = m.seen.action.replace(/\s*\(.*?\)/g, '');
    if (line && !all.includes(act) && !said.includes(act)) {
      out.push({ text: line, asks: false });
      break;
    }
  }
  // Mix the order a little (goals and questions), keeping invitations and news first.
  const head = out.filter((m) => m.share);
  const tail = out.filter((m) => !m.share);
  const r = Math.floor(
    ((seed % 97) + history.length + speaker.name.length) % Math.max(1, tail.length),
  );
  return [...head, ...tail.slice(r), ...tail.slice(0, r)];
}

/** Who a heard memory came from, by the name cognition stored as its keyword. */
function nameOf(m: { keywords?: string[] }): string | null {
  return m.keywords?.find((k) => k !== 'inner voice') ?? null;
}
