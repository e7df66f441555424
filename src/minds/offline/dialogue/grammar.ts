import type { Voice } from '../voice/style';
import { inVoice, opener } from '../voice/style';
import { choose } from '../text';
import type { Bond } from './bond';
import { intimate } from './bond';

/**
 * Surface forms for the dialogue acts that need no memory content: greetings, introductions,
 * questions, reactions and farewells. Many alternatives per act and register; the slots are filled
 * with grounded words (names, the part of the day, the place, the speaker's next activity).
 */

export interface Slots {
  name: string;
  part: string;
  place: string | null;
}

/** Fills "{name}", "{part}", "{place}" slots. */
export function fill(t: string, s: Slots): string {
  return t
    .replace(/\{name\}/g, s.name)
    .replace(/\{part\}/g, s.part)
    .replace(/\{place\}/g, s.place ?? 'here');
}

/** A greeting that fits the bond: family and partners, people one knows, or a stranger. */
export function greet(v: Voice, b: Bond, s: Slots, key: string): string {
  if (intimate(b))
    return fill(
      inVoice(
        v,
        {
          casual: ['Hey you!', 'There you are, {name}!', 'Oh hey, {name}.', 'Hi {name}!'],
          plain: [
            'There you are, {name}.',
            'Hello, love.',
            'Oh, {name}, hi!',
            'Hi {name}.',
            'Hey, {name}.',
          ],
          formal: ['Ah, {name}, there you are.', 'Hello, {name}, dear.', 'Good {part}, {name}.'],
        },
        key,
      ),
      s,
    );
  if (b.known)
    return fill(
      inVoice(
        v,
        {
          casual: [
            'Hey {name}!',
            'Oh hi, {name}!',
            'Hey, look who it is.',
            '{name}! Hi.',
            'Yo, {name}.',
          ],
          plain: [
            'Hi {name}!',
            'Oh, {name}, good to see you.',
            'Hello {name}.',
            'Morning, {name}.',
            'Hey there, {name}.',
            'Good to run into you, {name}.',
          ].filter((g) => !g.startsWith('Morning') || s.part === 'morning'),
          formal: [
            'Good {part}, {name}.',
            'Ah, {name}. Good {part} to you.',
            'Hello, {name}. Nice to see you.',
          ],
        },
        key,
      ),
      s,
    );
  return fill(
    inVoice(
      v,
      {
        casual: ['Hi there!', 'Hey!', 'Oh, hi!'],
        plain: ['Hello!', 'Hi there.', 'Good {part}!'],
        formal: ['Good {part}.', 'Hello there.', 'Good {part} to you.'],
      },
      key,
    ),
    s,
  );
}

/** "I don't think we've met — I'm Ada, the baker at Quill's." Strangers say it once. */
export function introduce(v: Voice, fullName: string, job: string, key: string): string {
  return inVoice(
    v,
    {
      casual: [
        `I don't think we've met — I'm ${fullName}. ${job}.`,
        `I'm ${fullName}, by the way. ${job}.`,
      ],
      plain: [
        `I don't think we've met. I'm ${fullName}; ${lower(job)}.`,
        `We haven't properly met. I'm ${fullName}. ${job}.`,
        `I'm ${fullName}, by the way. ${job}.`,
      ],
      formal: [
        `Allow me to introduce myself: ${fullName}. ${job}.`,
        `I don't believe we've met. ${fullName}. ${job}.`,
      ],
    },
    key,
  );
}

/** Reply to an introduction: "Nice to meet you" and one's own. */
export function introduceBack(v: Voice, fullName: string, job: string, key: string): string {
  return inVoice(
    v,
    {
      casual: [
        `Oh, hi! I'm ${fullName}. ${job}.`,
        `Oh, nice to meet you! I'm ${fullName}. ${job}.`,
      ],
      plain: [
        `Oh, nice to meet you. I'm ${fullName}; ${lower(job)}.`,
        `I'm ${fullName} — good to meet you. ${job}.`,
      ],
      formal: [
        `I'm ${fullName}, pleased to meet you. ${job}.`,
        `Oh, it's a pleasure. I'm ${fullName}. ${job}.`,
      ],
    },
    key,
  );
}

