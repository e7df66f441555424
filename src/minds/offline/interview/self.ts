import { formatHourSpoken } from '../../../sim/clock';
import { choose, firstName, listWords, tokens } from '../text';
import {
  housemates,
  jobPhrase,
  own,
  personPhrase,
  relationPhrase,
  sentences,
  withArticle,
  workHoursPhrase,
} from './facts';
import {
  whenAt,
  blockPhrase,
  peopleNames,
  memorySentence,
  type Composed,
  type Ctx,
} from './render';
import { goesTo, scheduleOf } from './schedule';

/**
 * Answers about the self: introduction, job, household, typical day, what is on one's mind and
 * what one looks forward to. Grounded in persona fields, people and plans.
 */

/** "Give an introduction of yourself." */
export function intro(ctx: Ctx): Composed {
  const p = ctx.req.agent;
  const job = jobPhrase(p);
  const first = choose(
    [
      `I'm ${p.name}, ${job}.`,
      `My name is ${p.name}. I'm ${p.age}, and I'm ${job}.`,
      `I'm ${p.name} — ${job}, ${p.age} years old.`,
    ],
    `${p.id}|intro|${ctx.key}`,
  );
  const learned = sentences(p.learned);
  const out = [ctx.voice.say(ctx.key, first), own(p, learned[0])];
  if (ctx.voice.talkative && learned[1]) out.push(own(p, learned[1]));
  const mates = housemates(ctx.req);
  // Unless the background already said who is at home.
  const said = out.join(' ');
  if (mates.length && !mates.every((m) => said.includes(firstName(m.name))))
    out.push(`I live at ${p.home.sector} with ${listWords(mates.map(personPhrase))}.`);
  out.push(ctx.voice.tail(ctx.key));
  return { sentences: out, used: [] };
}

/** "What is your job?" */
export function job(ctx: Ctx): Composed {
  const p = ctx.req.agent;
  const hours = workHoursPhrase(p);
  const out = [ctx.voice.say(ctx.key, `I'm ${jobPhrase(p)}.`)];
  if (p.workplace && hours) {
    const arena = p.workplace.arena ? `, mostly in the ${p.workplace.arena}` : '';
    out.push(`I'm at ${p.workplace.sector}${arena}, ${hours} on weekdays.`);
  }
  // The persona's background sentence about the work, if it has one.
  const words = new Set(tokens(`${p.occupation} ${p.workplace?.sector ?? ''}`));
  const about = sentences(p.learned).find((s) => tokens(s).some((t) => words.has(t)));
  if (!p.workplace) out.push(`I work for myself, so I keep my own hours.`);
  // Without a sentence about the work, the lifestyle says how the days go.
  out.push(own(p, about ?? p.lifestyle));
  return { sentences: out, used: [] };
}

/** "Who do you live with?" */
export function household(ctx: Ctx): Composed {
  const p = ctx.req.agent;
  const mates = housemates(ctx.req);
  if (!mates.length)
    return {
      sentences: [ctx.voice.say(ctx.key, `I live on my own at ${p.home.sector}.`)],
      used: [],
    };
  const out = [
    ctx.voice.say(
      ctx.key,
      `I live at ${p.home.sector} with ${listWords(mates.map(personPhrase))}.`,
    ),
  ];
  const closest = [...mates].sort(
    (a, b) => (b.relationship?.closeness ?? 0) - (a.relationship?.closeness ?? 0),
  )[0];
  const c = closest.relationship?.closeness ?? 0;
  const name = firstName(closest.name);
  if (c >= 0.7)
    out.push(
      choose(
        [`${name} and I are very close.`, `I couldn't ask for better company than ${name}.`],
        ctx.key,
      ),
    );
  else if (c < 0) out.push(`${name} and I don't always get along, but we manage.`);
  else if (!relationPhrase(closest))
    out.push(`We share the house and mostly keep to our own routines.`);
  return { sentences: out, used: [] };
}

