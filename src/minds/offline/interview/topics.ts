import type { EventInfo } from '../../../sim/agent/persona';
import { formatHourSpoken } from '../../../sim/clock';
import type { InterviewPerson, MemoryBrief } from '../../../sim/mind';
import { STOPWORDS } from '../../../sim/text';
import { firstName } from '../text';
import { jobPhrase, own, topicHits, topicWords } from './facts';
import type { Intent } from './intent';
import {
  blockPhrase,
  memorySentence,
  peopleNames,
  whenPhrase,
  type Composed,
  type Ctx,
} from './render';
import { goesTo } from './schedule';

/**
 * Answers about things the agent knows of: events and news (from the memories that carry them,
 * with its own response to an invitation), how it would vote, why it did something, and anything
 * else its memories speak to. Unknown topics get an honest no.
 */

interface Topic {
  tag: string;
  memories: MemoryBrief[];
  event?: EventInfo;
  score: number;
}

/** Memories carrying events or news, grouped by what they carry, scored against the question. */
function topicsFor(ctx: Ctx, intent: Intent): Topic[] {
  const { req } = ctx;
  const byId = new Map<string, MemoryBrief>();
  for (const m of [...(req.topics ?? []), ...req.memories])
    if (m.event || m.news) byId.set(m.id, m);
  const groups = new Map<string, Topic>();
  const words = topicWords(req.question);
  const person = (req.people ?? []).find((p) => p.id === intent.personId);
  for (const m of byId.values()) {
    const tag = m.event ? `event:${m.event.id}` : `news:${m.news}`;
    const g = groups.get(tag) ?? { tag, memories: [], event: m.event, score: 0 };
    g.memories.push(m);
    let s = topicHits(m, words);
    if (
      person &&
      (m.event?.hostId === person.id ||
        m.source === person.id ||
        m.description.includes(firstName(person.name)))
    )
      s += 2;
    g.score = Math.max(g.score, s);
    groups.set(tag, g);
  }
  for (const g of groups.values()) g.memories.sort((a, b) => b.ageMinutes - a.ageMinutes);
  return [...groups.values()].sort((a, b) => b.score - a.score || a.tag.localeCompare(b.tag));
}

function dayWord(ctx: Ctx, day: number): string {
  const d = day - ctx.req.day;
  return d === 0 ? 'today' : d === 1 ? 'tomorrow' : d === -1 ? 'yesterday' : `on day ${day}`;
}

/** How the agent learned of a topic, in its words. */
function learned(ctx: Ctx, t: Topic, names: Map<string, string>): { text: string; used: string[] } {
  const p = ctx.req.agent;
  const first = t.memories[0];
  // The agent's own news (seeded, nobody told it) names it; said in the first person the name would
  // vanish, so the answer says who it is first.
  const selfish =
    t.event?.hostId === p.id ||
    (!first.source && new RegExp(`\\b${firstName(p.name)}\\b`).test(first.description));
  if (selfish) {
    const lead = t.event ? "It's my own doing, actually." : `That's me — ${p.name}.`;
    return { text: `${lead} ${own(p, first.description)}`, used: [first.id] };
  }
  if (first.source && names.has(first.source)) {
    const gist = clauseStart((first.gist ?? first.description).replace(/\.$/, ''), names);
    const when = whenPhrase(first.ageMinutes, ctx.req.minuteOfDay);
    return {
      text: `${firstName(names.get(first.source)!)} told me ${when} that ${gist}.`,
      used: [first.id],
    };
  }
  return { text: memorySentence(ctx, first, names), used: [first.id] };
}

/** The event's time and place, and whether the agent goes (from its own schedule). */
function eventFacts(ctx: Ctx, e: EventInfo): string[] {
  const { req } = ctx;
  const past = e.day < req.day || (e.day === req.day && req.minuteOfDay >= e.endHour * 60);
  const when = dayWord(ctx, e.day);
  const out = [
    past
      ? `It was ${when}, from ${formatHourSpoken(e.startHour)} to ${formatHourSpoken(e.endHour)} at ${e.place.sector}.`
      : `It's ${when} from ${formatHourSpoken(e.startHour)} to ${formatHourSpoken(e.endHour)} at ${e.place.sector}.`,
  ];
  if (e.hostId === req.agent.id)
    out.push(past ? 'I hosted it myself.' : "I'm hosting it, so I'll certainly be there.");
  else {
    const going = goesTo(req, e);
    if (going !== null)
      out.push(
        past
          ? going
            ? 'I went along.'
            : "I didn't go in the end."
          : going
            ? "I'm planning to go."
            : "I don't think I'll make it, though.",
      );
  }
  return out;
}

