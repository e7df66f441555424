import type { PersonBrief } from '../../../sim/mind';
import { choose, firstName } from '../text';
import {
  article,
  compose,
  first,
  objectsAt,
  habitOf,
  regularIds,
  strip,
  times,
  when,
  type Ctx,
  type Draft,
} from './grammar';
import { isInsight } from './topics';

export type { Ctx, Draft } from './grammar';

/** A gist to follow "that": an ordinary first word is lowered ("At dawn …" → "at dawn …"), names are not. */
function asClause(gist: string): string {
  return /^(At|The|A|An|There|Someone|Everyone|In|On|This|Last|Next|Tomorrow|Today|Tonight|Yesterday|Our|My|Your|His|Her|Their|It|We|They|He|She)\b/.test(
    gist,
  )
    ? gist[0].toLowerCase() + gist.slice(1)
    : gist;
}
export { event, goals, news } from './storyWriters';

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five'];

type Band = 'strained' | 'close' | 'warming' | 'distant' | 'stranger';

function band(p: PersonBrief, chats: number): Band {
  const rel = p.relationship;
  const talked = rel?.timesTalked ?? chats;
  const close = rel?.closeness ?? 0;
  if (close < 0) return 'strained';
  if (talked >= 2 && close >= 0.5) return 'close';
  if (talked >= 1) return 'warming';
  return rel ? 'distant' : 'stranger';
}

function feelingHeads(b: Band, F: string, full: string, p: PersonBrief): string[] {
  switch (b) {
    case 'strained':
      return [
        `I find ${F} hard to be around, if I'm honest`,
        `Something about ${F} still puts me on edge`,
        `${F} and I don't really get along`,
        `I never quite know where I stand with ${F}`,
      ];
    case 'close':
      return [
        `${F} is someone I can really talk to`,
        `Talking with ${F} is one of the good parts of my day`,
        `I feel close to ${F}`,
        `${F} means a lot to me`,
        `I can count on ${F}`,
        `Time with ${F} never feels wasted`,
      ];
    case 'warming':
      return [
        `I'm getting to know ${F} better, and I like what I see`,
        `${F} is easy company`,
        `${F} and I are warming up to each other`,
        `Since we talked, ${F} feels less like a stranger`,
        `I'd enjoy spending more time with ${F}`,
        `I like ${F} more than I expected to`,
      ];
    case 'distant':
      return [
        `I've barely spoken to ${F} lately, and ${F} is ${p.relationship!.relation}`,
        `${F} is ${p.relationship!.relation}, yet we hardly talk these days`,
        `I miss talking with ${F}`,
        `I should make time for ${F}`,
      ];
    case 'stranger':
      return [
        `I see ${full} around a lot, but we've never really talked`,
        `${full} is a familiar face by now`,
        `I keep crossing paths with ${full}`,
        `I don't know ${full} yet, not really`,
      ];
  }
}

/** Insights about one person: how one feels about them, and what they told or keep doing. */
export function person(c: Ctx, id: string): Draft[] {
  const p = c.people.find((x) => x.id === id);
  if (!p) return [];
  const F = firstName(p.name);
  const chats = c.ms.filter((m) => m.type === 'chat' && m.subjectId === id);
  const sights = c.ms.filter((m) => m.seen?.subjectId === id);
  const told = c.ms.filter((m) => m.source === id && m.gist);
  const k = `${c.key}|${id}`;
  const b = band(p, chats.length);
  const out: Draft[] = [];
  // Earlier insights about them become a higher-level one (reflections on reflections: the tree).
  const prior = c.ms.filter((m) => isInsight(m) && m.subjectId === id);
  if (prior.length >= 2) {
    const heads =
      b === 'strained'
        ? [
            `I keep coming back to ${F}, and not in a good way`,
            `${F} takes up more of my thoughts than I'd like`,
          ]
        : [
            `${F} has become a real part of my life here`,
            `The more I think about it, the more ${F} matters to me`,
            `Whatever happens, I want ${F} in my corner`,
            `I didn't expect it, but ${F} is one of my people now`,
          ];
    out.push({
      text: compose(heads, [`, more than I'd admit`, '', `; I see that now`], `${k}|tree`),
      evidence: prior,
      subjectId: id,
    });
  }
  const habit = habitOf(c, id, sights);
  const talked = p.relationship?.timesTalked ?? chats.length;
  const tails: (string | null)[] = [
    habit ? `; ${F} is usually ${habit}` : null,
    habit ? ` — I often find ${F} ${habit}` : null,
    p.occupation && b === 'stranger' ? `, ${article(p.occupation)} by the look of it` : null,
    talked >= 2 && b !== 'stranger' ? `; we've talked ${times(talked)} lately` : null,
  ];
  const generic =
    b === 'distant'
      ? [`; I should change that`, `, and that's a shame`]
      : b === 'stranger'
        ? [`; maybe I should say hello properly`, ``]
        : [`; I'm glad of it`, ``, `, more than I'd say out loud`];
  out.push({
    text: compose(feelingHeads(b, F, p.name, p), tails, k, generic),
    evidence: [...chats, ...sights, ...told],
    subjectId: id,
  });
  if (told.length) {
    const m = told[told.length - 1];
    const gist = asClause(strip(m.gist!));
    out.push({
      text: choose(
        [
          `${F} filled me in ${when(m.ageMinutes)}: ${gist}.`,
          `I heard it from ${F} ${when(m.ageMinutes)}: ${gist}.`,
          `It was ${F} who told me that ${gist}.`,
          `${F} made a point of telling me that ${gist}.`,
        ],
        `${k}|told`,
      ),
      evidence: told,
      subjectId: id,
    });
  }
  return out;
}

