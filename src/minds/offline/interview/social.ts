import type { InterviewPerson, MemoryBrief } from '../../../sim/mind';
import { choose, firstName, tokens } from '../text';
import { memoriesAbout, relationPhrase, withArticle } from './facts';
import type { Intent } from './intent';
import { memorySentence, peopleNames, type Composed, type Ctx } from './render';

/**
 * Answers about people: who someone is and what the agent thinks of them, whom it would spend
 * time with, and what it would do in a situation involving someone or something going wrong.
 */

/** An opinion in words from closeness (and the agent's voice). */
function opinion(ctx: Ctx, person: InterviewPerson): string {
  const c = person.relationship?.closeness ?? 0;
  const n = firstName(person.name);
  const k = `${ctx.key}|${person.id}`;
  if (c >= 0.75) return choose([`I love ${n} dearly.`, `${n} means the world to me.`], k);
  if (c >= 0.45) return choose([`I like ${n} a lot.`, `${n} is good company, always.`], k);
  if (c >= 0.15) return choose([`We get on well.`, `${n} is easy to get along with.`], k);
  if (c > -0.15)
    return choose(
      [`We've only really just met.`, `We're on friendly terms, no more than that.`],
      k,
    );
  return choose(
    [`Honestly, ${n} and I don't always see eye to eye.`, `${n} can be hard work, if I'm honest.`],
    k,
  );
}

/** "Who is X?" / "What do you think of X?" */
export function person(ctx: Ctx, intent: Intent): Composed {
  const { req } = ctx;
  const names = peopleNames(req);
  const known = (req.people ?? []).find((p) => p.id === intent.personId);
  if (!known) {
    const name = intent.unknownName ?? 'them';
    const first = name.split(' ')[0];
    const heard = req.memories
      .filter((m) => `${m.description} ${m.gist ?? ''}`.includes(first))
      .sort((a, b) => Number(!!b.source) - Number(!!a.source) || a.ageMinutes - b.ageMinutes)
      .slice(0, 1);
    return heard.length
      ? {
          sentences: [
            `${name} and I have never really spoken.`,
            `What I've heard is this: ${memorySentence(ctx, heard[0], names)}`,
          ],
          used: heard.map((m) => m.id),
        }
      : { sentences: [`I don't think I know anyone called ${name}.`], used: [] };
  }
  const n = firstName(known.name);
  const rel = relationPhrase(known);
  const out: string[] = [];
  if (rel) out.push(ctx.voice.say(ctx.key, `${known.name}? ${n} is ${rel}.`));
  else if (known.sharesHome)
    out.push(ctx.voice.say(ctx.key, `${known.name} lives with me, at ${req.agent.home.sector}.`));
  else out.push(ctx.voice.say(ctx.key, `${known.name}? I've come across ${n} around town.`));
  if (known.occupation && !mostlyIn(known.occupation, rel ?? ''))
    out.push(`${n} is ${withArticle(known.occupation)}.`);
  out.push(opinion(ctx, known));
  const talked = known.relationship?.timesTalked ?? 0;
  if (talked > 0) out.push(`We've talked ${talked === 1 ? 'once' : `${talked} times`} lately.`);
  // The latest memory of them that is more than a glimpse (a chat, something heard), else a sighting.
  const direct = (m: MemoryBrief) =>
    m.subjectId === known.id || m.seen?.subjectId === known.id || m.source === known.id;
  const rank = (m: MemoryBrief) => (direct(m) ? 2 : 0) + (m.type === 'chat' || m.source ? 1 : 0);
  const about = memoriesAbout(req, known).sort(
    (a, b) => rank(b) - rank(a) || a.ageMinutes - b.ageMinutes || a.id.localeCompare(b.id),
  )[0];
  const used: string[] = [];
  if (about) {
    out.push(memorySentence(ctx, about, names));
    used.push(about.id);
  }
  return { sentences: out, used };
}

