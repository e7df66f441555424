import type { EventInfo } from '../../../sim/agent/persona';
import { willAttend } from '../routine';
import { choose, firstName, listWords } from '../text';
import { toFirstPerson } from '../voice/firstPerson';
import { compose, nameOf, strip, when, type Ctx, type Draft } from './grammar';
import { isWhisper } from './topics';

/** First names of the people who told these memories, in order of telling. */
function tellers(c: Ctx): string[] {
  return [...new Set(c.ms.map((m) => m.source).filter((x): x is string => !!x))]
    .map((t) => nameOf(c, t))
    .filter((x): x is string => !!x)
    .map(firstName);
}

const bare = (what: string) => strip(what.replace(/^(a|an|the)\s+/i, ''));

/** An insight about an event one knows of: one's own, one will go to, or one will skip. */
export function event(c: Ctx, id: string): Draft[] {
  const e: EventInfo | undefined = c.ms.find((m) => m.event?.id === id)?.event;
  if (!e) return [];
  const told = tellers(c);
  const heard = c.ms.find((m) => m.source);
  const host = e.hostId === c.agent.id ? null : (nameOf(c, e.hostId) ?? null);
  const k = `${c.key}|${id}`;
  const at = e.what.includes(e.place.sector) ? '' : ` at ${e.place.sector}`;
  let heads: string[];
  let tails: (string | null)[];
  if (!host) {
    heads = [
      `I want ${e.what}${at} to go well`,
      `Hosting ${e.what} is on my mind more than anything`,
      `I hope people come to ${e.what}${at}`,
      `${e.what[0].toUpperCase()}${e.what.slice(1)} is my chance to bring people together`,
    ];
    tails = [
      `; it means a lot to me`,
      `, and I still have people to tell`,
      `, and there is still so much to do`,
    ];
  } else if (willAttend(c.agent, e, c.seed)) {
    heads = [
      `I'd like to go to ${e.what}${at}`,
      `${firstName(host)}'s ${bare(e.what)} is something I don't want to miss`,
      `I'm looking forward to ${e.what}${at}`,
      `I've made up my mind to go to ${firstName(host)}'s ${bare(e.what)}`,
    ];
    tails = [
      told.length ? `; ${listWords(told)} made it sound fun` : null,
      heard ? `, ever since I heard about it ${when(heard.ageMinutes)}` : null,
      `; it will be good to see people`,
    ];
  } else {
    heads = [
      `I doubt I'll make it to ${e.what}${at}`,
      `${firstName(host)}'s ${bare(e.what)} sounds nice, though I'm not sure it's for me`,
      `I keep hearing about ${e.what}, and I'm still not sure I'll go`,
    ];
    tails = [
      `, but it's good that ${firstName(host)} is doing it`,
      told.length ? ` — ${listWords(told)} mentioned it too` : null,
      `; maybe next time`,
    ];
  }
  return [{ text: compose(heads, tails, k), evidence: c.ms }];
}

/** An insight about a piece of news: how it reached one and what one makes of it. */
export function news(c: Ctx, id: string): Draft[] {
  const m = [...c.ms].reverse().find((x) => x.news === id && x.gist);
  if (!m?.gist) return [];
  const gist = strip(m.gist);
  const told = tellers(c);
  const heads = [
    `People keep bringing it up: ${gist}`,
    `If it's true that ${gist}, things could change around here`,
    `The news that ${gist} keeps coming back to me`,
    `I want to know more about why ${gist}`,
    `I've been turning it over: ${gist}`,
  ];
  const tails: (string | null)[] = [
    told.length ? `; ${listWords(told)} made sure I heard` : null,
    `; it seems to matter to the town`,
    m.source ? ` — I heard it ${when(m.ageMinutes)}` : null,
  ];
  return [{ text: compose(heads, tails, `${c.key}|${id}`), evidence: c.ms }];
}

/** The persona's current concern, one sentence of it, in their own words. */
function concern(c: Ctx): string | null {
  const sentences = c.agent.currently.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  if (!sentences.length) return null;
  const fp = strip(toFirstPerson(choose(sentences, `${c.key}|concern`), c.agent));
  return fp.length > 3 ? fp : null;
}

/** An insight about goals and intentions: a whisper first, else what the person is set on. */
export function goals(c: Ctx): Draft[] {
  const whispers = c.ms.filter(isWhisper);
  if (whispers.length) {
    const w = strip(whispers[whispers.length - 1].description);
    return [
      {
        text: choose(
          [
            `A thought keeps coming back to me: “${w}.”`,
            `I can't shake this: “${w}.” Maybe I should act on it.`,
            `Something in me keeps saying “${w}.” I think it's right.`,
            `“${w}” — I should stop putting it off.`,
          ],
          `${c.key}|whisper`,
        ),
        evidence: whispers,
      },
    ];
  }
  const fp = concern(c);
  if (!fp) return [];
  // Only ordinary opening words are lowered; names and "I" keep their capital.
  const lower = /^(My|The|This|That|It|There|What|Being|Getting|Our|A|An)\b/.test(fp)
    ? fp[0].toLowerCase() + fp.slice(1)
    : fp;
  return [
    {
      text: choose(
        [
          `${fp}, and that's what I want to keep working on.`,
          `When I look at my days, one thing stands out: ${lower}.`,
          `It keeps coming back to this: ${lower}.`,
          `${fp}. I should do something about it soon.`,
          `Deep down I know what matters right now: ${lower}.`,
          `${fp}. Every day I think about it a little more.`,
        ],
        `${c.key}|goal`,
      ),
      evidence: c.ms,
    },
  ];
}