/** An opinion of the person a piece of news is about. */
function newsOpinion(ctx: Ctx, t: Topic): string | null {
  const text = t.memories.map((m) => m.gist ?? m.description).join(' ');
  const about = (ctx.req.people ?? []).find(
    (p) => text.includes(firstName(p.name)) && p.id !== t.memories[0].source,
  );
  if (!about) return null;
  return opinionOf(about);
}

function opinionOf(p: InterviewPerson): string {
  const c = p.relationship?.closeness ?? 0;
  const n = firstName(p.name);
  if (c >= 0.4) return `Good for ${n}, I say.`;
  if (c >= 0) return `We'll see how ${n} gets on.`;
  return `I have my doubts about ${n}, to be honest.`;
}

/** "Do you know about …?", "Have you heard …?", "Are you going to …?" */
export function knowledge(ctx: Ctx, intent: Intent): Composed {
  const { req } = ctx;
  const names = peopleNames(req);
  const best = topicsFor(ctx, intent).find((t) => t.score > 0);
  if (!best) {
    // A sighting counts only on what was seen, not on where ("reading at <the place asked about>").
    const placeWords = topicWords(
      (req.places ?? []).flatMap((p) => [p.sector, ...p.arenas.map((a) => a.arena)]).join(' '),
    );
    const words = new Set([...topicWords(req.question)].filter((w) => !placeWords.has(w)));
    // Every word asked (up to two) must be there: one shared word ("running") is a coincidence.
    const need = Math.min(2, words.size);
    const related = req.memories
      .filter((m) => m.type !== 'plan' && need > 0 && topicHits(m, words) >= need)
      .sort((a, b) => topicHits(b, words) - topicHits(a, words) || a.ageMinutes - b.ageMinutes);
    const heard = related.find((m) => !m.seen);
    if (heard) {
      // Not a "yes": what it remembers may only touch on the topic.
      const lead = 'Only a little, from what I remember.';
      return {
        sentences: [ctx.voice.say(ctx.key, lead), memorySentence(ctx, heard, names)],
        used: [heard.id],
      };
    }
    const saw = related.find((m) => m.seen?.subjectId);
    if (saw)
      return {
        sentences: [
          'Nobody has told me anything about it.',
          `I did notice something, though: ${memorySentence(ctx, saw, names)}`,
        ],
        used: [saw.id],
      };
    return {
      sentences: [
        intent.yesNo
          ? "No, I haven't heard anything about that."
          : "I haven't heard anything about that.",
      ],
      used: [],
    };
  }
  const l = learned(ctx, best, names);
  const out: string[] = [];
  if (intent.attendance && best.event) {
    const going = best.event.hostId === req.agent.id || goesTo(req, best.event);
    out.push(
      going === false
        ? `No, I don't think I'll go to ${best.event.what}.`
        : `Yes, I'm going to ${best.event.what}.`,
    );
  } else if (intent.yesNo)
    out.push(/^have|^has/i.test(req.question.trim()) ? 'Yes, I have.' : 'Yes, I do.');
  out.push(l.text);
  if (best.event)
    out.push(
      ...eventFacts(ctx, best.event).filter(
        (s) => !intent.attendance || !/going|make it|go\b/.test(s),
      ),
    );
  else {
    const o = newsOpinion(ctx, best);
    if (o) out.push(o);
  }
  return { sentences: out.map((s, i) => (i === 0 ? ctx.voice.say(ctx.key, s) : s)), used: l.used };
}