/** "Describe your typical weekday." */
export function routine(ctx: Ctx): Composed {
  const p = ctx.req.agent;
  const out: string[] = [];
  const hours = workHoursPhrase(p);
  out.push(
    ctx.voice.say(
      ctx.key,
      p.workplace && hours
        ? `On a weekday I'm up at ${formatHourSpoken(p.wakeHour)} and at ${p.workplace.sector} ${hours}, working as ${withArticle(p.occupation)}.`
        : `On a weekday I'm up at ${formatHourSpoken(p.wakeHour)}; I'm ${jobPhrase(p)}, so my days are my own to organise.`,
    ),
  );
  out.push(own(p, p.lifestyle));
  const hobbies = p.hobbies.slice(0, 2).map((h) => h.activity);
  if (hobbies.length) out.push(`When I have time, I like ${listWords(hobbies)}.`);
  out.push(`I'm usually in bed by ${formatHourSpoken(p.sleepHour % 24)}.`);
  return { sentences: out, used: [] };
}

/** "What has been on your mind lately?" — the persona's current concern and its strongest thought. */
export function mind(ctx: Ctx): Composed {
  const p = ctx.req.agent;
  const out = [ctx.voice.say(ctx.key, own(p, p.currently))];
  const used: string[] = [];
  const names = peopleNames(ctx.req);
  const named = (text: string) =>
    [...names.values()].filter((n) => text.includes(firstName(n))).map(firstName);
  const inCurrently = new Set(named(p.currently));
  // A reflection that names nobody new keeps both wordings of the question on the same people.
  const thought = ctx.req.memories
    .filter((m) => m.type === 'thought' && m.importance >= 4)
    .filter((m) => named(m.description).every((n) => inCurrently.has(n)))
    // …and that says something the concern itself does not.
    .filter((m) => !repeats(m.description, p.currently))
    .sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id))[0];
  if (thought) {
    out.push(memorySentence(ctx, thought, names));
    used.push(thought.id);
  }
  return { sentences: out, used };
}

/** "What are you looking forward to?" — an event one will go to, else tomorrow's own time. */
export function outlook(ctx: Ctx): Composed {
  const { req } = ctx;
  const p = req.agent;
  const used: string[] = [];
  const upcoming = (req.knownEvents ?? [])
    .filter((e) => e.day > req.day || (e.day === req.day && e.startHour * 60 > req.minuteOfDay))
    .filter((e) => goesTo(req, e))
    .sort((a, b) => a.day - b.day || a.startHour - b.startHour);
  const out: string[] = [];
  if (upcoming.length) {
    const e = upcoming[0];
    const when =
      e.day === req.day ? 'today' : e.day === req.day + 1 ? 'tomorrow' : `on day ${e.day}`;
    const host = e.hostId === p.id;
    out.push(
      ctx.voice.say(
        ctx.key,
        host
          ? `I'm hosting ${e.what} ${when} at ${formatHourSpoken(e.startHour)}, and I can't wait to see who comes.`
          : `I'm looking forward to ${e.what} ${when} at ${formatHourSpoken(e.startHour)}.`,
      ),
    );
    const m = (req.topics ?? []).find((t) => t.event?.id === e.id);
    if (m) used.push(m.id);
  }
  const tomorrow = scheduleOf(req, 1);
  const hobby = tomorrow.find((b) => p.hobbies.some((h) => h.activity === b.activity));
  if (hobby)
    out.push(
      `Tomorrow ${whenAt(hobby.startMinute)} I'll be ${blockPhrase(req, hobby)}, ${choose(['which I always enjoy', 'my favourite part of the day'], ctx.key)}.`,
    );
  else if (!out.length && p.hobbies.length)
    out.push(`I'm looking forward to some time for ${p.hobbies[0].activity}.`);
  out.push(own(p, p.currently));
  return { sentences: out, used };
}

/** True when most of a text's words are already in another ("I've decided to run…" twice). */
function repeats(text: string, other: string): boolean {
  const have = new Set(tokens(other));
  const words = tokens(text);
  return words.filter((w) => have.has(w)).length * 2 >= words.length;
}