/** An insight about one's work: where it happens, who is part of it and what they do. */
export function work(c: Ctx): Draft[] {
  const place = c.agent.workplace?.sector ?? 'work';
  const ids = regularIds(c, c.ms, 2);
  const job = article(c.agent.occupation);
  const mate = ids[0];
  const habit = mate ? habitOf(c, mate, c.ms) : null;
  const doing = mate ? habitOf(c, mate, c.ms, false) : null;
  const heads = [
    `Being ${job} fills most of my days`,
    `Work at ${place} has a rhythm I know well`,
    `I put a lot of myself into being ${job}`,
    `Most of what I do in a day happens at ${place}`,
    `My work at ${place} is steady, and I like that`,
    `Some days at ${place} fly by, others drag`,
  ];
  const tails: (string | null)[] = [
    mate && habit ? `; ${first(c, mate)} is usually ${habit}` : null,
    mate && doing ? `, with ${first(c, mate)} ${doing} nearby` : null,
  ];
  const generic = [
    mate ? `; I usually see ${first(c, mate)} there` : `; it's honest work`,
    ids.length > 1 ? `; ${first(c, ids[0])} and ${first(c, ids[1])} are part of it` : ``,
    `, and it shapes who I am as ${job}`,
  ];
  return [{ text: compose(heads, tails, `${c.key}|work`, generic), evidence: c.ms }];
}

/** An insight about one's feelings lately, from how social and eventful the days were. */
export function feelings(c: Ctx): Draft[] {
  const chats = c.ms.filter((m) => m.type === 'chat');
  const heard = c.ms.filter((m) => m.source);
  const ids = regularIds(c, chats, 2);
  const names = ids.map((id) => first(c, id));
  const k = `${c.key}|mood`;
  let heads: string[];
  let tails: (string | null)[];
  if (chats.length >= 2 && names.length) {
    // The first person with their occupation: what grounds the mood, and keeps moods apart.
    const occ = c.people.find((p) => p.id === ids[0])?.occupation;
    const job = occ
      ? `, ${occ.replace(/^(a|an|the)\s+/i, 'the ').replace(/^(?!the )/i, 'the ')},`
      : '';
    const who = [`${names[0]}${job}`, ...names.slice(1)].join(' and ').replace(/,$/, '');
    heads = [
      `I've felt more at home here lately`,
      `I'm in a good mood these days`,
      `These days I feel less alone`,
      `My spirits are up`,
      `I've been enjoying people more than usual`,
    ];
    tails = [
      `; talking with ${who} helps`,
      `, and ${who} ${names.length > 1 ? 'have' : 'has'} a lot to do with it`,
      chats.length <= 5
        ? `, after ${COUNT[chats.length]} good conversations with ${who}`
        : `, after so many good talks with ${who}`,
      `; ${who} ${names.length > 1 ? 'are' : 'is'} a big part of that`,
    ];
  } else if (heard.length >= 2) {
    heads = [
      `I've been a bit restless`,
      `So much news lately`,
      `All the talk around town has me curious`,
      `I feel like I'm always catching up lately`,
    ];
    tails = [
      `; there's a lot going on in town`,
      `, and I'm not sure what to make of it all`,
      `; it's hard to keep up`,
    ];
  } else {
    heads = [
      `It's been a quiet stretch`,
      `I've kept to myself lately`,
      `My days have been calm`,
      `Not much has happened to me lately`,
    ];
    tails = [
      `, and I could use more company`,
      `, maybe a little too calm`,
      `; I don't mind, mostly`,
    ];
  }
  return [{ text: compose(heads, tails, k), evidence: c.ms }];
}

/** An insight about a place where things keep happening, and who is there. */
export function place(c: Ctx, sector: string): Draft[] {
  const ids = regularIds(c, c.ms, 2);
  const mate = ids[0];
  const doing = mate ? habitOf(c, mate, c.ms, false) : null;
  const heads = [
    `${sector} seems to be where people end up`,
    `I spend more time around ${sector} than I thought`,
    `${sector} has become one of my places`,
    `I keep ending up at ${sector}`,
    `Half my day seems to pass around ${sector} lately`,
  ];
  const thing = objectsAt(c.ms, sector)[0];
  const tails: (string | null)[] = [
    mate && doing ? `; ${first(c, mate)} is usually there, ${doing}` : null,
    mate && doing ? ` — and there's ${first(c, mate)}, ${doing}, every time` : null,
    thing && mate ? `; ${first(c, mate)} is often by the ${thing}` : null,
    thing ? `, somewhere near the ${thing}` : null,
  ];
  const generic = [
    ids.length > 1 ? `; I keep seeing ${first(c, ids[0])} and ${first(c, ids[1])} there` : '',
    mate ? `, usually with ${first(c, mate)} nearby` : '',
  ];
  return [{ text: compose(heads, tails, `${c.key}|place`, generic), evidence: c.ms }];
}