/** "Who will you vote for?" */
export function vote(ctx: Ctx, intent: Intent): Composed {
  const names = peopleNames(ctx.req);
  const news = topicsFor(ctx, intent).filter((t) => !t.event);
  const t = news[0];
  if (!t)
    return { sentences: ['Nobody has asked for my vote on anything that I know of.'], used: [] };
  const l = learned(ctx, t, names);
  const text = t.memories.map((m) => m.gist ?? m.description).join(' ');
  const about = (ctx.req.people ?? []).find(
    (p) => text.includes(firstName(p.name)) && p.id !== t.memories[0].source,
  );
  const c = about?.relationship?.closeness ?? 0;
  const stance = !about
    ? "I'll make up my mind when the day comes."
    : c >= 0.3
      ? `I'd vote for ${firstName(about.name)}.`
      : c >= 0
        ? `I might vote for ${firstName(about.name)}, but I want to hear more first.`
        : `I doubt I'd vote for ${firstName(about.name)}.`;
  return { sentences: [ctx.voice.say(ctx.key, stance), l.text], used: l.used };
}

/** "Why did you go to …?" — the reason behind a block or memory the question names. */
export function why(ctx: Ctx): Composed {
  const { req } = ctx;
  const p = req.agent;
  const words = topicWords(req.question);
  const hits = (text: string) => [...topicWords(text)].filter((w) => words.has(w)).length;
  const block = (req.schedule ?? [])
    .map((b) => ({ b, n: hits(`${b.activity} ${b.place?.sector ?? ''} ${b.place?.arena ?? ''}`) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)[0]?.b;
  if (block) {
    const e = (req.knownEvents ?? []).find(
      (x) => x.place.sector === block.place?.sector && block.activity.includes(x.what),
    );
    const reason = e
      ? e.hostId === p.id
        ? `because it's my own event — ${e.what}.`
        : `because I was invited to ${e.what}, and I wanted to go.`
      : p.workplace && block.place?.sector === p.workplace.sector
        ? `because that's my job — I'm ${jobPhrase(p)}.`
        : p.hobbies.some((h) => h.activity === block.activity)
          ? `because ${block.activity} is what I do for myself; I look forward to it.`
          : `because it fitted my day, and I like a change of scene.`;
    return {
      sentences: [ctx.voice.say(ctx.key, `I was ${blockPhrase(req, block)} ${reason}`)],
      used: [],
    };
  }
  const m = req.memories
    .filter((x) => hits(x.description) > 0)
    .sort((a, b) => a.ageMinutes - b.ageMinutes)[0];
  const names = peopleNames(req);
  if (m)
    return {
      sentences: [
        `It had to do with this: ${memorySentence(ctx, m, names)}`,
        `And, really, ${own(p, p.currently).replace(/^./, (c) => c.toLowerCase())}`,
      ],
      used: [m.id],
    };
  return {
    sentences: [
      `I suppose it comes down to what's on my mind: ${own(p, p.currently).replace(/^I/, 'I')}`,
    ],
    used: [],
  };
}

/** Anything else: the memories that speak to it, else the honest truth. */
export function general(ctx: Ctx): Composed {
  const { req } = ctx;
  const names = peopleNames(req);
  const words = topicWords(req.question);
  const best = req.memories
    .map((m) => ({ m, n: topicHits(m, words) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || b.m.importance - a.m.importance || a.m.id.localeCompare(b.m.id))
    .slice(0, 2)
    .map((x) => x.m);
  if (!best.length)
    return {
      sentences: [
        "I don't know much about that, to be honest.",
        own(req.agent, req.agent.currently),
      ],
      used: [],
    };
  return {
    sentences: best.map((m, i) =>
      i === 0
        ? ctx.voice.say(ctx.key, memorySentence(ctx, m, names))
        : memorySentence(ctx, m, names),
    ),
    used: best.map((m) => m.id),
  };
}

/** A sentence made a "that" clause: "At dawn Ben…" → "at dawn Ben…" (names keep capitals). */
function clauseStart(text: string, names: Map<string, string>): string {
  const first = text.split(/\s+/)[0] ?? '';
  const isName = [...names.values()].some((n) => n.split(' ').includes(first));
  return isName || first === 'I' || /^[A-Z]{2,}/.test(first) || !/^[A-Z][a-z]/.test(first)
    ? text
    : /^[A-Z][a-z]+$/.test(first) && STOPWORDS.has(first.toLowerCase())
      ? text[0].toLowerCase() + text.slice(1)
      : text;
}