/** Someone to spend time with: the closest person, weighted by how much they have talked lately. */
export function companion(ctx: Ctx): Composed {
  const { req } = ctx;
  const names = peopleNames(req);
  const score = (p: InterviewPerson) =>
    (p.relationship?.closeness ?? -1) + 0.05 * Math.min(6, p.relationship?.timesTalked ?? 0);
  const known = (req.people ?? []).filter((p) => p.relationship);
  // "Met recently": someone outside the home it has been talking to, if there is anyone.
  const recent = known.filter((p) => !p.sharesHome && (p.relationship?.timesTalked ?? 0) > 0);
  const pick = (recent.length ? recent : known).sort(
    (a, b) => score(b) - score(a) || a.id.localeCompare(b.id),
  )[0];
  if (!pick)
    return {
      sentences: [
        `I haven't really got to know anyone new yet. I'd like to, though — maybe at ${req.agent.workplace?.sector ?? 'the park'}.`,
      ],
      used: [],
    };
  const n = firstName(pick.name);
  const rel = relationPhrase(pick);
  const out = [
    ctx.voice.say(ctx.key, choose([`${pick.name}, I think.`, `Probably ${pick.name}.`], ctx.key)),
  ];
  if (rel) out.push(`${n} is ${rel}.`);
  out.push(opinion(ctx, pick));
  const about = memoriesAbout(req, pick).find((m) => m.type === 'chat');
  const used: string[] = [];
  if (about) {
    out.push(`Last time, ${memorySentence(ctx, about, names).replace(/^I\b/, 'I')}`);
    used.push(about.id);
  } else out.push(`I'd like to hear how ${n} is doing.`);
  return { sentences: out, used };
}

/** "You see X looking upset at Y. What would you do?" / "Something goes badly wrong…" */
export function situation(ctx: Ctx, intent: Intent): Composed {
  const { req } = ctx;
  const p = req.agent;
  const traits = p.traits.join(' ').toLowerCase();
  const known = (req.people ?? []).find((x) => x.id === intent.personId);
  if (known && !intent.setback) {
    const n = firstName(known.name);
    const c = known.relationship?.closeness ?? 0;
    const rel = relationPhrase(known);
    const first =
      c >= 0.6
        ? `I'd drop what I was doing and go straight to ${n}${rel ? ` — ${rel}` : ''}.`
        : c >= 0
          ? `I'd go over and quietly ask ${n} if everything is all right.`
          : `${n} and I aren't close, but I'd still check that ${n} is all right.`;
    const second = /quiet|shy|reserved|gentle/.test(traits)
      ? `I wouldn't push; I'd just sit with ${n} for a while.`
      : /warm|kind|friendly|protective/.test(traits)
        ? `I'd listen first, and then see what I could do to help.`
        : `If there was something practical I could do about it, I'd do it.`;
    return { sentences: [ctx.voice.say(ctx.key, first), second], used: [] };
  }
  const place =
    /\bat ([A-Z][\w'’ -]+?)(?: and|[.?,])/.exec(reqQuestion(ctx))?.[1] ??
    p.workplace?.sector ??
    p.home.sector;
  const calm = /calm|patient|meticulous|organised|organized|practical|stubborn|careful/.test(
    traits,
  );
  const out = [
    ctx.voice.say(
      ctx.key,
      calm
        ? `If something went wrong at ${place}, I'd take a breath and sort it out step by step — panicking never fixed anything.`
        : `If something went wrong at ${place}? I'd probably panic for a minute, then roll up my sleeves and get it sorted.`,
    ),
    p.workplace?.sector === place
      ? `I know ${place} inside out, so I'd trust that and do what needs doing.`
      : `I'd deal with what I could myself and ask for help with the rest afterwards.`,
  ];
  return { sentences: out, used: [] };
}

function reqQuestion(ctx: Ctx): string {
  return ctx.req.question;
}

/** True when most of a phrase's words are already in a text ("town budget officer" in "the town's budget officer"). */
function mostlyIn(phrase: string, text: string): boolean {
  const have = new Set(tokens(text.replace(/'s\b/g, '')));
  const words = tokens(phrase);
  return words.filter((w) => have.has(w)).length * 2 >= words.length;
}
