import { choose, firstName, unit } from '../text';
import type { AnswerContext } from './answer';

/**
 * Where the speaker stands: opinions of what was passed on (with a reason), advice, and yes or no
 * to a proposal — from traits, closeness and a seeded disposition.
 */
// Generic trait words that colour opinions.
export const HOPEFUL =
  /warm|optimistic|cheerful|kind|friendly|generous|enthusiastic|idealistic|trusting|gentle/i;
export const DOUBTFUL =
  /skeptical|sceptical|cynical|gruff|grumpy|blunt|stubborn|suspicious|pragmatic|practical|critical/i;

/**
 * An opinion of the topic under discussion, with a reason: from traits (hopeful or doubtful), how
 * close the speaker is to whoever it concerns or who told it, and a seeded disposition.
 */
export function opinion(c: AnswerContext): string {
  const t = c.speaker.traits.join(' ');
  const concerned = c.topic?.event?.hostId;
  const closeTo = (id: string | undefined) =>
    c.speaker.relationships.find((r) => r.id === id)?.closeness ?? 0;
  const lean =
    (HOPEFUL.test(t) ? 0.25 : 0) -
    (DOUBTFUL.test(t) ? 0.3 : 0) +
    0.3 * closeTo(concerned) +
    0.15 * c.bond.closeness +
    (unit(
      `${c.seed}|${c.speaker.id}|opinion|${c.topic?.news ?? c.topic?.event?.id ?? c.topic?.gist ?? ''}`,
    ) -
      0.5) *
      0.6;
  const teller = c.topicTeller ? firstName(c.topicTeller) : null;
  // News about the teller themself ("I've decided to…", "Ada is hosting…"): say it to them.
  const aboutTeller =
    !!teller &&
    (c.topic?.event?.hostId === undefined ? (c.topic?.gist ?? '').startsWith(teller) : false);
  if (aboutTeller)
    return lean > 0
      ? choose(
          [
            'Good for you! I think you would do well.',
            'Well, good luck to you. I mean it.',
            'I think that is brave of you.',
          ],
          `${c.key}|you`,
        )
      : choose(
          [
            'I hope you know what you are getting into.',
            'Well, it is your decision. I am not sure it is wise.',
            'Hmm, rather you than me.',
          ],
          `${c.key}|you`,
        );
  const why =
    concerned && closeTo(concerned) > 0.4
      ? choose(
          [
            'I know them well, and they put their heart into things.',
            'I have known them for years; they mean well.',
          ],
          `${c.key}|why`,
        )
      : DOUBTFUL.test(t) && lean < 0
        ? choose(
            [
              "I've seen plans like that come and go.",
              'I like to see things happen before I get excited.',
            ],
            `${c.key}|why`,
          )
        : HOPEFUL.test(t)
          ? choose(
              [
                'Anything that brings people together is good for this town.',
                'It is nice when someone makes an effort.',
              ],
              `${c.key}|why`,
            )
          : teller && c.bond.closeness > 0.4
            ? `If ${teller} says so, I believe it.`
            : choose(
                ['It could be good for the town.', 'We will see how it goes.'],
                `${c.key}|why`,
              );
  if (!c.topic)
    return choose(
      [`I think things are fine as they are, mostly.`, `Honestly, I try not to judge too quickly.`],
      `${c.key}|op`,
    );
  if (lean > 0.15)
    return `${choose(['I think it is a good thing.', 'Honestly, I like it.', 'I think it sounds promising.'], `${c.key}|pos`)} ${why}`;
  if (lean < -0.15)
    return `${choose(["I'm not convinced, to be honest.", 'I have my doubts.', "Honestly, I'm wary of it."], `${c.key}|neg`)} ${why}`;
  return `${choose(['I am of two minds about it.', "I'm not sure yet what to think.", 'Hmm, it could go either way.'], `${c.key}|mid`)} ${why}`;
}

/** Yes or no to doing something together: likelier with closeness, warmth and a free evening. */
export function proposeReply(c: AnswerContext): string {
  const p = 0.35 + 0.4 * c.bond.closeness + (c.voice.warmth - 0.5) * 0.4;
  return unit(`${c.seed}|${c.key}|propose`) < p
    ? choose(
        [
          'I would like that very much.',
          'Yes, let us do that!',
          'Oh, I would love to. Just say when.',
          'Sure, that sounds nice.',
        ],
        `${c.key}|pa`,
      )
    : choose(
        [
          "I'm not sure I'll have the time, but maybe.",
          'Maybe another time — things are busy just now.',
          'Hmm, perhaps. Let me think about it.',
        ],
        `${c.key}|pd`,
      );
}

/** Advice, in the voice of one's traits. */
export function advice(c: AnswerContext): string {
  const t = c.speaker.traits.join(' ');
  if (DOUBTFUL.test(t))
    return choose(
      [
        'Honestly? Just say it plainly. People respect that.',
        "I'd stop worrying and get on with it.",
        'I would just do it. Fretting never fixed anything.',
        'Well, I would be blunt about it.',
      ],
      `${c.key}|adv`,
    );
  if (HOPEFUL.test(t))
    return choose(
      [
        'I think you should take it one step at a time. It will work out.',
        "I'd talk to the people involved. Most folk are kinder than we expect.",
        'Oh, be gentle with yourself. You are doing more than you think.',
        'I would ask for help. People here like to be asked.',
        "Well, I'd trust your instincts on this one.",
      ],
      `${c.key}|adv`,
    );
  return choose(
    [
      'Well, I would sleep on it first.',
      'I would ask around; someone here has surely dealt with the same thing.',
      'Maybe start small and see how it goes.',
      'Hmm. Write it down and look again tomorrow.',
      'I would give it a week and see how you feel.',
      'Honestly, I am not the best person to ask, but I would try.',
    ],
    `${c.key}|adv`,
  );
}