function lower(s: string): string {
  return s && !/^I\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "How are you?"-style questions, by bond and register. */
export function askWellbeing(v: Voice, b: Bond, s: Slots, key: string): string {
  if (intimate(b))
    return fill(
      choose(
        [
          'Did you get some rest?',
          'How are you holding up?',
          'Have you eaten yet?',
          'How was your {part}?',
          'Everything all right with you?',
          'How are you feeling today?',
          'Is everything going well this {part}?',
          'Are you keeping warm enough?',
        ],
        key,
      ),
      s,
    );
  return fill(
    inVoice(
      v,
      {
        casual: [
          "How's it going?",
          "How's your {part} been?",
          'How are things?',
          'You doing okay?',
        ],
        plain: [
          'How are you?',
          'How has your {part} been?',
          'How are things with you?',
          'How are you keeping?',
          'How has the week been treating you?',
          'All well with you, {name}?',
        ],
        formal: [
          'How are you keeping, {name}?',
          'And how are you this {part}?',
          'Are you keeping well?',
        ],
      },
      key,
    ),
    s,
  );
}

/** Asks about the listener's current activity ("Taking a break from shelving books?"). */
export function askDoing(action: string, s: Slots, key: string): string {
  const gerund = /^\w+ing\b/.test(action) && !/^(chatting|sleeping|talking)/.test(action);
  const options = [
    'What are you up to?',
    'What brings you to {place}?',
    'What are you working on these days?',
    'Busy {part}?',
  ];
  if (!s.place) options.splice(1, 1);
  if (gerund) options.push(`Taking a break from ${action}?`, `Still ${action}?`);
  return fill(choose(options, key), s);
}

/** Asks about the listener's plans. */
export function askLater(s: Slots, key: string): string {
  const evening = s.part === 'evening' || s.part === 'night';
  return choose(
    evening
      ? [
          'Any plans for tomorrow?',
          'What are you doing tomorrow?',
          'Are you heading home after this?',
        ]
      : [
          'Any plans for this evening?',
          'What are you doing later?',
          'Got anything on after this?',
          'What does the rest of your day look like?',
        ],
    key,
  );
}

/** Asks about the listener's work, by occupation. */
export function askWork(occupation: string, key: string): string {
  return choose(
    [
      'How is work treating you?',
      `Is being ${article(occupation)} keeping you busy?`,
      'Busy at work lately?',
      'How are things at work?',
    ],
    key,
  );
}

/** Asks whether there is news. */
export function askNews(v: Voice, key: string): string {
  return inVoice(
    v,
    {
      casual: ['Heard anything fun lately?', "What's new with you?", 'Any gossip?'],
      plain: [
        'Have you heard any news lately?',
        'Anything new with you?',
        'What have you been hearing around town?',
      ],
      formal: ['Have you heard any news of late?', 'Is there anything new with you?'],
    },
    key,
  );
}

export function article(occupation: string): string {
  if (/^(a|an|the|my)\b/i.test(occupation)) return occupation;
  return `${/^[aeiou]/i.test(occupation) ? 'an' : 'a'} ${occupation}`;
}

/** A short reaction to news, warmer for warm voices. */
export function reactToNews(v: Voice, fresh: boolean, key: string): string {
  if (!fresh)
    return choose(
      [
        'Oh, yes, I heard that too.',
        'Yes, that reached me as well.',
        'I had heard, yes.',
        'So I hear.',
      ],
      key,
    );
  const op = opener(v, key);
  const r = inVoice(
    v,
    {
      casual: ['No way!', 'Really? I had no idea.', "Huh, that's news to me.", 'Wait, really?'],
      plain: [
        "Really? I hadn't heard that.",
        'Is that so? That is news to me.',
        'Oh! I had no idea.',
        "Well, I didn't know that.",
      ],
      formal: [
        'Is that so? I had not heard.',
        'How interesting. That is news to me.',
        'Goodness, I had no idea.',
      ],
    },
    key,
  );
  return op && !/^(Oh|Well|Ha|Hey)/.test(r) ? `${op} ${lower(r)}` : r;
}

/** "Good to see you again" for someone one has talked with before but does not know well. */
export function recognise(timesTalked: number, key: string): string {
  if (timesTalked <= 0) return '';
  return choose(
    [
      'Good to see you again.',
      'We keep running into each other!',
      'Nice to see a familiar face.',
      'Twice in a short while!',
    ],
    key,
  );
}

export function capital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
