import { choose, unit } from '../text';
import type { Voice } from '../voice/style';
import { inVoice } from '../voice/style';
import type { Bond } from './bond';
import { capital, fill, type Slots } from './grammar';

/** A farewell line: an optional pre-close, the close, and sometimes what one is off to do next. */
export function farewell(v: Voice, b: Bond, s: Slots, next: string | null, key: string): string {
  const pre =
    unit(`${key}|pre`) < 0.7
      ? inVoice(
          v,
          {
            casual: [
              'Anyway!',
              'Okay, so.',
              'Right then.',
              'Well, this was fun.',
              'Good catching up.',
            ],
            plain: [
              'It was good to talk.',
              'Well, this was nice.',
              'Anyway.',
              'I enjoyed this.',
              "I'm glad we ran into each other.",
            ],
            formal: [
              'It was a pleasure talking with you.',
              "Well, I mustn't keep you.",
              'This was a pleasant surprise.',
            ],
          },
          `${key}|pre`,
        )
      : '';
  const goingTo = next && unit(`${key}|next`) < 0.6 ? next : null;
  const close = goingTo
    ? choose(
        [
          `I should get back to ${goingTo}.`,
          `I'd better get on with ${goingTo}.`,
          `Back to ${goingTo} for me.`,
          `${capital(goingTo)} won't do itself, so I'll go.`,
        ],
        `${key}|go`,
      )
    : b.kind === 'family' || b.kind === 'partner'
      ? choose(
          [
            'See you at home.',
            'Love you, see you later.',
            'Take care of yourself.',
            "Don't stay out too late!",
            'See you tonight.',
          ],
          `${key}|close`,
        ).replace(
          'tonight',
          s.part === 'evening' || s.part === 'night' ? 'in the morning' : 'tonight',
        )
      : inVoice(
          v,
          {
            casual: [
              'See ya!',
              'Catch you later!',
              'Later, {name}!',
              'Bye for now!',
              'See you around!',
              'Catch you around, {name}.',
              'See you, {name}!',
              'Enjoy the rest of your {part}!',
            ],
            plain: [
              'See you around, {name}.',
              'Take care.',
              'Bye for now.',
              'Talk to you later.',
              'Have a good {part}!',
              'Take care, {name}.',
              'Enjoy your {part}, {name}.',
              'See you soon, I hope.',
              'Bye, {name}. Take care.',
            ],
            formal: [
              'Good {part} to you, {name}.',
              'Take care, {name}.',
              'Goodbye for now.',
              'Do take care.',
              'Until next time, {name}.',
              'Have a pleasant {part}.',
            ],
          },
          `${key}|close`,
        );
  return fill([pre, close].filter(Boolean).join(' '), s);
}
