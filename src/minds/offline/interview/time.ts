import { choose, firstName, listWords } from '../text';
import type { Intent } from './intent';
import {
  memorySentence,
  atTime,
  whenAt,
  blockPhrase,
  peopleNames,
  type Composed,
  type Ctx,
} from './render';
import { asleepAt, blockAt, blockNear, scheduleOf } from './schedule';
import { jobPhrase } from './facts';

/**
 * Answers about time: what the agent was or will be doing at a moment (today from its schedule
 * and memories, tomorrow from the offline planner's own plan for that day), its plans for a day,
 * and what happened yesterday.
 */

/** Minutes after a block's start in which the previous block is still mentioned. */
const BOUNDARY_MIN = 15;

/** Chats remembered within half an hour of a minute today. */
function chatsAround(ctx: Ctx, minute: number) {
  return ctx.req.memories.filter((m) => {
    if (m.type !== 'chat') return false;
    const created = ctx.req.minuteOfDay - m.ageMinutes;
    return created >= 0 && Math.abs(created - minute) <= 30;
  });
}

/** "What were you doing at 10 am today?" / "What will you be doing at 3 pm tomorrow?" */
export function timeAt(ctx: Ctx, intent: Intent): Composed {
  const { req } = ctx;
  const minute = intent.minute ?? req.minuteOfDay;
  const offset = intent.dayOffset ?? 0;
  const future = offset > 0 || (offset === 0 && minute > req.minuteOfDay);
  const when = intent.spoken
    ? intent.spoken[0].toUpperCase() + intent.spoken.slice(1)
    : `At ${atTime(minute)}${offset === 1 ? ' tomorrow' : offset === -1 ? ' yesterday' : ''}`;
  if (asleepAt(req, minute))
    return {
      sentences: [
        ctx.voice.say(
          ctx.key,
          future
            ? `${when} I'll be asleep in bed, if all goes to plan.`
            : `${when} I was asleep — I'm in bed by ${atTime((req.agent.sleepHour % 24) * 60)}.`,
        ),
      ],
      used: [],
    };
  const out: string[] = [];
  const used: string[] = [];
  const blocks = offset >= 0 ? scheduleOf(req, offset) : [];
  const block = blockNear(blocks, minute);
  if (block) {
    // Right after a block starts one is often still finishing the one before.
    const prev =
      minute - block.startMinute < BOUNDARY_MIN ? blockAt(blocks, block.startMinute - 1) : null;
    const what =
      prev && prev.activity !== block.activity
        ? `${future ? 'finishing up with' : 'just finishing up with'} ${blockPhrase(req, prev)} and then ${blockPhrase(req, block)}`
        : blockPhrase(req, block);
    out.push(
      ctx.voice.say(
        ctx.key,
        future
          ? choose([`${when} I'll be ${what}.`, `${when}? I should be ${what}.`], ctx.key)
          : choose([`${when} I was ${what}.`, `${when}? I was ${what}.`], ctx.key),
      ),
    );
  } else {
    const p = req.agent;
    const working =
      p.workplace && p.workHours && minute >= p.workHours[0] * 60 && minute < p.workHours[1] * 60;
    out.push(
      working
        ? `${when} I'd be at work — I'm ${jobPhrase(p)}.`
        : `${when} I'd most likely be at home at ${p.home.sector}, taking it easy.`,
    );
  }
  if (!future && offset === 0) {
    const names = peopleNames(req);
    const chat = chatsAround(ctx, minute)[0];
    if (chat) {
      out.push(`Around then ${memorySentence(ctx, chat, names).replace(/^I\b/, 'I')}`);
      used.push(chat.id);
    }
  }
  return { sentences: out, used };
}

/** "What are your plans for tomorrow?" — the highlights of the day's schedule. */
export function plans(ctx: Ctx, intent: Intent): Composed {
  const { req } = ctx;
  const offset = intent.dayOffset ?? 1;
  const blocks = scheduleOf(req, offset).filter(
    (b) => offset !== 0 || b.startMinute + b.durationMin > req.minuteOfDay,
  );
  const routine = /^(waking|having|winding|sleeping)/;
  const notable = blocks.filter((b) => !routine.test(b.activity));
  // The blocks that shape the day (events, work, pastimes) before free time, then in time order.
  const p0 = req.agent;
  const weight = (b: (typeof blocks)[number]) =>
    (req.knownEvents ?? []).some((e) => b.activity.includes(e.what))
      ? 3
      : p0.workplace && b.place?.sector === p0.workplace.sector
        ? 2
        : p0.hobbies.some((h) => h.activity === b.activity)
          ? 1
          : 0;
  const seen = new Set<string>();
  const picks = [...notable]
    .sort((a, b) => weight(b) - weight(a) || a.startMinute - b.startMinute)
    .filter((b) => !seen.has(b.activity) && seen.add(b.activity))
    .slice(0, 3)
    .sort((a, b) => a.startMinute - b.startMinute);
  const day = offset === 1 ? 'Tomorrow' : 'Today';
  if (!picks.length) {
    const p = req.agent;
    return {
      sentences: [
        ctx.voice.say(
          ctx.key,
          p.workplace
            ? `${day} is a normal day: I'll be at ${p.workplace.sector} for work, and home in the evening.`
            : `${day} is a quiet one: some time at home and a walk if the weather holds.`,
        ),
      ],
      used: [],
    };
  }
  const parts = picks.map((b) => `${blockPhrase(req, b)} ${whenAt(b.startMinute)}`);
  return {
    sentences: [ctx.voice.say(ctx.key, `${day} I'll be ${listWords(parts)}.`)],
    used: [],
  };
}

/** "What happened yesterday?" — the most important memories from yesterday. */
export function yesterday(ctx: Ctx): Composed {
  const { req } = ctx;
  const names = peopleNames(req);
  const ofYesterday = req.memories
    .filter((m) => m.type !== 'plan')
    .filter((m) => m.ageMinutes > req.minuteOfDay && m.ageMinutes <= req.minuteOfDay + 1440)
    .sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id))
    .slice(0, 2);
  if (!ofYesterday.length) {
    const p = req.agent;
    return {
      sentences: [
        ctx.voice.say(
          ctx.key,
          `Yesterday was an ordinary day for me${p.workplace ? ` — work at ${p.workplace.sector}` : ''}, then home. Nothing stands out.`,
        ),
      ],
      used: [],
    };
  }
  const who = ofYesterday
    .map((m) => (m.subjectId ? names.get(m.subjectId) : undefined))
    .filter((n): n is string => !!n)
    .map(firstName);
  const lead = who.length
    ? `Yesterday I saw a bit of ${listWords([...new Set(who)])}.`
    : 'Yesterday, let me think.';
  return {
    sentences: [
      ctx.voice.say(ctx.key, lead),
      ...ofYesterday.map((m) => memorySentence(ctx, m, names)),
    ],
    used: ofYesterday.map((m) => m.id),
  };
}
